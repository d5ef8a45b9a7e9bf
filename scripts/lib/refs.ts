import type { Bundled } from './load-specs.js';

export type Node = Record<string, unknown>;

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One JSON pointer segment, escaped as RFC 6901 says: `/api/rooms` → `~1api~1rooms`. */
export function encodePointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The keys an internal reference walks, unescaped: `#/paths/~1api~1rooms` → `paths`, `/api/rooms`. */
export function pointerKeys(ref: string): string[] {
  if (!ref.startsWith('#/')) throw new Error(`${ref} is not an internal reference`);
  return ref
    .slice(2)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Follows internal `$ref`s (`#/a/b`) until a node that is not a reference. Returns that node and the
 * last key of the last reference followed (the component's name), or `key` when there was none.
 */
export function resolveRef(doc: Bundled, node: unknown, key = ''): { node: Node; key: string } {
  let current = node;
  let currentKey = key;
  for (let hops = 0; isNode(current) && typeof current.$ref === 'string'; hops++) {
    const pointer = current.$ref;
    if (hops > 32) throw new Error(`reference cycle at ${pointer}`);
    if (!pointer.startsWith('#/')) throw new Error(`external reference ${pointer} left after bundling`);
    const parts = pointerKeys(pointer);
    currentKey = parts.at(-1) ?? currentKey;
    current = parts.reduce<unknown>((acc, part) => (isNode(acc) ? acc[part] : undefined), doc);
    if (current === undefined) throw new Error(`unresolvable reference ${pointer}`);
  }
  if (!isNode(current)) throw new Error(`${key || 'node'} is not an object`);
  return { node: current, key: currentKey };
}
