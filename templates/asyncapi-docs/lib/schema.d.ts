// Types of the docs template's schema helpers that TypeScript code uses (the mock server's samples).

/** An example value for a schema (or a `$ref` to one) of `doc`: its own examples first, else one built. */
export function sample(doc: object, schemaOrRef: unknown, depth?: number, expanding?: Set<object>): unknown;
