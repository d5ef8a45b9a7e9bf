import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

/**
 * The spec coverage allowlist (test/contract/coverage-allowlist.yaml): what the suite cannot make the
 * server produce, each with its reason. It is read strictly, since a loose entry silently excuses what it
 * was never meant to: a key has one of four shapes, `*` may stand only for the operation (or server) and
 * never for the status or code after it, and a reason explains in at least a sentence.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ALLOWLIST_PATH = 'test/contract/coverage-allowlist.yaml';

/** One allowlist entry: a key, where `*` stands for any operation or server, and why. */
export interface AllowlistEntry {
  key: string;
  reason: string;
  matches(key: string): boolean;
}

const NAME = /^[A-Za-z][\w.-]*$/;
const CODE = /^[A-Z][A-Z0-9_]*$/;
const STATUS = /^[1-5]\d\d$/;

/**
 * The key shapes, by first word: what its other words must be. The second word of the three-word shapes
 * may be `*`: the same status or code, excused on every operation (or server) that declares it.
 */
const SHAPES: Record<string, { form: string; last?: { test: RegExp; what: string } }> = {
  operation: { form: 'operation <operationId>' },
  status: { form: 'status <operationId|*> <status>', last: { test: STATUS, what: 'an HTTP status (404)' } },
  error: { form: 'error <operationId|*> <CODE>', last: { test: CODE, what: 'an error code (NOT_FOUND)' } },
  'request-error': {
    form: 'request-error <server|*> <CODE>',
    last: { test: CODE, what: 'an error code (INTERNAL)' },
  },
};

const FORMS = Object.values(SHAPES)
  .map((s) => `\`${s.form}\``)
  .join(', ');

/** Why `key` is not one the allowlist accepts, or undefined when it is. */
export function keyProblem(key: string): string | undefined {
  const words = key.split(' ');
  const shape = SHAPES[words[0] ?? ''];
  const expected = shape ? `write \`${shape.form}\`` : `a key is one of ${FORMS}`;
  if (!shape || words.length !== (shape.last ? 3 : 2))
    return `"${key}" is not a key of this allowlist: ${expected}`;
  const [, name, last] = words as [string, string, string | undefined];
  if (name === '*' && !shape.last)
    return `"${key}" would excuse every operation: name the operation (\`*\` stands only before a status or code)`;
  if (name !== '*' && !NAME.test(name))
    return `"${key}": "${name}" is not an operationId or server name; ${expected}`;
  if (shape.last && last !== undefined && !shape.last.test.test(last))
    return `"${key}": "${last}" is not ${shape.last.what}; ${expected} (\`*\` stands only for the operation or server)`;
  return undefined;
}

// A reason of substance: a sentence, not a word or a placeholder.
const MIN_REASON_WORDS = 8;
const PLACEHOLDER = /\b(?:todo|tbd|fixme|xxx)\b/i;

/** Why `reason` does not explain an entry, or undefined when it does. */
export function reasonProblem(reason: string): string | undefined {
  const words = reason.trim().split(/\s+/).filter(Boolean);
  if (words.length < MIN_REASON_WORDS)
    return `its reason has ${words.length} word(s): say why the suite cannot produce it, in at least a sentence (${MIN_REASON_WORDS} words)`;
  if (PLACEHOLDER.test(reason)) return 'its reason is a placeholder (TODO, TBD, FIXME): say why instead';
  return undefined;
}

/** An allowlist entry; throws with the reason when the key or the reason is not acceptable. */
export function allowlistEntry(key: string, reason: string): AllowlistEntry {
  const problem = keyProblem(key) ?? reasonProblem(reason);
  if (problem) throw new Error(problem.startsWith('"') ? problem : `"${key}": ${problem}`);
  const words = key.split(' ');
  return {
    key,
    reason: reason.trim(),
    matches: (other: string) => {
      const parts = other.split(' ');
      return parts.length === words.length && words.every((w, j) => w === '*' || w === parts[j]);
    },
  };
}

const FIELDS = new Set(['key', 'reason']);

/** The allowlist in `text` (YAML: a list of `{key, reason}`), every problem named with its entry. */
export function parseAllowlist(text: string, file = ALLOWLIST_PATH): AllowlistEntry[] {
  const entries = (YAML.parse(text) ?? []) as unknown;
  if (!Array.isArray(entries)) throw new Error(`${file}: expected a list of {key, reason}`);
  const seen = new Set<string>();
  return entries.map((entry, i) => {
    const where = `${file}: entry ${i + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw new Error(`${where} is not a {key, reason} mapping`);
    const unknown = Object.keys(entry).filter((k) => !FIELDS.has(k));
    if (unknown.length > 0)
      throw new Error(`${where} has unknown field(s) ${unknown.join(', ')}: only key and reason`);
    const { key, reason } = entry as { key?: unknown; reason?: unknown };
    if (typeof key !== 'string' || typeof reason !== 'string')
      throw new Error(`${where} needs a key and a reason, both text`);
    if (seen.has(key)) throw new Error(`${where}: "${key}" is listed twice`);
    seen.add(key);
    try {
      return allowlistEntry(key, reason);
    } catch (err) {
      throw new Error(`${where}: ${(err as Error).message}`);
    }
  });
}

/** The committed allowlist. */
export function readAllowlist(): AllowlistEntry[] {
  return parseAllowlist(readFileSync(path.join(ROOT, ALLOWLIST_PATH), 'utf8'));
}
