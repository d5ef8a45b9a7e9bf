import { isDeepStrictEqual } from 'node:util';
import type { Findings } from './diagnostics.js';

export type JsonSchema = { [key: string]: unknown };

/** Schemas by type name; every `$ref` between them reads `#/definitions/<Name>`. */
export type SchemaSet = Map<string, JsonSchema>;

const COMPONENT_SCHEMA_REF = /^#\/components\/schemas\/([A-Za-z][A-Za-z0-9]*)$/;
export const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
/** Names generated/types.ts declares itself. */
export const RESERVED_TYPE_NAMES = new Set(['Validator', 'ErrorObject']);

/** Orders text by UTF-16 code units: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('');
}

/** The component name a schema refers to, when it is exactly `{ $ref: '#/components/schemas/X' }`. */
export function componentRefName(schema: unknown): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const ref = (schema as JsonSchema).$ref;
  if (typeof ref !== 'string' || Object.keys(schema).length !== 1) return undefined;
  return COMPONENT_SCHEMA_REF.exec(ref)?.[1];
}

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SUBSCHEMAS = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedItems',
  'unevaluatedProperties',
  'propertyNames',
  'contains',
  'not',
  'if',
  'then',
  'else',
]);

/**
 * Rebuilds a schema bottom-up: `visit` sees every (sub)schema object after its subschemas were rebuilt.
 * Walks keywords, not keys, so a property named `examples` or `title` is still a property.
 */
export function mapSchema(
  schema: unknown,
  visit: (node: JsonSchema, where: string) => JsonSchema,
  where = '',
): unknown {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (SCHEMA_MAPS.has(key) && typeof value === 'object' && value !== null) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, mapSchema(sub, visit, `${where}.${key}.${name}`)]),
      );
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((sub, i) => mapSchema(sub, visit, `${where}.${key}.${i}`));
    } else if (SUBSCHEMAS.has(key)) {
      out[key] = Array.isArray(value)
        ? value.map((sub, i) => mapSchema(sub, visit, `${where}.${key}.${i}`))
        : mapSchema(value, visit, `${where}.${key}`);
    } else {
      out[key] = value;
    }
  }
  return visit(out, where);
}

/** Returns the schema without the given keywords, at every level. */
export function withoutKeywords(schema: unknown, keywords: ReadonlySet<string>): unknown {
  return mapSchema(schema, (node) =>
    Object.fromEntries(Object.entries(node).filter(([key]) => !keywords.has(key))),
  );
}

/**
 * Copies a schema for code generation: component refs become `#/definitions/X`, specification
 * extensions (`x-…`, including the parsers' `x-parser-*`) are dropped so AJV's strict mode accepts it.
 * Throws on a `$ref` that does not point at a component schema (the bundler turns external refs into those).
 */
export function normalizeSchema(schema: unknown, where: string): unknown {
  return mapSchema(
    schema,
    (node, at) => {
      const out: JsonSchema = {};
      for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('x-')) continue;
        if (key === '$ref') {
          const name = COMPONENT_SCHEMA_REF.exec(String(value))?.[1];
          if (!name)
            throw new Error(`${at}: $ref ${String(value)} must point at #/components/schemas/<Name>`);
          out.$ref = `#/definitions/${name}`;
        } else {
          out[key] = value;
        }
      }
      return out;
    },
    where,
  );
}

/** Two different schemas want the same type name. */
export class SchemaConflict extends Error {
  constructor(
    readonly typeName: string,
    readonly where: string,
  ) {
    super(`the type name ${typeName} (${where}) is already used by a different schema; one name, one schema`);
  }
}

/** Adds a named schema, refusing a second, different schema under the same name. */
export function addSchema(set: SchemaSet, name: string, schema: JsonSchema, where: string): void {
  const existing = set.get(name);
  if (existing && !isDeepStrictEqual(existing, schema)) throw new SchemaConflict(name, where);
  set.set(name, schema);
}

/**
 * Merges schema sets of several documents into one; a name must mean the same schema everywhere
 * (types are shared by both transports), so a conflict throws SchemaConflict.
 */
export function mergeSchemaSets(sets: { label: string; schemas: SchemaSet }[]): SchemaSet {
  const merged: SchemaSet = new Map();
  for (const { label, schemas } of sets) {
    for (const [name, schema] of schemas)
      addSchema(merged, name, schema, `${label} components.schemas.${name}`);
  }
  return new Map([...merged].sort(([a], [b]) => compareText(a, b)));
}

/**
 * Adds the document's `components.schemas` to `set` under their names, reporting names that cannot
 * be TypeScript type names and schemas that cannot be compiled, at their place in the document.
 */
export function readComponentSchemas(doc: Record<string, unknown>, set: SchemaSet, findings: Findings): void {
  const components = (doc.components ?? {}) as { schemas?: Record<string, unknown> };
  for (const [name, schema] of Object.entries(components.schemas ?? {})) {
    const at = ['components', 'schemas', name];
    if (!TYPE_NAME.test(name) || RESERVED_TYPE_NAMES.has(name)) {
      const reserved = [...RESERVED_TYPE_NAMES].join(' or ');
      findings.error(
        at,
        'switchboard-type-name',
        `schema name ${name} must be PascalCase and not ${reserved} (it names a TypeScript type)`,
      );
      continue;
    }
    findings.attempt(at, () =>
      addSchema(set, name, normalizeSchema(schema, `components.schemas.${name}`) as JsonSchema, name),
    );
  }
}
