import { encodePointerSegment } from '../../lib/refs.js';

/**
 * What the gate reports. `breaking` fails the gate (unless the document's major version was raised),
 * `warning` is printed and never fails, `compatible` is an addition or a relaxation, listed as information.
 */
export type Severity = 'breaking' | 'warning' | 'compatible';

/** Which way the data travels: what clients send (`request`) or what the server sends (`response`). */
export type Direction = 'request' | 'response';

export type DocumentName = 'asyncapi' | 'openapi';

export interface Change {
  severity: Severity;
  document: DocumentName;
  /** A stable name for the kind of change (`max-length-lowered`, `event-removed`), for `--json` readers. */
  kind: string;
  /** The thing as clients know it: "the event `room-history`", "the route `GET /api/rooms` (response 200)". */
  subject: string;
  /** The field inside a payload, as the server names it in errors (`data`, `body.password`); '' for none. */
  field: string;
  /** JSON pointer into the bundled document: the working tree's, or the base's for what was removed. */
  pointer: string;
  /** What changed, and for breaking changes and warnings, what it does to clients. */
  message: string;
}

/** The pointer to a node below `pointer`: `childPointer('#/paths', '/api/rooms')` → `#/paths/~1api~1rooms`. */
export function childPointer(pointer: string, ...keys: (string | number)[]): string {
  return [pointer, ...keys.map(encodePointerSegment)].join('/');
}
