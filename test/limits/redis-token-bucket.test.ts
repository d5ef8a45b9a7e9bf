import assert from 'node:assert/strict';
import type { Redis } from 'ioredis';
import { type AsyncRateLimiter, asyncRateLimiter } from '../../src/core/limits/async-rate-limiter.js';
import { type RateDecision, TokenBucketLimiter } from '../../src/core/limits/rate-limiter.js';
import { RedisTokenBucket } from '../../src/core/limits/redis-token-bucket.js';
import { dropPrefix, keysUnder } from '../helpers/presence-redis.js';
import { uniquePrefix } from '../helpers/redis-server.js';
import { clusterClient } from './redis.js';

const refused = (retryAfterSeconds: number): RateDecision => ({ allowed: false, retryAfterSeconds });
const allowed: RateDecision = { allowed: true };

describe('limits: the token bucket in Redis', () => {
  let redis: Redis;
  let other: Redis;
  const prefix = uniquePrefix('rate');
  let n = 0;

  before(async () => {
    redis = await clusterClient();
    other = await clusterClient();
  });
  after(async () => {
    await dropPrefix(redis, prefix);
    redis.disconnect();
    other.disconnect();
  });

  /** Each limiter its own prefix, so the cases below start from empty buckets. */
  const redisBucket = (capacity: number, refillPerSecond: number, now?: () => number, client = redis) =>
    new RedisTokenBucket({ redis: client, prefix: `${prefix}${n++}:`, capacity, refillPerSecond, now });

  const kinds: [string, (capacity: number, refill: number, now: () => number) => AsyncRateLimiter][] = [
    [
      'in memory',
      (capacity, refillPerSecond, now) =>
        asyncRateLimiter(new TokenBucketLimiter({ capacity, refillPerSecond, now })),
    ],
    ['in Redis', (capacity, refillPerSecond, now) => redisBucket(capacity, refillPerSecond, now)],
  ];

  for (const [kind, make] of kinds) {
    describe(`the same decisions ${kind}`, () => {
      let clock = 1_000_000;
      const now = () => clock;

      it('allows a burst of its capacity, then says when one more is regained', async () => {
        const limiter = make(3, 0.5, now);
        for (let i = 0; i < 3; i++) assert.deepEqual(await limiter.take('a'), allowed);
        assert.deepEqual(await limiter.take('a'), refused(2));
        clock += 1000;
        assert.deepEqual(await limiter.take('a'), refused(1));
        clock += 1000;
        assert.deepEqual(await limiter.take('a'), allowed);
        assert.deepEqual(await limiter.take('a'), refused(2));
      });

      it('answers a retry after one second at least, however fast it refills', async () => {
        const limiter = make(1, 2, now);
        await limiter.take('a');
        assert.deepEqual(await limiter.take('a'), refused(1));
      });

      it('regains its capacity and no more after a long quiet', async () => {
        const limiter = make(2, 2 / 900, now);
        await limiter.take('a');
        await limiter.take('a');
        clock += 3_600_000;
        assert.deepEqual(await limiter.take('a'), allowed);
        assert.deepEqual(await limiter.take('a'), allowed);
        assert.deepEqual(await limiter.take('a'), refused(450));
      });

      it('keeps one budget per key', async () => {
        const limiter = make(1, 1 / 60, now);
        assert.deepEqual(await limiter.take('a'), allowed);
        assert.deepEqual(await limiter.take('b'), allowed);
        assert.deepEqual(await limiter.take('a'), refused(60));
      });

      it('takes a refund back, never past its capacity, and ignores one for an unknown key', async () => {
        const limiter = make(2, 1 / 60, now);
        await limiter.refund('a');
        await limiter.take('a');
        await limiter.take('a');
        await limiter.refund('a');
        assert.deepEqual(await limiter.take('a'), allowed);
        assert.deepEqual(await limiter.take('a'), refused(60));
        await limiter.refund('a');
        await limiter.refund('a');
        await limiter.refund('a');
        assert.deepEqual(await limiter.take('a'), allowed);
        assert.deepEqual(await limiter.take('a'), allowed);
        assert.deepEqual(await limiter.take('a'), refused(60));
      });
    });
  }

  it('decides as the in-memory limiter does over a long random run of takes, refunds and waits', async () => {
    let clock = 5_000_000;
    const now = () => clock;
    // Slow enough that no bucket expires in Redis's real time while this test's clock stands still.
    const memory = asyncRateLimiter(new TokenBucketLimiter({ capacity: 5, refillPerSecond: 0.07, now }));
    const shared = redisBucket(5, 0.07, now);
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let step = 0; step < 400; step++) {
      const key = `k${Math.floor(random() * 3)}`;
      const roll = random();
      if (roll < 0.6) assert.deepEqual(await shared.take(key), await memory.take(key), `step ${step}`);
      else if (roll < 0.75) await Promise.all([shared.refund(key), memory.refund(key)]);
      else clock += Math.floor(random() * 30_000);
    }
  });

  it('shares one budget between two processes’ limiters', async () => {
    const prefixOfBoth = `${prefix}shared:`;
    const options = { prefix: prefixOfBoth, capacity: 3, refillPerSecond: 1 / 3600 };
    const one = new RedisTokenBucket({ redis, ...options });
    const two = new RedisTokenBucket({ redis: other, ...options });
    assert.deepEqual(await one.take('user'), allowed);
    assert.deepEqual(await two.take('user'), allowed);
    assert.deepEqual(await one.take('user'), allowed);
    assert.equal((await two.take('user')).allowed, false);
    assert.equal((await one.take('user')).allowed, false);
    await two.refund('user');
    assert.deepEqual(await one.take('user'), allowed);
  });

  it('gives the last tokens to exactly as many concurrent takers as there are tokens', async () => {
    const options = { prefix: `${prefix}race:`, capacity: 5, refillPerSecond: 1 / 3600 };
    const one = new RedisTokenBucket({ redis, ...options });
    const two = new RedisTokenBucket({ redis: other, ...options });
    const decisions = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? one : two).take('hot')),
    );
    assert.equal(decisions.filter((d) => d.allowed).length, 5);
  });

  it('keeps a key only until its bucket is full again', async () => {
    const limiter = redisBucket(2, 1 / 60);
    const key = `${prefix}${n - 1}:a`;
    await limiter.take('a');
    const ttl = await redis.pttl(key);
    assert.ok(ttl > 0 && ttl <= 60_000, `expires when full again, within 60 s (PTTL ${ttl})`);
    await limiter.refund('a');
    assert.equal(await redis.exists(key), 0, 'a bucket refunded to full is forgotten at once');
    assert.equal((await keysUnder(redis, `${prefix}${n - 1}:`)).length, 0);
  });
});
