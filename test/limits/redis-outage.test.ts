import assert from 'node:assert/strict';
import { Redis } from 'ioredis';
import { ApiError } from '../../src/core/errors.js';
import { RedisConnectionSlots } from '../../src/core/limits/redis-connection-slots.js';
import { RedisTokenBucket } from '../../src/core/limits/redis-token-bucket.js';
import { createLogger } from '../../src/logger.js';
import { type PrivateRedis, privateRedis } from './redis.js';

const isUnavailable = (err: unknown) => err instanceof ApiError && err.code === 'UNAVAILABLE';

describe('limits: Redis stopped and started again', () => {
  let server: PrivateRedis;
  let redis: Redis;
  let bucket: RedisTokenBucket;
  let slots: RedisConnectionSlots;
  const lost: string[][] = [];

  before(async () => {
    server = await privateRedis();
    // The client's defaults: it queues commands while disconnected and retries, so only the limits'
    // own deadline keeps a call from waiting for Redis to come back.
    redis = new Redis(`redis://127.0.0.1:${server.port}`);
    redis.on('error', () => {});
    bucket = new RedisTokenBucket({
      redis,
      prefix: 'rate:',
      capacity: 2,
      refillPerSecond: 1 / 60,
      deadlineMs: 300,
    });
    slots = new RedisConnectionSlots({
      redis,
      prefix: 'slots:',
      log: createLogger({ logLevel: 'silent' }),
      deadlineMs: 300,
      onLost: (ids) => lost.push(ids),
    });
    await slots.register();
  });
  after(async () => {
    redis.disconnect();
    await server.stop();
  });

  it('answers UNAVAILABLE promptly while Redis is away, and decides again once it is back', async function () {
    // Bounded by the test's own timeout: a limit that waited for Redis would exceed it.
    this.timeout(5000);
    assert.deepEqual(await bucket.take('ann'), { allowed: true });
    assert.equal((await slots.acquire('c0', [{ name: 'global', cap: 10 }])).granted, true);
    assert.equal((await slots.acquire('c1', [{ name: 'global', cap: 10 }])).granted, true);

    await server.stop();
    await assert.rejects(bucket.take('ann'), isUnavailable);
    await assert.rejects(slots.acquire('c2', [{ name: 'global', cap: 10 }]), isUnavailable);
    await assert.rejects(slots.release('c0'), isUnavailable);
    await assert.rejects(slots.count('global'), isUnavailable);
    await bucket.refund('ann');

    const ready = new Promise((resolve) => redis.once('ready', resolve));
    await server.restart();
    await ready;
    // Redis came back empty: scripts are loaded again, buckets start full.
    assert.deepEqual(await bucket.take('ann'), { allowed: true });
    assert.deepEqual(await bucket.take('ann'), { allowed: true });
    assert.equal((await bucket.take('ann')).allowed, false);
  });

  it('takes its connections’ slots again when Redis restarted empty, under a new node id', async () => {
    const former = slots.nodeId;
    assert.equal((await slots.acquire('c3', [{ name: 'global', cap: 10 }])).granted, true);
    assert.notEqual(slots.nodeId, former);
    assert.equal(
      await slots.count('global'),
      2,
      'c1, held from before the restart (c0 closed meanwhile), and c3',
    );
    assert.deepEqual(lost, []);
  });
});
