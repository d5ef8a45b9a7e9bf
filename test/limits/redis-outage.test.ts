import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { Redis } from 'ioredis';
import { ApiError } from '../../src/core/errors.js';
import { RedisConnectionSlots } from '../../src/core/limits/redis-connection-slots.js';
import { RedisTokenBucket } from '../../src/core/limits/redis-token-bucket.js';
import { cutProxy } from '../helpers/cut-proxy.js';
import { silentLog } from '../helpers/presence-redis.js';
import { type PrivateRedis, startPrivateRedis } from '../helpers/redis-server.js';
import { clusterClient } from './redis.js';

const isUnavailable = (err: unknown) => err instanceof ApiError && err.code === 'UNAVAILABLE';
const global = { name: 'global', cap: 10 };

/**
 * Resolves when the client is ready again. Not `events.once`: that rejects at the first `error` event, and
 * ioredis emits one for every refused reconnection while Redis is down, which on a busy machine, where
 * redis-server takes a while to start, comes before `ready`.
 */
function readyAgain(client: Redis): Promise<void> {
  return new Promise((resolve) => client.once('ready', () => resolve()));
}

describe('limits: Redis away', () => {
  let server: PrivateRedis;
  let redis: Redis;
  let admin: Redis;
  let bucket: RedisTokenBucket;
  let slots: RedisConnectionSlots;
  const lost: string[][] = [];

  before(async () => {
    server = await startPrivateRedis();
    redis = await clusterClient(server.url);
    admin = await clusterClient(server.url);
    bucket = new RedisTokenBucket({ redis, prefix: 'rate:', capacity: 2, refillPerSecond: 1 / 60 });
    slots = new RedisConnectionSlots({
      redis,
      prefix: 'slots:',
      log: silentLog,
      onLost: (ids) => lost.push(ids),
    });
    await slots.register();
  });
  after(async () => {
    redis.disconnect();
    admin.disconnect();
    await server.close();
  });

  it('releases a connection closed while Redis could not be told, at the next heartbeat', async () => {
    await slots.acquire('closed-meanwhile', [global]);
    const dropped = once(redis, 'close');
    await admin.client('KILL', 'ID', String(await redis.client('ID')));
    await dropped;
    await slots.release('closed-meanwhile');
    assert.equal(await admin.zcard('slots:scope:global'), 1, 'Redis could not be told yet');
    if (redis.status !== 'ready') await readyAgain(redis);
    await slots.heartbeat();
    assert.equal(await admin.zcard('slots:scope:global'), 0);
  });

  it('answers UNAVAILABLE promptly while Redis is stopped, and decides again once it is back', async () => {
    assert.deepEqual(await bucket.take('ann'), { allowed: true });
    assert.equal((await slots.acquire('c0', [global])).granted, true);
    assert.equal((await slots.acquire('c1', [global])).granted, true);

    await server.stop();
    await assert.rejects(bucket.take('ann'), isUnavailable);
    await assert.rejects(slots.acquire('c2', [global]), isUnavailable);
    await assert.rejects(slots.count('global'), isUnavailable);
    await slots.release('c0');
    await bucket.refund('ann');

    const ready = readyAgain(redis);
    await server.start();
    await ready;
    // Redis came back empty: scripts are sent again, buckets start full.
    assert.deepEqual(await bucket.take('ann'), { allowed: true });
    assert.deepEqual(await bucket.take('ann'), { allowed: true });
    assert.equal((await bucket.take('ann')).allowed, false);
  });

  it('takes its connections’ slots again once Redis restarted empty', async () => {
    assert.equal((await slots.acquire('c3', [global])).granted, true);
    assert.equal(
      await slots.count('global'),
      2,
      'c1, held from before the restart (c0 closed meanwhile), and c3',
    );
    assert.deepEqual(lost, []);
  });

  it('answers UNAVAILABLE within its deadline when Redis stops answering without closing the connection', async function () {
    // The client's own command timeout is 5 s: only the limit's deadline answers before this one.
    this.timeout(4000);
    const proxy = await cutProxy(server.port);
    const silent = await clusterClient(proxy.url.replace('http:', 'redis:'));
    try {
      const stalled = new RedisTokenBucket({
        redis: silent,
        prefix: 'rate:',
        capacity: 2,
        refillPerSecond: 1 / 60,
        deadlineMs: 200,
      });
      assert.deepEqual(await stalled.take('bob'), { allowed: true });
      proxy.cut();
      await assert.rejects(stalled.take('bob'), isUnavailable);
    } finally {
      silent.disconnect();
      await proxy.close();
    }
  });
});
