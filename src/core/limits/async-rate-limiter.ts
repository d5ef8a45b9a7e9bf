import { ApiError } from '../errors.js';
import type { RateDecision, RateLimiter } from './rate-limiter.js';

/**
 * A RateLimiter whose budget may live elsewhere (Redis, shared by every process), so asking takes a
 * round trip. Same meaning as RateLimiter; `take` rejects with ApiError UNAVAILABLE, promptly, when
 * the budget cannot be read, since allowing everything during an outage would lift every limit at once.
 */
export interface AsyncRateLimiter {
  take(key: string): Promise<RateDecision>;
  /**
   * Gives back one request taken for a key: it turned out not to count (a login that succeeded).
   * Never rejects: a refund lost to an outage costs the key one request, which refills anyway, and
   * must not turn what succeeded into a failure.
   */
  refund(key: string): Promise<void>;
}

/** The in-memory limiter behind the async interface: one process, no round trip. */
export function asyncRateLimiter(limiter: RateLimiter): AsyncRateLimiter {
  return {
    take: async (key) => limiter.take(key),
    refund: async (key) => limiter.refund(key),
  };
}

/** As takeOrRefuse: takes one request for `key`, or refuses with RATE_LIMITED naming the limit. */
export async function takeOrRefuseAsync(
  limiter: AsyncRateLimiter,
  key: string,
  message: string,
  field?: string,
): Promise<void> {
  const decision = await limiter.take(key);
  if (!decision.allowed) throw new ApiError('RATE_LIMITED', message, field, decision.retryAfterSeconds);
}

/**
 * A shared limiter that decides with this process's own limiter while the shared one cannot answer
 * (UNAVAILABLE): the limit then holds per process, as it does without a cluster. For limits that guard
 * throughput (messages, activities, rooms), where refusing everything during a Redis outage would stop
 * what PostgreSQL alone can serve, at the cost of a budget spent up to once per process meanwhile. Not
 * for limits that guard accounts and connections: those refuse.
 */
export function fallingBackToLocal(shared: AsyncRateLimiter, local: RateLimiter): AsyncRateLimiter {
  return {
    take: async (key) => {
      try {
        return await shared.take(key);
      } catch (err) {
        if (err instanceof ApiError && err.code === 'UNAVAILABLE') return local.take(key);
        throw err;
      }
    },
    refund: async (key) => {
      local.refund(key);
      await shared.refund(key);
    },
  };
}
