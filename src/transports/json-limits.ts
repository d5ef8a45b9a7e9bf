import { ApiError } from '../core/errors.js';

/** A step of the path to a value, linked to its parent's: the walk builds no array per node. */
interface PathStep {
  key: string;
  parent: PathStep | undefined;
}

function fieldOf(step: PathStep | undefined, prefix: string): string {
  const keys: string[] = [];
  for (let s = step; s; s = s.parent) keys.push(s.key);
  if (prefix) keys.push(prefix);
  return keys.reverse().join('.');
}

/**
 * Refuses, with BAD_INPUT naming the field, a parsed JSON value that the server could not handle safely:
 * nested deeper than `maxDepth` (JSON.parse is iterative, but JSON.stringify, the validators and the
 * handlers recurse, and a 20,000-deep value overflows their stack), a number JSON cannot carry back
 * (`1e999` parses to Infinity, which would be stored as `null`), or binary data (a Socket.IO attachment
 * arrives as a Buffer, which passes an object schema). Iterative itself, and it stops at the first problem.
 */
export function checkInboundJson(value: unknown, maxDepth: number, prefix = ''): void {
  const stack: { value: unknown; depth: number; at: PathStep | undefined }[] = [
    { value, depth: 1, at: undefined },
  ];
  while (stack.length > 0) {
    const { value: v, depth, at } = stack.pop() as (typeof stack)[number];
    if (typeof v === 'number') {
      if (!Number.isFinite(v))
        throw new ApiError(
          'BAD_INPUT',
          `${fieldOf(at, prefix) || 'payload'} is a number out of range`,
          fieldOf(at, prefix),
        );
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer)
      throw new ApiError(
        'BAD_INPUT',
        `${fieldOf(at, prefix) || 'payload'} is binary data: payloads are JSON`,
        fieldOf(at, prefix),
      );
    if (depth > maxDepth)
      throw new ApiError(
        'BAD_INPUT',
        `the value is nested deeper than ${maxDepth} levels (MAX_JSON_DEPTH)`,
        fieldOf(at, prefix),
      );
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++)
        stack.push({ value: v[i], depth: depth + 1, at: { key: String(i), parent: at } });
    } else {
      for (const key of Object.keys(v))
        stack.push({
          value: (v as Record<string, unknown>)[key],
          depth: depth + 1,
          at: { key, parent: at },
        });
    }
  }
}
