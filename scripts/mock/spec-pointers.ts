import { pointerSegment, type SchemaPointer } from './schema-validators.js';
import type { SpecDocument } from './spec-source.js';

export type Node = Record<string, unknown>;

export const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at an internal pointer (`#/components/schemas/Session`) of the document. */
export function at(doc: SpecDocument, pointer: string): unknown {
  return pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((p) => p !== '')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (node, key) => (isNode(node) || Array.isArray(node) ? (node as Node)[key] : undefined),
      doc,
    );
}

/** A node of the document with the pointer it lives at, so validators can be compiled for it in place. */
export interface Located {
  node: Node;
  pointer: SchemaPointer;
}

/** Follows a chain of internal `$ref`s (a response, a message, a parameter) to the node they name. */
export function follow(doc: SpecDocument, node: unknown, pointer: SchemaPointer): Located {
  let current = node;
  let where = pointer;
  for (let hops = 0; isNode(current) && typeof current.$ref === 'string'; hops++) {
    if (hops > 32) throw new Error(`reference cycle at ${where}`);
    if (!current.$ref.startsWith('#')) throw new Error(`external reference ${current.$ref} at ${where}`);
    where = current.$ref as SchemaPointer;
    current = at(doc, where);
    if (current === undefined) throw new Error(`unresolvable reference ${where}`);
  }
  if (!isNode(current)) throw new Error(`${where} is not an object`);
  return { node: current, pointer: where };
}

/** `parent` + one more segment, escaped. */
export const child = (parent: SchemaPointer, ...segments: (string | number)[]): SchemaPointer =>
  `${parent}/${segments.map((s) => pointerSegment(String(s))).join('/')}` as SchemaPointer;
