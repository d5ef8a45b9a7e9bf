import { createHash } from 'node:crypto';

/**
 * AJV names the module-level values of standalone code with counters (`validate12`, `schema31`,
 * `pattern5`), numbered in compile order, so one schema added near the top renumbers every validator
 * after it and a two-line spec edit became a diff of hundreds of lines. This gives each value a name
 * from what it is instead: `validate_EchoRequest` and `schema_EchoRequest` for a named schema, the
 * format's name, the runtime helper's module, a digest of a pattern. Names inside a function (`valid0`,
 * `data1`) are numbered per function by AJV already, so they only change when that schema does.
 */

/** What AJV's ValueScope keeps per prefix: value key → the name it gave (not in AJV's public types). */
interface ScopeName {
  str: string;
  value?: { ref?: unknown; key?: unknown; code?: unknown };
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

function identifier(text: string): string {
  return text.replace(/[^A-Za-z0-9_]/g, '_');
}

/** The part of an AJV instance this reads: its scope of module-level values. */
interface WithScope {
  scope: unknown;
}

function scopeValues(ajv: WithScope): Record<string, Map<unknown, ScopeName>> {
  const values = (ajv.scope as { _values?: unknown })._values;
  if (typeof values !== 'object' || values === null)
    throw new Error('AJV no longer keeps its scope values where validator-names.ts reads them');
  return values as Record<string, Map<unknown, ScopeName>>;
}

/** The stable name of one module-level value. */
function nameFor(prefix: string, key: unknown, name: ScopeName, schemaNames: Map<unknown, string>): string {
  const ref = name.value?.ref;
  const code = String(name.value?.code ?? '');
  switch (prefix) {
    case 'validate': {
      const schema = (ref as { schemaEnv?: { schema?: unknown } } | undefined)?.schemaEnv?.schema;
      const named = schemaNames.get(schema);
      return `validate_${named ?? `at_${digest(JSON.stringify(schema) ?? '')}`}`;
    }
    case 'schema': {
      const named = schemaNames.get(ref);
      return `schema_${named ?? `at_${digest(JSON.stringify(ref) ?? '')}`}`;
    }
    case 'formats':
      return `format_${identifier(String(key))}`;
    case 'func': {
      const module = /require\("([^"]+)"\)/.exec(code)?.[1];
      return `func_${module ? identifier(module.split('/').at(-1) ?? module) : digest(code)}`;
    }
    default:
      return `${prefix}_${digest(typeof key === 'string' ? key : code)}`;
  }
}

/**
 * Renames AJV's counter-numbered module-level values in `code` (standalone output of `ajv`) after what
 * they validate. `definitions` are the named schemas as they were given to AJV (matched by identity).
 */
export function stableNames(code: string, ajv: WithScope, definitions: Record<string, unknown>): string {
  const schemaNames = new Map<unknown, string>(Object.entries(definitions).map(([n, s]) => [s, n]));
  const renames = new Map<string, string>();
  const taken = new Set<string>();
  for (const [prefix, names] of Object.entries(scopeValues(ajv))) {
    for (const [key, name] of names) {
      const base = nameFor(prefix, key, name, schemaNames);
      let chosen = base;
      for (let i = 2; taken.has(chosen); i++) chosen = `${base}_${i}`;
      taken.add(chosen);
      renames.set(name.str, chosen);
    }
  }
  if (renames.size === 0) return code;
  // Every old name ends in digits and no generated local shares the module-level prefixes' spelling.
  const pattern = new RegExp(`\\b(${[...renames.keys()].join('|')})\\b`, 'g');
  return code.replace(pattern, (old) => renames.get(old) ?? old);
}
