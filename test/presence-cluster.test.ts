import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Redis } from 'ioredis';
import type { UserPresenceChange } from '../src/core/presence/presence-store.js';
import {
  PRESENCE_HEARTBEAT_MS,
  PRESENCE_SWEEP_MS,
  PRESENCE_TTL_MS,
  type RedisPresenceOptions,
  RedisPresenceStore,
} from '../src/core/presence/redis-presence-store.js';
import {
  connectRedis,
  dropPrefix,
  keysUnder,
  REDIS_URL,
  silentLog,
  uniquePrefix,
} from './helpers/presence-redis.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// A node in these tests heartbeats only when it starts: its death is then the deletion of that heartbeat,
// exactly what its expiry does, with no timer to wait for.
const NEVER = 3_600_000;

const conn = (n: number, node: string) => ({ id: `c-${node}-${n}`, userId: `u${n}`, username: `user${n}` });
const summary = (changes: UserPresenceChange[]) =>
  changes.map((c) => [c.userId, c.username, c.before?.state ?? null, c.after?.state ?? null]).sort();

describe('presence across nodes sharing Redis', () => {
  let redis: Redis;
  let prefix: string;
  const started: RedisPresenceStore[] = [];
  const others: Redis[] = [];

  async function node(
    options: Partial<RedisPresenceOptions> = {},
    onSwept = (_: UserPresenceChange[]) => {},
    client = redis,
  ) {
    const store = new RedisPresenceStore(client, {
      prefix,
      log: silentLog,
      heartbeatMs: NEVER,
      sweepMs: NEVER,
      ...options,
    });
    await store.start(onSwept);
    started.push(store);
    return store;
  }

  const die = (store: RedisPresenceStore) => redis.del(`${prefix}node:${store.nodeId}:alive`);

  beforeEach(async () => {
    redis = await connectRedis();
    prefix = uniquePrefix('presence-cluster');
  });
  afterEach(async () => {
    for (const store of started.splice(0)) await store.stop();
    for (const client of others.splice(0)) client.disconnect();
    await dropPrefix(redis, prefix);
    redis.disconnect();
  });

  it('keeps the heartbeat TTL plus the sweep interval well under the 30 s a ghost may last', () => {
    assert.ok(PRESENCE_TTL_MS + PRESENCE_SWEEP_MS <= 20_000);
    assert.ok(PRESENCE_HEARTBEAT_MS * 3 <= PRESENCE_TTL_MS, 'two missed renewals do not kill a live node');
  });

  it('shows a connection held by one node to every other node', async () => {
    const a = await node();
    const b = await node();
    await a.addConnection(conn(1, 'a'), true, 1000);
    assert.deepEqual(await b.get(['u1']), [
      { userId: 'u1', username: 'user1', activity: { state: 'online', since: 1000, automatic: true } },
    ]);
    assert.deepEqual(
      (await b.visible()).map((u) => u.userId),
      ['u1'],
    );
    await b.addConnection({ ...conn(1, 'b') }, true, 2000);
    assert.equal((await a.removeConnection('c-a-1', 'u1')).remaining, 1);
  });

  it('hands a connection resumed on another node to that node: the first one’s late removal leaves it be', async () => {
    const a = await node();
    const b = await node();
    const resumed = { id: 'c-resumed', userId: 'u7', username: 'user7' };
    await a.addConnection(resumed, true, 1000);
    // Connection-state recovery keeps the connection's id: node b files it before node a notices the drop.
    await b.addConnection(resumed, true, 2000);
    const late = await a.removeConnection('c-resumed', 'u7');
    assert.equal(late.remaining, 1);
    assert.equal(late.after?.state, 'online');
    // Nor does a sweep of node a, dead, take it.
    await die(a);
    assert.deepEqual(await b.sweep(), []);
    assert.equal((await b.get(['u7'])).length, 1);
    assert.equal((await b.removeConnection('c-resumed', 'u7')).remaining, 0);
  });

  it('leaves the connections of a node whose heartbeat is alive', async () => {
    const a = await node();
    const b = await node();
    await a.addConnection(conn(1, 'a'), true, 1000);
    assert.deepEqual(await b.sweep(), []);
    assert.equal((await b.get(['u1'])).length, 1);
  });

  it('reports each user of a dead node offline exactly once when two nodes sweep at the same time', async () => {
    const a = await node();
    const b = await node({ sweepBatch: 2 });
    // Its own connection, as another process has: its scripts reach Redis independently of b's.
    const own = await connectRedis();
    others.push(own);
    const c = await node({ sweepBatch: 2 }, undefined, own);
    for (let n = 1; n <= 7; n++) await a.addConnection(conn(n, 'a'), n !== 5, 1000);
    await a.addConnection({ ...conn(1, 'a'), id: 'c-a-1b' }, true, 1000);
    await a.setActivity('u6', { state: 'busy', since: 1100, automatic: false });
    await b.addConnection(conn(7, 'b'), true, 1000);
    await die(a);

    const [byB, byC] = await Promise.all([b.sweep(), c.sweep()]);
    assert.deepEqual(summary([...byB, ...byC]), [
      ['u1', 'user1', 'online', null],
      ['u2', 'user2', 'online', null],
      ['u3', 'user3', 'online', null],
      ['u4', 'user4', 'online', null],
      ['u6', 'user6', 'busy', null],
    ]);
    // u5 was connected invisibly: it leaves no visible change; u7 still has a connection on b.
    assert.deepEqual(
      (await c.get(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'])).map((u) => u.userId),
      ['u7'],
    );
    assert.deepEqual([...(await b.sweep()), ...(await c.sweep())], []);
    assert.deepEqual(
      (await keysUnder(redis, prefix)).filter((k) => k.includes(a.nodeId)),
      [],
    );
  });

  it('leaves a dead node to the node that claimed it, and takes over once that claim expires', async () => {
    const a = await node();
    const b = await node();
    await a.addConnection(conn(1, 'a'), true, 1000);
    await die(a);
    const claim = `${prefix}node:${a.nodeId}:sweeper`;
    await redis.set(claim, 'a-sweeper-that-died', 'PX', NEVER);
    assert.deepEqual(await b.sweep(), []);
    assert.equal((await b.get(['u1'])).length, 1);
    await redis.del(claim);
    assert.deepEqual(summary(await b.sweep()), [['u1', 'user1', 'online', null]]);
  });

  it('does not bring back the connections of a node that restarted under a new id', async () => {
    const before = await node();
    await before.addConnection(conn(1, 'old'), true, 1000);
    await before.addConnection(conn(2, 'old'), true, 1000);
    await die(before);

    const swept: UserPresenceChange[] = [];
    const after = await node({}, (changes) => swept.push(...changes));
    assert.notEqual(after.nodeId, before.nodeId);
    assert.deepEqual(summary(swept), [
      ['u1', 'user1', 'online', null],
      ['u2', 'user2', 'online', null],
    ]);
    assert.deepEqual(await after.addConnection(conn(1, 'new'), true, 5000), {
      before: null,
      after: { state: 'online', since: 5000, automatic: true },
    });
    assert.deepEqual(await after.removeConnection('c-new-1', 'u1'), {
      before: { state: 'online', since: 5000, automatic: true },
      after: null,
      remaining: 0,
    });
  });

  it('files a live node’s connections again when Redis lost them, announcing who is back', async () => {
    const back: UserPresenceChange[] = [];
    let refiled: () => void = () => {};
    const announced = new Promise<void>((resolve) => {
      refiled = resolve;
    });
    const a = await node({ heartbeatMs: 20, now: () => 9000 }, (changes) => {
      back.push(...changes);
      refiled();
    });
    await a.addConnection(conn(1, 'a'), true, 1000);
    await a.addConnection({ ...conn(1, 'a'), id: 'c-a-1b' }, false, 1000);
    await a.addConnection(conn(2, 'a'), false, 1000);
    await a.addConnection(conn(3, 'a'), true, 1000);
    await a.removeConnection('c-a-3', 'u3');
    // What a Redis restarted without its data looks like to the node: every key gone in one step.
    await redis.del(...(await keysUnder(redis, prefix)));
    await announced;

    assert.deepEqual(summary(back), [['u1', 'user1', null, 'online']]);
    const b = await node();
    assert.deepEqual(
      (await b.get(['u1', 'u2', 'u3'])).map((u) => [u.userId, u.activity?.since ?? null]),
      [
        ['u1', 9000],
        ['u2', null],
      ],
    );
    assert.deepEqual(await a.removeConnection('c-a-1b', 'u1'), {
      before: { state: 'online', since: 9000, automatic: true },
      after: { state: 'online', since: 9000, automatic: true },
      remaining: 1,
    });
  });

  it('shows a user offline everywhere within 30 s of their process dying', async function () {
    this.timeout(45_000);
    const swept: UserPresenceChange[] = [];
    let sweptAll: () => void = () => {};
    const allSwept = new Promise<void>((resolve) => {
      sweptAll = resolve;
    });
    // The watching node runs with the production timings: that is what the 30 s promise rests on.
    const watcher = await node(
      { heartbeatMs: PRESENCE_HEARTBEAT_MS, sweepMs: PRESENCE_SWEEP_MS },
      (changes) => {
        swept.push(...changes);
        if (swept.length >= 2) sweptAll();
      },
    );
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(HERE, 'helpers', 'presence-node.ts'), 'u1:ada', 'u2:bob'],
      { env: { ...process.env, REDIS_URL, PRESENCE_PREFIX: prefix }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
    const { nodeId } = JSON.parse(line) as { nodeId: string };
    assert.deepEqual(
      (await watcher.get(['u1', 'u2'])).map((u) => u.username),
      ['ada', 'bob'],
    );

    const killedAt = Date.now();
    child.kill('SIGKILL');
    await once(child, 'exit');
    const deadline = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('still online 30 s after their process died')), 30_000).unref(),
    );
    await Promise.race([allSwept, deadline]);
    console.log(`      (ghosts cleared ${((Date.now() - killedAt) / 1000).toFixed(1)} s after SIGKILL)`);
    assert.deepEqual(summary(swept), [
      ['u1', 'ada', 'online', null],
      ['u2', 'bob', 'online', null],
    ]);
    assert.deepEqual(await watcher.get(['u1', 'u2']), []);
    assert.deepEqual(
      (await keysUnder(redis, prefix)).filter((k) => k.includes(nodeId)),
      [],
    );
  });
});
