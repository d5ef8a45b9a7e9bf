import type { RealtimeServer, RequestOperation, ServerEvent } from './socket-operations.js';

/**
 * When the mock sends server events. The spec says formally who receives an event (`x-audience`), not
 * which request causes it, so the mock keeps a rule a client developer can predict:
 *
 * - at connect, what the spec's prose says comes first: `welcome` then `activities` on Socket.IO ("sent
 *   once right after `welcome`"), `init` on the raw WebSocket ("the server sends `init` first");
 * - after each request it answered, every event of the same feature tag (presence, rooms, database,
 *   raw-websocket) whose audience is not just the one connection, each once, with its example: so a
 *   `send-message` is followed by `message`, `message-edited`… and a client's handlers for all of
 *   them can be exercised. On the raw WebSocket only after requests that carried a socket token: an
 *   unauthenticated connection is in no room and subscribed to nothing;
 * - `frame-error` for a refused event sent without a callback, and `closing` (then a disconnect) when the
 *   session that opened the connection ends at logout or sign-out everywhere, as the server does.
 */
const CONNECT_EVENTS: Record<string, readonly string[]> = {
  local: ['sendWelcome', 'sendActivities'],
  localRaw: ['rawSendInit'],
};

export function connectEvents(server: RealtimeServer): ServerEvent[] {
  return (CONNECT_EVENTS[server.name] ?? []).map((operationId) => {
    const event = server.events.get(operationId);
    if (!event)
      throw new Error(
        `scripts/mock/event-policy.ts: the spec has no send operation ${operationId} on ${server.name}`,
      );
    return event;
  });
}

/** The events that follow an answered request: same tag, an audience wider than the connection. */
export function eventsAfter(server: RealtimeServer, op: RequestOperation): ServerEvent[] {
  return [...server.events.values()].filter(
    (event) =>
      event.audience !== undefined &&
      event.audience !== 'connection' &&
      event.tags.some((t) => op.tags.includes(t)),
  );
}

/** The Socket.IO event that says why a refused event without a callback was refused. */
export const FRAME_ERROR_OPERATION = 'sendFrameError';
/** The Socket.IO event sent before the server closes a connection. */
export const CLOSING_OPERATION = 'sendClosing';
/** The Socket.IO handshake refusal (`connect_error`'s `data`). */
export const HANDSHAKE_REFUSAL_OPERATION = 'refuseHandshake';
/** The raw envelope's `error`. */
export const RAW_ERROR_OPERATION = 'rawSendError';
