import { compile } from 'json-schema-to-typescript';
import { type JsonSchema, type SchemaSet, withoutKeywords } from './schemas.js';

const ROOT = 'GeneratedTypesRoot';
// A `title` would rename the TypeScript type; the component name is the type name.
const TYPE_ONLY_DROPS = new Set(['title']);

/** TypeScript declarations for every named schema, one exported type per name. */
export async function emitTypes(schemas: SchemaSet): Promise<string> {
  const definitions = Object.fromEntries(
    [...schemas].map(([name, schema]) => [name, withoutKeywords(schema, TYPE_ONLY_DROPS)]),
  );
  const root: JsonSchema = { type: 'object', additionalProperties: false, definitions };
  const code = await compile(root as never, ROOT, {
    bannerComment: '',
    unreachableDefinitions: true,
    additionalProperties: false,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
    customName: (_schema, keyFromDefinition) => keyFromDefinition,
  });
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
