import type { Socket as EngineSocket } from 'engine.io';
import type { Logger } from '../../logger.js';

/** The part of a `ws` WebSocket this file uses. */
interface WebSocketLike {
  pause(): void;
  resume(): void;
  terminate(): void;
}

/**
 * The `ws` connection under an Engine.IO session on the WebSocket transport. engine.io keeps it in its
 * transport's `socket` field, which its typings call private; there is no public way to it, and reading
 * must be paused there. Undefined on long-polling (or if engine.io ever renames it): callers fall back.
 */
function webSocketOf(conn: EngineSocket): WebSocketLike | undefined {
  if (conn.transport.name !== 'websocket') return undefined;
  const ws = (conn.transport as unknown as { socket?: Partial<WebSocketLike> }).socket;
  return typeof ws?.pause === 'function' &&
    typeof ws.resume === 'function' &&
    typeof ws.terminate === 'function'
    ? (ws as WebSocketLike)
    : undefined;
}

/** Stops reading the session's WebSocket: TCP then pushes back on a client that sends too fast. */
export function pauseReading(conn: EngineSocket): void {
  webSocketOf(conn)?.pause();
}

export function resumeReading(conn: EngineSocket): void {
  webSocketOf(conn)?.resume();
}

/**
 * Closes a session at once, dropping whatever waits to be sent: a graceful close would queue behind
 * the very bytes the client does not read.
 */
export function cutOff(conn: EngineSocket): void {
  const ws = webSocketOf(conn);
  if (ws) ws.terminate();
  else conn.close(true);
}

function sizeOf(data: unknown): number {
  if (typeof data === 'string') return data.length;
  return (data as { byteLength?: number } | undefined)?.byteLength ?? 0;
}

/**
 * Watches one Engine.IO session for two ways a client holds the server's memory or a slot for ever:
 *
 * - **A consumer that does not read.** Engine.IO hands the transport one batch at a time, and the next
 *   only once the previous was written to the kernel; what is created meanwhile waits in its write
 *   buffer, which nothing bounds. Past `maxBufferedBytes` there (characters of text, bytes of binary),
 *   the session is cut off, so one connection holds at most about twice that, whatever it asks for.
 * - **Pongs nobody asked for.** Engine.IO takes any pong as a sign of life and postpones its next ping,
 *   so a client that pongs blindly is never pinged and never timed out. A client answers pings; a pong
 *   without one outstanding is a protocol violation and ends the session.
 */
export function watchEngineSession(
  conn: EngineSocket,
  opts: { maxBufferedBytes: number; log: Logger },
): void {
  let queued = 0;
  let pingsOutstanding = 0;
  let ended = false;
  const end = (why: string, details: Record<string, unknown>) => {
    if (ended) return;
    ended = true;
    opts.log.warn({ address: conn.remoteAddress, ...details }, why);
    cutOff(conn);
  };
  conn.on('packetCreate', (packet: { type: string; data?: unknown }) => {
    if (packet.type === 'ping') pingsOutstanding += 1;
    queued += sizeOf(packet.data);
    if (queued > opts.maxBufferedBytes) end('slow consumer cut off', { buffered: queued });
  });
  // Everything in the write buffer goes to the transport at once.
  conn.on('flush', () => {
    queued = 0;
  });
  conn.on('packet', (packet: { type: string }) => {
    if (packet.type !== 'pong') return;
    if (pingsOutstanding === 0) end('pong without a ping: connection closed', {});
    else pingsOutstanding -= 1;
  });
}
