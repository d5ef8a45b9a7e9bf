import type { JSONSchema } from 'json-schema-to-typescript';
import { formatWithBiome } from './format-ts.js';
import { type SchemaSet, withoutKeywords } from './schemas.js';
import type { StepCache } from './step-cache.js';

const ROOT = 'GeneratedTypesRoot';
/**
 * Keywords removed before making types. A `title` would rename the TypeScript type (the component name
 * is the type name); the others are constraints a TypeScript type cannot express, so without them
 * the types are made again only when a change can alter them (a new maxLength leaves them as they are).
 * `minItems`/`maxItems` stay: they make tuples.
 */
const TYPE_ONLY_DROPS = new Set([
  'title',
  'maxLength',
  'minLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'examples',
  'example',
]);

/** TypeScript declarations for every named schema, one exported type per name. */
export async function emitTypes(schemas: SchemaSet, cache: StepCache): Promise<string> {
  const definitions = Object.fromEntries(
    // Schemas stay JSON Schema objects when keywords are removed.
    [...schemas].map(([name, schema]) => [name, withoutKeywords(schema, TYPE_ONLY_DROPS) as JSONSchema]),
  );
  return cache.get('types', JSON.stringify(definitions), () => compileTypes(definitions));
}

async function compileTypes(definitions: Record<string, JSONSchema>): Promise<string> {
  const root: JSONSchema = { type: 'object', additionalProperties: false, definitions };
  // Loaded only when the types must be made again.
  const { compile } = await import('json-schema-to-typescript');
  const options = {
    bannerComment: '',
    unreachableDefinitions: true,
    additionalProperties: false,
    strictIndexSignatures: true,
    style: { singleQuote: true, printWidth: 110 },
    customName: (_schema: unknown, keyFromDefinition: string | undefined) => keyFromDefinition,
  };
  // Formatted by Biome (fast) when its binary is here, else by json-schema-to-typescript's prettier.
  const unformatted = await compile(structuredClone(root), ROOT, { ...options, format: false });
  const code =
    (await formatWithBiome(unformatted)) ?? (await compile(root, ROOT, { ...options, format: true }));
  return code
    .replace(new RegExp(`export interface ${ROOT} \\{\\s*\\}\\n?`), '')
    .replace(
      /\n \*\n \* This interface was referenced by `\w+`'s JSON-Schema\n \* via the `definition` "\w+"\./g,
      '',
    )
    .replace(
      /\/\*\*\n \* This interface was referenced by `\w+`'s JSON-Schema\n \* via the `definition` "\w+"\.\n \*\/\n/g,
      '',
    )
    .trim();
}
