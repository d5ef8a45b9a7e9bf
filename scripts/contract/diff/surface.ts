import type { Direction, DocumentName } from './change.js';
import type { Node } from './schema-context.js';

/**
 * A document reduced to what clients see on the wire: events by their wire name, routes by method and
 * path, each with the schemas of what travels. Two surfaces are compared element by element, so a
 * change in the document's layout (files, component or channel names) is no change at all.
 */
export interface Surface {
  document: DocumentName;
  doc: Node;
  /** By wire identity (`socketio:/|client|echo`, `GET /api/rooms/{}/messages`). */
  elements: Map<string, SurfaceElement>;
}

export interface SurfaceElement {
  key: string;
  /** As clients know it: "the event `echo`", "the route `GET /api/rooms`". */
  subject: string;
  /** Where it is defined in the bundled document. */
  pointer: string;
  /** `request`: clients send it (an event they emit, a route they call); `response`: the server sends it. */
  direction: Direction;
  /** What survives a rename or a move (the operation's id), so one is told apart from a removal. */
  trackId: string;
  /**
   * `event` and `route` elements can be renamed or moved, and an OpenAPI server's URL (its list position
   * is its identity); the handshake and AsyncAPI servers (known by name) cannot.
   */
  kind: 'event' | 'route' | 'handshake' | 'server';
  parts: SchemaPart[];
  /**
   * Statuses a route declares, or error codes an acknowledgement or a server (for any request) declares;
   * undefined for what has none (a server event, the handshake).
   */
  codes?: { what: string; values: string[]; pointer: string };
  /** Canonical descriptions of the accepted credentials; undefined when the element has none of its own. */
  security?: string[];
}

/** One schema of an element: a payload, an acknowledgement, a parameter, a body, a response. */
export interface SchemaPart {
  /** Identity within the element (`payload`, `query limit`, `response 200 application/json`). */
  key: string;
  /** Added to the subject when it names more than the element: "acknowledgement", "response 200". */
  label: string;
  direction: Direction;
  /** The field path it starts from: '' for a payload, `body`, `query.limit`. */
  field: string;
  /** A parameter or body clients must send. */
  required: boolean;
  /** Where that is said (a parameter's or request body's `required`), when it can be said. */
  requiredPointer?: string;
  /** One of several answers the server may give (an acknowledgement's variants): losing one breaks no one. */
  alternative: boolean;
  /** The status (or code) it answers under, when there is one: a status removed says it once for all. */
  code?: string;
  /** Parts that describe it where its status has no entry of its own (its `4XX`, then `default`). */
  fallbacks?: string[];
  schema: unknown;
  pointer: string;
}
