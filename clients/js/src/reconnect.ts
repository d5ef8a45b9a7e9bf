import type { CloseReason } from './generated/types.js';

/** How the client reconnects after losing its connection. */
export interface ReconnectOptions {
  /** The first attempt's upper bound on the delay (default 250 ms). */
  minDelayMs?: number;
  /** The bound the delay stops growing at (default 10 s). */
  maxDelayMs?: number;
  /** Requests made while offline wait in a queue of at most this many (default 100)... */
  queueSize?: number;
  /** ...for at most this long each (default 30 s). */
  queueMaxAgeMs?: number;
  /** The jitter's random source, in [0, 1) (default Math.random); a constant makes delays predictable. */
  random?: () => number;
}

export const RECONNECT_DEFAULTS: Required<ReconnectOptions> = {
  minDelayMs: 250,
  maxDelayMs: 10_000,
  queueSize: 100,
  queueMaxAgeMs: 30_000,
  random: Math.random,
};

/**
 * The delay before attempt `attempt` (1, 2, …): "full jitter", uniformly random below an exponentially
 * growing bound, so that many clients cut off together do not come back together.
 */
export function backoffDelay(
  attempt: number,
  opts: { minDelayMs: number; maxDelayMs: number },
  random: () => number = Math.random,
): number {
  const bound = Math.min(opts.maxDelayMs, opts.minDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * bound);
}

/**
 * `closing` reasons after which coming back is wrong: the session ended (its secret opens nothing any
 * more: log in again), or a newer connection took this one's place (coming back would push it out).
 */
export const FINAL_CLOSE_REASONS: ReadonlySet<CloseReason> = new Set<CloseReason>([
  'logged-out',
  'sessions-revoked',
  'session-expired',
  'replaced',
]);
