import { readFileSync } from 'node:fs';
import { isMap, isNode, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Finding } from './findings.js';

/** One accepted finding: which rule, where (file and JSON pointer), and why it is right as it is. */
export interface AllowlistEntry {
  rule: string;
  file: string;
  pointer: string;
  reason: string;
  /** Line of the entry in the allowlist, for messages. */
  line: number;
}

/** The allowlist itself is wrong (not a finding about the spec): bad YAML, a missing field. */
export class AllowlistError extends Error {}

const FIELDS = ['rule', 'file', 'pointer', 'reason'] as const;

/**
 * Reads the allowlist: a YAML list of `{rule, file, pointer, reason}`, every field a string and the
 * reason not empty. A missing file is an empty list.
 */
export function readAllowlist(file: string): AllowlistEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return parseAllowlist(text, file);
}

export function parseAllowlist(text: string, file: string): AllowlistEntry[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length > 0) throw new AllowlistError(`${file}: ${doc.errors[0]?.message}`);
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents))
    throw new AllowlistError(`${file}: expected a list of {rule, file, pointer, reason}`);
  const entries: AllowlistEntry[] = [];
  const seen = new Set<string>();
  for (const [index, item] of doc.contents.items.entries()) {
    const line = counter.linePos(isNode(item) ? (item.range?.[0] ?? 0) : 0).line;
    const where = `${file}:${line} (entry ${index + 1})`;
    if (!isMap(item)) throw new AllowlistError(`${where}: expected {rule, file, pointer, reason}`);
    const value = item.toJSON() as Record<string, unknown>;
    const unknown = Object.keys(value).filter((key) => !(FIELDS as readonly string[]).includes(key));
    if (unknown.length > 0) {
      throw new AllowlistError(
        `${where}: unknown field ${unknown.join(', ')} (fields: ${FIELDS.join(', ')})`,
      );
    }
    for (const field of FIELDS) {
      if (typeof value[field] !== 'string') throw new AllowlistError(`${where}: ${field} must be a string`);
    }
    const entry = { ...(value as Omit<AllowlistEntry, 'line'>), line };
    if (entry.reason.trim() === '') throw new AllowlistError(`${where}: say why in reason`);
    if (entry.pointer !== '' && !entry.pointer.startsWith('/')) {
      throw new AllowlistError(
        `${where}: pointer is a JSON pointer, '' or starting with / (as the lint prints it)`,
      );
    }
    const key = keyOf(entry);
    if (seen.has(key)) throw new AllowlistError(`${where}: the same rule, file and pointer are listed twice`);
    seen.add(key);
    entries.push(entry);
  }
  return entries;
}

export interface Judged {
  /** Findings no entry accepts: they fail the lint. */
  unlisted: Finding[];
  /** Findings an entry accepts, with it. */
  accepted: { finding: Finding; entry: AllowlistEntry }[];
  /** Entries that accept nothing any more: they fail the lint too, so the list stays true. */
  stale: AllowlistEntry[];
}

/** Sorts findings by the allowlist: an entry accepts every finding of its rule at its file and pointer. */
export function judge(findings: readonly Finding[], entries: readonly AllowlistEntry[]): Judged {
  const byKey = new Map(entries.map((entry) => [keyOf(entry), entry]));
  const used = new Set<AllowlistEntry>();
  const judged: Judged = { unlisted: [], accepted: [], stale: [] };
  for (const finding of findings) {
    const entry = byKey.get(keyOf(finding));
    if (entry) {
      used.add(entry);
      judged.accepted.push({ finding, entry });
    } else {
      judged.unlisted.push(finding);
    }
  }
  judged.stale = entries.filter((entry) => !used.has(entry));
  return judged;
}

function keyOf(at: { rule: string; file: string; pointer: string }): string {
  return JSON.stringify([at.rule, at.file, at.pointer]);
}
