import assert from 'node:assert/strict';
import { createRedisClient } from '../../src/cluster/redis.js';
import { ApiError } from '../../src/core/errors.js';
import { RedisBroker, type RedisBrokerOptions } from '../../src/core/fanout/redis-broker.js';
import { createLogger } from '../../src/logger.js';
import {
  type PrivateRedis,
  requireSharedRedis,
  SHARED_REDIS_URL,
  startPrivateRedis,
  uniquePrefix,
} from '../helpers/redis-server.js';
import { LogCapture } from '../helpers/server.js';
import { freePort } from '../helpers/server-process.js';

/** Collects what a subscription receives, and waits for a count of messages. */
class Inbox {
  readonly messages: string[] = [];
  private waiter: { count: number; resolve: () => void } | undefined;

  readonly push = (message: string) => {
    this.messages.push(message);
    if (this.waiter && this.messages.length >= this.waiter.count) this.waiter.resolve();
  };

  async until(count: number): Promise<string[]> {
    if (this.messages.length < count)
      await new Promise<void>((resolve) => {
        this.waiter = { count, resolve };
      });
    return this.messages;
  }
}

/** Resolves when the broker's health becomes `healthy` (at once when it already is). */
function health(broker: RedisBroker, healthy: boolean): Promise<void> {
  if (broker.healthy === healthy) return Promise.resolve();
  return new Promise((resolve) => {
    const off = broker.onStateChange((now) => {
      if (now !== healthy) return;
      off();
      resolve();
    });
  });
}

