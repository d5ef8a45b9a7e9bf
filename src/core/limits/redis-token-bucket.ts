import type { Redis } from 'ioredis';
import type { AsyncRateLimiter } from './async-rate-limiter.js';
import type { RateDecision } from './rate-limiter.js';
import { DEFAULT_REDIS_DEADLINE_MS, RedisScript } from './redis-script.js';

export interface RedisTokenBucketOptions {
  redis: Redis;
  /** Put before every key: one prefix per limit (and per deployment), e.g. `sb:rate:login:`. */
  prefix: string;
  /** Requests allowed in a burst. */
  capacity: number;
  /** Requests regained per second. */
  refillPerSecond: number;
  /** How long to wait for Redis before answering UNAVAILABLE (default 1 s). */
  deadlineMs?: number;
  /**
   * The clock, in milliseconds, for tests. By default Redis's own clock decides, so that processes
   * whose clocks disagree still share one budget.
   */
  now?: () => number;
}

// The clock both scripts read: the caller's (ARGV[3] >= 0) or Redis's.
const NOW = `
local now = tonumber(ARGV[3])
if now < 0 then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
`;

// A bucket is a hash {tokens, at}; an absent one is full. Each write sets the key to expire when the
// bucket would be full again, so nothing is kept for a key that stopped asking and nothing is lost by
// forgetting it. Doubles are stored with 17 digits so a bucket reads back exactly as it was written,
// as in the in-memory limiter. A refusal writes nothing: the bucket and its expiry stay correct.
const TAKE = new RedisScript(`${NOW}
local tokens = capacity
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
if b[1] then
  tokens = math.min(capacity, tonumber(b[1]) + math.max(0, now - tonumber(b[2])) / 1000 * rate)
end
if tokens < 1 then
  return math.max(1, math.ceil((1 - tokens) / rate))
end
tokens = tokens - 1
redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'at', string.format('%.17g', now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / rate * 1000))
return 0
`);

const REFUND = new RedisScript(`${NOW}
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
if not b[1] then return 0 end
local tokens = math.min(capacity, tonumber(b[1]) + math.max(0, now - tonumber(b[2])) / 1000 * rate + 1)
if tokens >= capacity then
  redis.call('DEL', KEYS[1])
  return 0
end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'at', string.format('%.17g', now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / rate * 1000))
return 0
`);

/**
 * TokenBucketLimiter's buckets in Redis, shared by every process of a deployment: `capacity` at once,
 * then `refillPerSecond`, with the same decisions and the same retry-after. Each take is one script,
 * so two processes taking the last token at once cannot both get it.
 */
export class RedisTokenBucket implements AsyncRateLimiter {
  private readonly deadlineMs: number;

  constructor(private readonly options: RedisTokenBucketOptions) {
    if (!(options.capacity >= 1 && options.refillPerSecond > 0)) {
      throw new Error('a token bucket needs a capacity of at least 1 and a refill above 0');
    }
    this.deadlineMs = options.deadlineMs ?? DEFAULT_REDIS_DEADLINE_MS;
  }

  async take(key: string): Promise<RateDecision> {
    const retryAfterSeconds = Number(
      await TAKE.run(this.options.redis, [this.keyOf(key)], this.args(), this.deadlineMs),
    );
    return retryAfterSeconds === 0 ? { allowed: true } : { allowed: false, retryAfterSeconds };
  }

  async refund(key: string): Promise<void> {
    await REFUND.run(this.options.redis, [this.keyOf(key)], this.args(), this.deadlineMs).catch(() => {});
  }

  private keyOf(key: string): string {
    return `${this.options.prefix}${key}`;
  }

  private args(): number[] {
    return [this.options.capacity, this.options.refillPerSecond, this.options.now?.() ?? -1];
  }
}
