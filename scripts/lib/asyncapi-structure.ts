import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import type { Bundled } from './load-specs.js';
import { isNode, type Node } from './refs.js';
import type { StepCache } from './step-cache.js';

/**
 * The structural checks @asyncapi/parser ran on spec/asyncapi.yaml, without the parser: loading it and
 * its Spectral engine took over two seconds of every `make generate`. The document is validated against
 * the AsyncAPI JSON schema of its version (the same @asyncapi/specs file the parser uses), and the
 * parser's AsyncAPI 3 rules are checked here. Both run on the bundled document, which our own bundler
 * assembles: one parse of every file.
 */
export interface StructureProblem {
  /** Path in the bundled document. */
  where: (string | number)[];
  rule: string;
  message: string;
}

const require = createRequire(import.meta.url);

/** The JSON schema of an AsyncAPI version, as @asyncapi/specs ships it; undefined for a version it lacks. */
async function specSchema(version: string): Promise<Node | undefined> {
  const dir = path.dirname(require.resolve('@asyncapi/specs/package.json'));
  if (!/^\d+\.\d+\.\d+$/.test(version)) return undefined;
  const text = await readFile(path.join(dir, 'schemas', `${version}.json`), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const schema = JSON.parse(text) as { definitions: Record<string, unknown> };
  // AJV knows the JSON Schema meta-schemas already and refuses a second copy.
  delete schema.definitions['http://json-schema.org/draft-07/schema'];
  delete schema.definitions['http://json-schema.org/draft-04/schema'];
  // As the parser does: a `$ref` JSON pointer may hold characters a strict URI reference may not.
  const reference = schema.definitions[`http://asyncapi.com/definitions/${version}/ReferenceObject.json`];
  if (isNode(reference)) delete reference.format;
  return schema as Node;
}

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * AJV for the AsyncAPI schema. Compiling that schema takes AJV about half a second, so the compiled
 * validator is kept as standalone code in the step cache: it depends only on the @asyncapi/specs version.
 */
async function compiler(schema: Node) {
  // Loaded here, not at the top: only a run that compiles the schema needs AJV's compiler.
  const { default: AjvPkg } = await import('ajv');
  const { default: formatsPkg } = await import('ajv-formats');
  const ajv = new AjvPkg.default({
    allErrors: true,
    strict: false,
    logger: false,
    code: { source: true, esm: true },
  });
  formatsPkg.default(ajv);
  return { ajv, validate: ajv.compile(schema) };
}

async function validatorFor(version: string, cache: StepCache): Promise<Validate | undefined> {
  const schema = await specSchema(version);
  if (!schema) return undefined;
  const mod = await cache.module<{ default: Validate }>(
    `asyncapi-${version}-schema`,
    version,
    async () => {
      const { ajv, validate } = await compiler(schema);
      const { default: standalonePkg } = await import('ajv/dist/standalone/index.js');
      // Standalone ESM still `require`s AJV's runtime and the formats; resolved from the cache's place
      // in node_modules.
      return `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${standalonePkg.default(ajv, validate)}`;
    },
    async () => ({ default: (await compiler(schema)).validate }),
  );
  return mod.default;
}

/**
 * AJV reports every branch of every `oneOf` it tried; keep what a reader can act on, as the parser did:
 * drop the "must match oneOf" summaries and the "missing $ref" of the Reference branch, point an unknown
 * property at itself, and keep one error per place.
 */
function meaningful(errors: ErrorObject[]): ErrorObject[] {
  const kept: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') continue;
    if (e.keyword === 'required' && e.params.missingProperty === '$ref') continue;
    const at =
      e.keyword === 'additionalProperties'
        ? `${e.instancePath}/${String(e.params.additionalProperty)}`
        : e.instancePath;
    if (kept.some((k) => k.instancePath === at)) continue;
    kept.push({ ...e, instancePath: at });
  }
  return kept;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length] as number;
}

/** "Did you mean receive?" when a value is one typo away from an allowed one. */
function suggestion(value: unknown, allowed: readonly unknown[]): string {
  if (typeof value !== 'string') return '';
  const close = allowed
    .filter((a): a is string => typeof a === 'string')
    .map((a) => ({ a, d: editDistance(value, a) }))
    .filter(({ d }) => d <= Math.max(1, Math.floor(value.length / 3)))
    .sort((x, y) => x.d - y.d)[0];
  return close ? ` Did you mean ${close.a}?` : '';
}

