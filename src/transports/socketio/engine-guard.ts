import type { ServerResponse } from 'node:http';
import type { Socket as EngineSocket } from 'engine.io';

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

/** What a session's guard counts: kept on the session, so no connection needs closures of its own. */
export interface GuardState {
  /** Characters (bytes, for binary) created since the transport last took the write buffer. */
  queued: number;
  /** The same, handed to long-polling responses that have not been written out yet. */
  unsent: number;
  /** Pings sent and not yet answered. */
  pingsOutstanding: number;
  /** Cut off already: one reason is enough. */
  cut: boolean;
}

export const freshGuard = (): GuardState => ({ queued: 0, unsent: 0, pingsOutstanding: 0, cut: false });

function sizeOf(data: unknown): number {
  if (typeof data === 'string') return data.length;
  return (data as { byteLength?: number } | undefined)?.byteLength ?? 0;
}

/**
 * Two ways a client holds the server's memory or a slot for ever, and the verdict for each packet:
 *
 * - **A consumer that does not read.** Engine.IO hands its transport one batch at a time, and the next
 *   only once the previous was written to the kernel; what is created meanwhile waits in its write
 *   buffer, which nothing bounds. A packet created while the transport is writable goes out at once, so
 *   the buffer restarts from it; otherwise it adds up. Long-polling hands each batch to an HTTP response
 *   at once, whoever reads it: what went into responses not yet written out counts too. Past
 *   `maxBufferedBytes` the session is cut, so a connection holds at most about twice that, whatever it
 *   asks for and however it polls.
 * - **Pongs nobody asked for.** Engine.IO takes any pong as a sign of life and postpones its next ping,
 *   so a client that pongs blindly is never pinged and never timed out. A client answers pings; a pong
 *   without one outstanding is a protocol violation that ends the session.
 */
export const guard = {
  /** An outbound packet: true when the session must be cut (a consumer that does not read). */
  created(
    state: GuardState,
    conn: EngineSocket,
    packet: { type: string; data?: unknown },
    max: number,
  ): boolean {
    if (packet.type === 'ping') state.pingsOutstanding += 1;
    state.queued = (conn.transport.writable ? 0 : state.queued) + sizeOf(packet.data);
    return state.queued + state.unsent > max;
  },
  /** The write buffer goes to the transport: over long-polling, into a response that may never be read. */
  flushed(state: GuardState, conn: EngineSocket, packets: { data?: unknown }[]): void {
    if (conn.transport.name !== 'polling') return;
    // engine.io's polling transport keeps the pending GET's response in `res` (private in its typings).
    const res = (conn.transport as unknown as { res?: ServerResponse | null }).res;
    if (!res) return;
    const bytes = packets.reduce((sum, p) => sum + sizeOf(p.data), 0);
    state.unsent += bytes;
    let done = false;
    const written = () => {
      if (done) return;
      done = true;
      state.unsent -= bytes;
    };
    res.once('finish', written);
    res.once('close', written);
  },
  /** An inbound packet: true when the session must be cut (a pong no ping asked for). */
  received(state: GuardState, packet: { type: string }): boolean {
    if (packet.type !== 'pong') return false;
    if (state.pingsOutstanding === 0) return true;
    state.pingsOutstanding -= 1;
    return false;
  },
};
