import fc from 'fast-check';
import { type FuzzJson, nastyJson, nastyKey, nastyNumber, nastyString, RawJson } from './json-text.js';

type Path = readonly string[];
type JsonObject = { [key: string]: FuzzJson };

export const isObject = (value: FuzzJson): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof RawJson);

/** Paths to every field and array item inside `value`, nested ones included. */
function fieldPaths(value: FuzzJson, at: Path = []): Path[] {
  if (!isObject(value) && !Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, v]) => [[...at, key], ...fieldPaths(v, [...at, key])]);
}

/** Paths to every object inside `value`, itself included: where a field can be added. */
function objectPaths(value: FuzzJson, at: Path = []): Path[] {
  if (!isObject(value)) return [];
  return [at, ...Object.entries(value).flatMap(([key, v]) => objectPaths(v, [...at, key]))];
}

/** The value at `path` inside `value`, if there is one. */
function valueAt(value: FuzzJson, path: Path): FuzzJson | undefined {
  let at: FuzzJson | undefined = value;
  for (const key of path)
    at = at !== undefined && (isObject(at) || Array.isArray(at)) ? (at as JsonObject)[key] : undefined;
  return at;
}

/** Anything in place of `old`, and often an edge value of its own type: past the type check, into the handler. */
function nastyInstead(old: FuzzJson | undefined): fc.Arbitrary<FuzzJson> {
  if (typeof old === 'string') return fc.oneof(nastyString, nastyJson);
  if (typeof old === 'number') return fc.oneof(nastyNumber, nastyJson);
  return nastyJson;
}

/** A copy of `value` with `replacement` at `path`, or without the field there when it is undefined. */
function replacedAt(value: FuzzJson, path: Path, replacement: FuzzJson | undefined): FuzzJson {
  const [key, ...rest] = path;
  if (key === undefined) return replacement ?? null;
  const copy: JsonObject | FuzzJson[] = Array.isArray(value) ? [...value] : { ...(value as JsonObject) };
  const next =
    rest.length === 0 ? replacement : replacedAt((copy as JsonObject)[key] ?? null, rest, replacement);
  if (next === undefined) {
    if (Array.isArray(copy)) copy.splice(Number(key), 1);
    else delete copy[key];
  } else {
    // Defined, not assigned: assigning `__proto__` would set the prototype instead of adding a field.
    Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/**
 * Payloads derived from a valid one: as is (so the handler behind validation runs); with one field, nested
 * ones too, of a wrong type or at an edge of its own type, or missing; with a field the schema does not
 * know; or not the payload at all.
 */
export function mutated(seed: FuzzJson): fc.Arbitrary<FuzzJson> {
  const fields = fieldPaths(seed);
  const objects = objectPaths(seed);
  const variants: fc.WeightedArbitrary<FuzzJson>[] = [
    { weight: 2, arbitrary: fc.constant(seed) },
    { weight: 1, arbitrary: nastyJson },
  ];
  if (fields.length > 0)
    variants.push(
      {
        weight: 4,
        arbitrary: fc
          .constantFrom(...fields)
          .chain((path) => nastyInstead(valueAt(seed, path)).map((value) => replacedAt(seed, path, value))),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(...fields).map((path) => replacedAt(seed, path, undefined)),
      },
    );
  if (objects.length > 0)
    variants.push({
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...objects), nastyKey, nastyJson)
        .map(([path, key, value]) => replacedAt(seed, [...path, key], value)),
    });
  return fc.oneof(...variants);
}