function pointerParts(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(doc: unknown, parts: string[]): unknown {
  return parts.reduce<unknown>(
    (acc, p) => (Array.isArray(acc) ? acc[Number(p)] : isNode(acc) ? acc[p] : undefined),
    doc,
  );
}

function describe(e: ErrorObject, doc: Bundled): string {
  const parts = pointerParts(e.instancePath);
  const name = parts.at(-1) ?? 'the document';
  switch (e.keyword) {
    case 'additionalProperties':
      return `property ${name} is not expected here`;
    case 'required':
      return `${name} needs the property ${String(e.params.missingProperty)}`;
    case 'enum': {
      const allowed = (e.params.allowedValues ?? []) as unknown[];
      return `${name} must be one of ${allowed.map(String).join(', ')}.${suggestion(valueAt(doc, parts), allowed)}`;
    }
    case 'const':
      return `${name} must be ${JSON.stringify(e.params.allowedValue)}`;
    default:
      return `${name} ${e.message ?? 'is invalid'}`;
  }
}

/** The parser's AsyncAPI 3 rules that the JSON schema cannot say. */
function v3Rules(doc: Bundled): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const servers = isNode(doc.servers) ? doc.servers : {};
  const channels = isNode(doc.channels) ? doc.channels : {};
  for (const [id, channel] of Object.entries(channels)) {
    if (/[?#]/.test(id))
      problems.push({
        where: ['channels', id],
        rule: 'asyncapi3-channel-no-query-nor-fragment',
        message: 'a channel id holds no query ("?") nor fragment ("#") delimiter',
      });
    if (!isNode(channel)) continue;
    for (const [i, server] of (Array.isArray(channel.servers) ? channel.servers : []).entries()) {
      const ref = isNode(server) ? server.$ref : undefined;
      const name = typeof ref === 'string' && ref.startsWith('#/servers/') ? ref.slice(10) : undefined;
      if (name === undefined || !(name in servers))
        problems.push({
          where: ['channels', id, 'servers', i],
          rule: 'asyncapi3-channel-servers',
          message: 'a channel lists servers of the root servers object, each as a $ref to #/servers/<name>',
        });
    }
    if (isNode(channel.parameters)) {
      const inAddress = [...String(channel.address ?? '').matchAll(/\{([^}]+)\}/g)].map(
        (m) => m[1] as string,
      );
      const declared = Object.keys(channel.parameters);
      const missing = inAddress.filter((p) => !declared.includes(p));
      if (missing.length > 0)
        problems.push({
          where: ['channels', id, 'parameters'],
          rule: 'asyncapi3-channel-parameters',
          message: `the address's parameters ${missing.join(', ')} are not described in parameters`,
        });
      for (const p of declared.filter((d) => !inAddress.includes(d)))
        problems.push({
          where: ['channels', id, 'parameters', p],
          rule: 'asyncapi3-channel-parameters',
          message: `parameter ${p} is not in the channel's address`,
        });
    }
  }
  const operations = isNode(doc.operations) ? doc.operations : {};
  for (const [id, op] of Object.entries(operations)) {
    if (!isNode(op)) continue;
    const channelRef = isNode(op.channel) ? op.channel.$ref : undefined;
    if (typeof channelRef !== 'string' || !channelRef.startsWith('#/channels/')) {
      problems.push({
        where: ['operations', id, 'channel'],
        rule: 'asyncapi3-required-operation-channel-unambiguity',
        message: "an operation's channel is a $ref to a channel of the root channels object",
      });
      continue;
    }
    for (const [i, message] of (Array.isArray(op.messages) ? op.messages : []).entries()) {
      const ref = isNode(message) ? message.$ref : undefined;
      if (typeof ref === 'string' && !ref.startsWith(`${channelRef}/messages/`))
        problems.push({
          where: ['operations', id, 'messages', i],
          rule: 'asyncapi3-operation-messages-from-referred-channel',
          message: `the message ${ref} is not one of its channel's (${channelRef}/messages)`,
        });
    }
  }
  return problems;
}

/** Every structural problem of the bundled AsyncAPI document, at its path. */
export async function checkAsyncApiStructure(doc: Bundled, cache: StepCache): Promise<StructureProblem[]> {
  const version = typeof doc.asyncapi === 'string' ? doc.asyncapi : '';
  const validate = version.startsWith('3.') ? await validatorFor(version, cache) : undefined;
  if (!validate)
    return [
      {
        where: ['asyncapi'],
        rule: 'asyncapi-is-asyncapi',
        message: `asyncapi: ${JSON.stringify(doc.asyncapi)} is not an AsyncAPI 3 version this generator knows (3.0.0)`,
      },
    ];
  const problems: StructureProblem[] = [];
  if (!validate(doc))
    for (const e of meaningful(validate.errors ?? []))
      problems.push({
        where: pointerParts(e.instancePath),
        rule: 'asyncapi-schema',
        message: describe(e, doc),
      });
  return [...problems, ...v3Rules(doc)];
}
