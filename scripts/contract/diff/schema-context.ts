import { pointerKeys } from '../../lib/refs.js';
import { type Change, childPointer, type Direction, type DocumentName, type Severity } from './change.js';

export type Node = Record<string, unknown>;

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One side of a comparison: a schema (maybe a `$ref`) in its bundled document, and where it stands. */
export interface SchemaSide {
  doc: Node;
  schema: unknown;
  pointer: string;
}

/** Where in the contract a schema is being compared, and where its findings go. */
export interface SchemaContext {
  document: DocumentName;
  direction: Direction;
  subject: string;
  /** The field path so far (`body`, `data`, `error.code`, `members[]`). */
  field: string;
  report: (change: Change) => void;
  /** The (base, head) pointer pairs being compared on the way down: a recursive schema stops at itself. */
  seen: Set<string>;
}

export function emit(
  ctx: SchemaContext,
  severity: Severity,
  kind: string,
  pointer: string,
  message: string,
): void {
  ctx.report({
    severity,
    document: ctx.document,
    kind,
    subject: ctx.subject,
    field: ctx.field,
    pointer,
    message,
  });
}

/** The field path of a property of the current field: `body` + `password` → `body.password`. */
export function fieldOf(ctx: SchemaContext, property: string): string {
  return ctx.field ? `${ctx.field}.${property}` : property;
}

/**
 * Follows internal `$ref`s (`#/a/b`) from `value` to what they lead to, and the pointer it lives at, so a
 * finding points at the definition rather than at the reference.
 */
export function follow(doc: Node, value: unknown, pointer: string): { value: unknown; pointer: string } {
  let current = value;
  let at = pointer;
  for (let hops = 0; isNode(current) && typeof current.$ref === 'string'; hops++) {
    const ref = current.$ref;
    if (hops > 32) throw new Error(`reference cycle at ${ref}`);
    if (!ref.startsWith('#/')) throw new Error(`${ref} (at ${at}) is not an internal reference`);
    at = ref;
    current = pointerKeys(ref).reduce<unknown>(
      (node, key) => (isNode(node) || Array.isArray(node) ? (node as Node)[key] : undefined),
      doc,
    );
    if (current === undefined) throw new Error(`${ref} (at ${pointer}) leads nowhere`);
  }
  return { value: current, pointer: at };
}

/** A schema with its `$ref`s followed. A boolean schema (`true`/`false`) stays a boolean. */
export function resolveSchema(side: SchemaSide): { schema: Node | boolean; pointer: string } {
  const { value, pointer } = follow(side.doc, side.schema, side.pointer);
  if (typeof value === 'boolean') return { schema: value, pointer };
  return { schema: isNode(value) ? value : {}, pointer };
}

export function sub(side: SchemaSide, schema: unknown, ...keys: (string | number)[]): SchemaSide {
  return { doc: side.doc, schema, pointer: childPointer(side.pointer, ...keys) };
}
