import assert from 'node:assert/strict';
import type { Redis } from 'ioredis';
import { ApiError } from '../../src/core/errors.js';
import { asyncRateLimiter, fallingBackToLocal } from '../../src/core/limits/async-rate-limiter.js';
import { ConnectionLimiter } from '../../src/core/limits/connection-limits.js';
import { type ConnectionSlots, MemoryConnectionSlots } from '../../src/core/limits/connection-slots.js';
import { TokenBucketLimiter } from '../../src/core/limits/rate-limiter.js';
import { RedisConnectionSlots } from '../../src/core/limits/redis-connection-slots.js';
import { RedisTokenBucket } from '../../src/core/limits/redis-token-bucket.js';
import { createLogger } from '../../src/logger.js';
import { dropPrefix } from '../helpers/presence-redis.js';
import { startPrivateRedis, uniquePrefix } from '../helpers/redis-server.js';
import { clusterClient } from './redis.js';

const quiet = createLogger({ logLevel: 'silent' });
const memoryBucket = () => asyncRateLimiter(new TokenBucketLimiter({ capacity: 1000, refillPerSecond: 1 }));
const ada = { userId: 'ada', accountId: 'acc' };

function limiter(slots: ConnectionSlots, evicted: string[] = [], buckets = memoryBucket) {
  return new ConnectionLimiter({
    maxConnections: 0,
    maxClusterConnections: 10,
    maxUnauthenticatedPerAddress: 2,
    addressLimiter: buckets(),
    userLimiter: buckets(),
    maxPerUser: 1,
    perUserPolicy: 'replace',
    plans: new Map([['free', 0]]),
    defaultPlan: 'free',
    slots,
    evict: (ids) => evicted.push(...ids),
  });
}

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof ApiError, String(err));
    return err;
  }
  throw new Error('it was admitted');
}

describe('limits: connection limits over their slots', () => {
  let redis: Redis;
  let prefix: string;
  const made: RedisConnectionSlots[] = [];
  before(async () => {
    redis = await clusterClient();
  });
  afterEach(async () => {
    for (const slots of made.splice(0)) await slots.close();
    await dropPrefix(redis, prefix);
  });
  after(() => redis.disconnect());

  const kinds: [string, () => Promise<ConnectionSlots>][] = [
    ['in memory', async () => new MemoryConnectionSlots()],
    [
      'in Redis',
      async () => {
        const slots = new RedisConnectionSlots({ redis, prefix, log: quiet });
        await slots.register();
        made.push(slots);
        return slots;
      },
    ],
  ];
  beforeEach(() => {
    prefix = uniquePrefix('limiter');
  });

  for (const [kind, makeSlots] of kinds) {
    describe(kind, () => {
      it('keeps no slot for a connection released while it was being opened or admitted', async () => {
        const slots = await makeSlots();
        const limits = limiter(slots);
        const opening = limits.opened('c1', 'raw', '10.0.0.1');
        void limits.release('c1');
        assert.equal((await refusal(opening)).code, 'UNAVAILABLE');

        await limits.opened('c2', 'raw', '10.0.0.1');
        const admitting = refusal(limits.authenticated('c2', ada, undefined));
        await limits.release('c2');
        assert.equal((await admitting).code, 'UNAVAILABLE');
        for (const scope of ['global', 'address:10.0.0.1', 'user:ada', 'account:acc'])
          assert.equal(await slots.count(scope), 0, scope);
        assert.deepEqual(limits.counts(), { socketio: 0, raw: 0, sse: 0 });
      });

      it('moves an admitted connection from its address’s count to its user’s, and replaces the oldest', async () => {
        const slots = await makeSlots();
        const evicted: string[] = [];
        const limits = limiter(slots, evicted);
        await limits.opened('c1', 'socketio', '10.0.0.1');
        await limits.opened('c2', 'raw', '10.0.0.1');
        assert.equal((await refusal(limits.opened('c3', 'raw', '10.0.0.1'))).code, 'CONNECTION_LIMIT');
        await limits.authenticated('c1', ada, undefined);
        assert.equal(await slots.count('address:10.0.0.1'), 1);
        await limits.authenticated('c2', ada, undefined);
        assert.deepEqual(evicted, ['c1']);
        const counts = await limits.accountCounts('acc', ['ada']);
        assert.deepEqual([counts.total, counts.byUser.get('ada')], [1, 1]);
      });
    });
  }

  it('refuses with UNAVAILABLE, promptly and keeping nothing, while Redis is away; throughput limits count locally', async function () {
    this.timeout(30_000);
    const own = await startPrivateRedis();
    const client = await clusterClient(own.url);
    try {
      const slots = new RedisConnectionSlots({ redis: client, prefix, log: quiet });
      await slots.register();
      const bucket = () =>
        new RedisTokenBucket({ redis: client, prefix: `${prefix}rate:`, capacity: 10, refillPerSecond: 1 });
      const limits = limiter(slots, [], bucket);
      await limits.opened('c1', 'raw', '10.0.0.1');
      await own.stop();
      const refused = await refusal(limits.opened('c2', 'raw', '10.0.0.1'));
      assert.equal(refused.code, 'UNAVAILABLE');
      assert.ok(refused.retryAfterSeconds, 'it says when to try again');
      assert.equal((await refusal(limits.authenticated('c1', ada, undefined))).code, 'UNAVAILABLE');
      assert.deepEqual(limits.counts(), { socketio: 0, raw: 1, sse: 0 });
      await limits.release('c1');

      // A throughput limit counts in this process meanwhile: it still refuses past its budget.
      const messages = fallingBackToLocal(
        bucket(),
        new TokenBucketLimiter({ capacity: 2, refillPerSecond: 1 }),
      );
      assert.deepEqual(await Promise.all([1, 2, 3].map(() => messages.take('ada'))), [
        { allowed: true },
        { allowed: true },
        { allowed: false, retryAfterSeconds: 1 },
      ]);
    } finally {
      client.disconnect();
      await own.close();
    }
  });
});
