import type { Options } from 'ajv';
import { type JsonSchema, mapSchema, type SchemaSet } from './schemas.js';
import { stableNames } from './validator-names.js';

export type Dialect = 'draft-07' | '2020-12';

// Annotation keywords of the two spec dialects that JSON Schema itself does not define.
const ANNOTATIONS: Record<Dialect, string[]> = {
  'draft-07': ['discriminator', 'externalDocs', 'example'],
  '2020-12': ['discriminator', 'externalDocs', 'example', 'xml'],
};

/**
 * `format` values ajv-formats does not validate (OpenAPI's `password`, `binary`…) are documentation only:
 * dropped before compiling, so strict mode does not refuse them.
 */
function withKnownFormats(schema: JsonSchema, fullFormats: Record<string, unknown>): JsonSchema {
  return mapSchema(schema, (node) => {
    if (typeof node.format === 'string' && !(node.format in fullFormats)) {
      const { format: _dropped, ...rest } = node;
      return rest;
    }
    return node;
  }) as JsonSchema;
}

/** The names of the schemas a schema refers to (`#/definitions/<Name>`). */
function referencedNames(schema: unknown): string[] {
  const names: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const n of node) walk(n);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#/definitions/'))
          names.push(value.slice('#/definitions/'.length));
        else walk(value);
      }
    }
  };
  walk(schema);
  return names;
}

/** `names` reordered so that a schema comes after those it refers to (as far as cycles allow). */
function dependenciesFirst(names: string[], definitions: Record<string, unknown>): string[] {
  const wanted = new Set(names);
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const dep of referencedNames(definitions[name])) visit(dep);
    if (wanted.has(name)) order.push(name);
  };
  for (const name of names) visit(name);
  return order;
}

/** A schema AJV cannot compile; `typeName` says which. */
export class SchemaCompileError extends Error {
  constructor(
    readonly typeName: string,
    message: string,
  ) {
    super(`schema ${typeName} cannot be compiled: ${message}`);
  }
}

/**
 * Compiles the schemas into one AJV standalone ES module that exports a validator per name in
 * `exported`. Refs between schemas read `#/definitions/<Name>`. Nothing is compiled at run time.
 */
export async function emitValidators(opts: {
  dialect: Dialect;
  schemas: SchemaSet;
  exported: string[];
  coerce?: boolean;
}): Promise<string> {
  // Loaded when validators are made, not at start: a run whose schemas did not change never needs AJV.
  // CommonJS modules whose ES default export is the module object: the class or function is `.default`.
  const [{ default: AjvPkg, _ }, { default: Ajv2020Pkg }, { default: standalonePkg }, formats] =
    await Promise.all([
      import('ajv'),
      import('ajv/dist/2020.js'),
      import('ajv/dist/standalone/index.js'),
      import('ajv-formats'),
    ]);
  const { fullFormats } = await import('ajv-formats/dist/formats.js');
  const options: Options = {
    strict: true,
    // `required` may name a property its parent schema defines (`if`/`then` on a property's value).
    strictRequired: false,
    allErrors: false,
    messages: true,
    // Query and path parameters arrive as strings; their validators coerce (`?limit=10` → 10).
    coerceTypes: opts.coerce ? 'array' : false,
    code: {
      source: true,
      esm: true,
      lines: true,
      formats: _`require("ajv-formats/dist/formats").fullFormats`,
    },
  };
  const ajv = opts.dialect === '2020-12' ? new Ajv2020Pkg.default(options) : new AjvPkg.default(options);
  formats.default.default(ajv);
  for (const keyword of ANNOTATIONS[opts.dialect]) if (!ajv.getKeyword(keyword)) ajv.addKeyword(keyword);
  const definitions = Object.fromEntries(
    [...opts.schemas].map(([name, schema]) => [name, withKnownFormats(schema, fullFormats)]),
  );
  const id = 'switchboard';
  ajv.addSchema({ $id: id, definitions });
  const refs = Object.fromEntries(opts.exported.map((name) => [name, `${id}#/definitions/${name}`]));
  // Compile one by one first, so a schema AJV refuses is reported by its name; a schema before those that
  // refer to it, so that AJV compiles it once (a ref met before its own compile gets a second copy).
  for (const name of dependenciesFirst(opts.exported, definitions)) {
    const ref = refs[name] as string;
    try {
      ajv.getSchema(ref);
    } catch (err) {
      throw new SchemaCompileError(name, (err as Error).message);
    }
  }
  const code = stableNames(standalonePkg.default(ajv, refs), ajv, definitions);
  // ESM output still `require`s AJV's runtime helpers and the formats: give it a require.
  return `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${code}`;
}
