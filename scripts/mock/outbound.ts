import type { SchemaPointer, SpecValidators } from './schema-validators.js';

/**
 * Checks a value the mock is about to send against its schema. A failure is the mock's bug (or a spec
 * example that breaks its own schema): it throws, naming what, rather than teach clients a wrong shape.
 */
export function checkedOutbound<T>(
  validators: SpecValidators,
  schema: SchemaPointer,
  value: T,
  what: string,
): T {
  const invalid = validators.check(schema, value);
  if (invalid) throw new Error(`the mock's ${what} breaks its schema (${schema}): ${invalid.message}`);
  return value;
}

/** A copy of an object example with some fields replaced (an envelope's `sid`, a welcome's `connectionId`). */
export function withFields(example: unknown, fields: Record<string, unknown>): unknown {
  return typeof example === 'object' && example !== null && !Array.isArray(example)
    ? { ...example, ...fields }
    : example;
}