function isUnavailable(err: unknown): boolean {
  assert.ok(err instanceof ApiError);
  assert.equal(err.code, 'UNAVAILABLE');
  assert.match(err.message, /the cluster's Redis is unreachable/);
  return true;
}

describe('Redis broker', () => {
  const brokers: RedisBroker[] = [];
  const logs = new LogCapture();
  const log = createLogger({ logLevel: 'debug' }, logs);
  const connect = async (options: Partial<RedisBrokerOptions> & { prefix: string }) => {
    const broker = await RedisBroker.connect({ url: SHARED_REDIS_URL, log, ...options });
    brokers.push(broker);
    return broker;
  };

  afterEach(async () => {
    await Promise.all(brokers.splice(0).map((broker) => broker.close()));
  });

  describe('on the machine’s Redis', () => {
    before(requireSharedRedis);

    it('delivers a publish to every subscribed process, the publisher included', async () => {
      const prefix = uniquePrefix('broker');
      const [a, b] = [await connect({ prefix }), await connect({ prefix })];
      const [inboxA, inboxB] = [new Inbox(), new Inbox()];
      await a.subscribe('room:1', inboxA.push);
      await b.subscribe('room:1', inboxB.push);
      await a.publish('room:1', 'hello');
      assert.deepEqual(await inboxA.until(1), ['hello']);
      assert.deepEqual(await inboxB.until(1), ['hello']);
    });

    it('keeps one publisher’s messages in the order it published them', async () => {
      const prefix = uniquePrefix('broker');
      const [a, b] = [await connect({ prefix }), await connect({ prefix })];
      const inbox = new Inbox();
      await b.subscribe('room:1', inbox.push);
      const sent = Array.from({ length: 2000 }, (_, i) => String(i));
      await Promise.all(sent.map((message) => a.publish('room:1', message)));
      assert.deepEqual(await inbox.until(sent.length), sent);
    });

    it('keeps channels apart, and deployments with another prefix apart', async () => {
      const prefix = uniquePrefix('broker');
      const [a, other] = [await connect({ prefix }), await connect({ prefix: uniquePrefix('other') })];
      const [inbox, otherInbox, elsewhere] = [new Inbox(), new Inbox(), new Inbox()];
      await a.subscribe('room:2', elsewhere.push);
      await other.subscribe('room:1', otherInbox.push);
      await a.subscribe('room:1', inbox.push);
      await other.publish('room:1', 'other deployment');
      await a.publish('room:1', 'mine');
      // Each connection's messages arrive in order, so once `mine` is in, an earlier stray would be too.
      assert.deepEqual(await inbox.until(1), ['mine']);
      assert.deepEqual(await otherInbox.until(1), ['other deployment']);
      assert.deepEqual(elsewhere.messages, []);
    });

    it('delivers to every subscriber of a channel even when one of them throws', async () => {
      const broker = await connect({ prefix: uniquePrefix('broker') });
      const inbox = new Inbox();
      await broker.subscribe('room:1', () => {
        throw new Error('a faulty subscriber');
      });
      await broker.subscribe('room:1', inbox.push);
      await broker.publish('room:1', 'still delivered');
      assert.deepEqual(await inbox.until(1), ['still delivered']);
      assert.ok(logs.lines.some((line) => line.msg === 'a broker subscriber threw'));
    });

    it('reports itself unhealthy once closed, and refuses to publish', async () => {
      const broker = await connect({ prefix: uniquePrefix('broker') });
      assert.equal(broker.healthy, true);
      await broker.close();
      assert.equal(broker.healthy, false);
      await assert.rejects(broker.publish('room:1', 'late'), isUnavailable);
    });
  });

  describe('when Redis goes away (a redis-server of its own)', () => {
    let redis: PrivateRedis;

    before(async () => {
      redis = await startPrivateRedis();
    });
    after(async () => {
      await redis?.close();
    });
    afterEach(async () => {
      await redis.start();
    });

    it('refuses to publish or subscribe with UNAVAILABLE while Redis is down, rather than waiting', async () => {
      const broker = await connect({ url: redis.url, prefix: uniquePrefix('down') });
      const down = health(broker, false);
      await redis.stop();
      await down;
      await assert.rejects(broker.publish('room:1', 'lost'), isUnavailable);
      await assert.rejects(
        broker.subscribe('room:1', () => {}),
        isUnavailable,
      );
    });

    it('settles every publish under way when Redis dies, none left waiting', async () => {
      const broker = await connect({ url: redis.url, prefix: uniquePrefix('inflight') });
      const sent = Array.from({ length: 5000 }, (_, i) => broker.publish('room:1', String(i)));
      await redis.stop();
      const settled = await Promise.allSettled(sent);
      for (const result of settled) if (result.status === 'rejected') isUnavailable(result.reason);
    });

    it('refuses a publish that Redis, hung, does not answer within the command timeout', async () => {
      const broker = await connect({ url: redis.url, prefix: uniquePrefix('hung'), commandTimeoutMs: 300 });
      redis.pause();
      try {
        await assert.rejects(broker.publish('room:1', 'unanswered'), isUnavailable);
      } finally {
        redis.resume();
      }
    });

    it('subscribes again after Redis restarts, and says when it is healthy again', async () => {
      const prefix = uniquePrefix('restart');
      const [a, b] = [await connect({ url: redis.url, prefix }), await connect({ url: redis.url, prefix })];
      const [inboxA, inboxB] = [new Inbox(), new Inbox()];
      await a.subscribe('room:1', inboxA.push);
      await b.subscribe('room:1', inboxB.push);
      await a.publish('room:1', 'before');
      await inboxB.until(1);

      const states: boolean[] = [];
      b.onStateChange((healthy) => states.push(healthy));
      const downs = [health(a, false), health(b, false)];
      await redis.stop();
      await Promise.all(downs);
      await redis.start();
      await Promise.all([health(a, true), health(b, true)]);

      await a.publish('room:1', 'after');
      assert.deepEqual(await inboxA.until(2), ['before', 'after']);
      assert.deepEqual(await inboxB.until(2), ['before', 'after']);
      assert.deepEqual(states, [false, true]);
    });

    it('forgets a subscription Redis refused, so it can be made again once Redis is back', async () => {
      const broker = await connect({ url: redis.url, prefix: uniquePrefix('refused') });
      const down = health(broker, false);
      await redis.stop();
      await down;
      const lost = new Inbox();
      await assert.rejects(broker.subscribe('room:1', lost.push), isUnavailable);
      await redis.start();
      await health(broker, true);
      const inbox = new Inbox();
      await broker.subscribe('room:1', inbox.push);
      await broker.publish('room:1', 'back');
      assert.deepEqual(await inbox.until(1), ['back']);
      assert.deepEqual(lost.messages, []);
    });

    it('gives up connecting with a message naming the Redis that did not answer', async () => {
      const port = await freePort();
      await assert.rejects(
        RedisBroker.connect({
          url: `redis://127.0.0.1:${port}`,
          prefix: uniquePrefix('absent'),
          log,
          connectTimeoutMs: 500,
        }),
        new RegExp(`^Error: Redis at redis://127.0.0.1:${port} did not answer within 500 ms$`),
      );
    });

    it('logs an outage once when it starts and once when it ends, not at every retry', async () => {
      const outage = new LogCapture();
      const client = createRedisClient(redis.url, {
        role: 'probe',
        log: createLogger({ logLevel: 'debug' }, outage),
      });
      try {
        // events.once would reject on the 'error' events a refused reconnection emits.
        const next = (event: string) => new Promise((resolve) => client.once(event, resolve));
        await next('ready');
        await redis.stop();
        for (let retry = 0; retry < 4; retry++) await next('reconnecting');
        await redis.start();
        await next('ready');
        assert.deepEqual(
          outage.lines.map((line) => line.msg),
          ['Redis connection lost; retrying', 'Redis reachable again'],
        );
      } finally {
        client.disconnect();
      }
    });
  });
});
