import { ApiError } from '../errors.js';

/** The outcome of asking a rate limiter for one more request. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts requests per key (a client address, a user, a username). Behind this interface so a shared
 * implementation (Redis) can replace the in-memory one when Switchboard runs on several nodes.
 */
export interface RateLimiter {
  take(key: string): RateDecision;
  /** Gives back one request taken for a key: it turned out not to count (a login that succeeded). */
  refund(key: string): void;
}

export interface TokenBucketOptions {
  /** Requests allowed in a burst. */
  capacity: number;
  /** Requests regained per second. */
  refillPerSecond: number;
  /**
   * Keys remembered before the stalest is forgotten, once it has refilled (forgetting it then loses
   * nothing). Ten times as many at most, whatever they hold.
   */
  maxKeys?: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** A token bucket per key, in memory: `capacity` at once, then `refillPerSecond`. */
export class TokenBucketLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(private readonly options: TokenBucketOptions) {
    this.maxKeys = options.maxKeys ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  refund(key: string): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.options.capacity, bucket.tokens + 1);
  }

  take(key: string): RateDecision {
    const now = this.now();
    const { capacity, refillPerSecond } = this.options;
    const previous = this.buckets.get(key);
    const tokens = previous
      ? Math.min(capacity, previous.tokens + ((now - previous.at) / 1000) * refillPerSecond)
      : capacity;
    // Re-inserting keeps the Map in least-recently-used order, so eviction drops the stalest key.
    this.buckets.delete(key);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerSecond)) };
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.buckets.size > this.maxKeys) this.evictStalest(now);
    return { allowed: true };
  }

  /**
   * Forgets the least recently used key if its bucket has refilled. One still refilling is kept (up to
   * ten times maxKeys): otherwise flooding a limiter with fresh keys would free the keys it holds back,
   * a locked-out username among them.
   */
  private evictStalest(now: number): void {
    const [key, bucket] = this.buckets.entries().next().value as [string, Bucket];
    const { capacity, refillPerSecond } = this.options;
    const refilled = bucket.tokens + ((now - bucket.at) / 1000) * refillPerSecond >= capacity;
    if (refilled || this.buckets.size > this.maxKeys * 10) this.buckets.delete(key);
  }
}

/**
 * Takes one request for `key`, or refuses it: RATE_LIMITED with `message` (which names the limit, so a
 * client knows which budget it spent) and when to try again.
 */
export function takeOrRefuse(limiter: RateLimiter, key: string, message: string, field?: string): void {
  const decision = limiter.take(key);
  if (!decision.allowed) throw new ApiError('RATE_LIMITED', message, field, decision.retryAfterSeconds);
}
