import type { ServerShutdown } from '../../generated/types.js';

// The reconnection spread: about this long per connection the process held, within the bounds below. A
// handshake costs the server about a millisecond of CPU (the connections benchmark), so a whole process's
// clients coming back over the spread cost the nodes that take them about one core.
const SPREAD_MS_PER_CONNECTION = 1;
const MIN_SPREAD_MS = 1000;
/** The spec's bound on `reconnectAfterMs`. */
export const MAX_SPREAD_MS = 30_000;

export const SHUTDOWN_MESSAGE = 'the server is shutting down; reconnect after reconnectAfterMs';

/**
 * What every connection is told when a graceful shutdown begins (`server-shutdown`): when it will be
 * closed at the latest, and its own random wait before reconnecting, so that the clients of a process
 * that stops do not all come back in the same second, to it once restarted or to the other nodes.
 */
export function shutdownNotices(
  closeBy: number,
  connections: number,
  random: () => number = Math.random,
): () => ServerShutdown {
  const spread = Math.min(MAX_SPREAD_MS, Math.max(MIN_SPREAD_MS, connections * SPREAD_MS_PER_CONNECTION));
  const closeByIso = new Date(closeBy).toISOString();
  return () => ({
    message: SHUTDOWN_MESSAGE,
    closeBy: closeByIso,
    reconnectAfterMs: Math.floor(random() * spread),
  });
}

/**
 * How a shutdown of `timeoutMs` in all (SHUTDOWN_TIMEOUT_MS) is shared out: requests under way get most of
 * it; then realtime clients get `closeGraceMs` to read their last frames and close; `reserveMs` is left for
 * the last commits and closing the database, so that the process exits 0 within the timeout.
 */
export function shutdownBudget(timeoutMs: number): {
  drainMs: number;
  closeGraceMs: number;
  reserveMs: number;
} {
  const closeGraceMs = Math.min(1000, Math.floor(timeoutMs / 4));
  const reserveMs = Math.min(1000, Math.floor(timeoutMs / 4));
  return { drainMs: Math.max(0, timeoutMs - closeGraceMs - reserveMs), closeGraceMs, reserveMs };
}
