import assert from 'node:assert/strict';
import { once } from 'node:events';
import knexPkg from 'knex';
import type { Health, HistoryPage, MessageReceipt } from '../../generated/types.js';
import { createRedisClient } from '../../src/cluster/redis.js';
import type { UserPresenceChange } from '../../src/core/presence/presence-store.js';
import { RedisPresenceStore } from '../../src/core/presence/redis-presence-store.js';
import { createLogger } from '../../src/logger.js';
import { type Cluster, startCluster } from '../helpers/cluster.js';
import { clusterClients } from '../helpers/cluster-clients.js';
import { registerUser, request, type TestUser } from '../helpers/http.js';
import { CLUSTER_DATABASE_URL } from '../helpers/postgres.js';
import { RawClient } from '../helpers/raw.js';
import { type PrivateRedis, startPrivateRedis } from '../helpers/redis-server.js';
import { type Connected, refusedConnect } from '../helpers/socket.js';

type Reply<T> = T | { error: { code: string; message: string; retryAfterSeconds?: number } };

/** Polls `probe` until it returns something, or fails naming `what` after `limitMs`. */
async function until<T>(what: string, limitMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const found = await probe().catch(() => undefined);
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function health(url: string): Promise<{ status: number; body: Health }> {
  const res = await fetch(`${url}/api/health`);
  return { status: res.status, body: (await res.json()) as Health };
}

/** Every message of a room, paging forward through REST. */
async function wholeHistory(url: string, token: string, room: string): Promise<HistoryPage['messages']> {
  const all: HistoryPage['messages'] = [];
  for (let after = 0; ; ) {
    const page = await request<HistoryPage>(
      { url },
      'GET',
      `/api/rooms/${room}/messages?after=${after}&limit=100`,
      {
        token,
      },
    );
    assert.equal(page.status, 200, JSON.stringify(page.body));
    all.push(...page.body.messages);
    if (!page.body.hasMore) return all;
    after = page.body.messages.at(-1)?.seq ?? after;
  }
}

/** Asserts that every acknowledged message is stored under its seq, and that the seqs run 1, 2, 3… */
function assertNothingLost(history: HistoryPage['messages'], acked: MessageReceipt[]): void {
  const stored = new Map(history.map((m) => [m.id, m.seq]));
  const lost = acked.filter((r) => stored.get(r.id) !== r.seq);
  assert.deepEqual(
    lost,
    [],
    `${lost.length} of ${acked.length} acknowledged messages are missing or renumbered`,
  );
  assert.deepEqual(
    history.map((m) => m.seq),
    Array.from({ length: history.length }, (_, i) => i + 1),
    'the sequence has no gaps',
  );
}

/** The activity state `viewer` sees for `user`, through the profile a process serves. */
async function stateOf(url: string, viewer: TestUser, user: TestUser): Promise<string | undefined> {
  const reply = await request<{ activity?: { state?: string } }>(
    { url },
    'GET',
    `/api/users/${user.profile.id}`,
    {
      token: viewer.token,
    },
  );
  return reply.body.activity?.state;
}

/** A process's log lines that mean something went wrong beyond the fault itself. */
function unexpectedErrors(cluster: Cluster): string[] {
  return cluster.nodes.flatMap((node) =>
    node.logs
      .filter((line) => line.level >= 50 && /uncaught|unhandled|request failed/i.test(line.msg))
      .map((line) => `[${node.index}] ${JSON.stringify(line)}`),
  );
}

/** The faults of issue 15: Redis stopped and restarted, a process killed, PostgreSQL connections dropped. */
describe('cluster faults: answered UNAVAILABLE while they last, healed afterwards, nothing acknowledged lost', function () {
  this.timeout(120_000);
  let cluster: Cluster;
  const { on, io, raw, closeAll } = clusterClients(() => cluster);

  beforeEach(async () => {
    // The cluster's Redis state is health's details.
    cluster = await startCluster({ size: 3, redis: 'private', env: { HEALTH_DETAILS: 'public' } });
  });
  afterEach(async function () {
    this.timeout(60_000);
    closeAll();
    if (this.currentTest?.state === 'failed')
      console.error(cluster?.dump().split('\n').slice(-80).join('\n'));
    await cluster?.close();
  });

  it('answers UNAVAILABLE while Redis is stopped, reports 503, and heals when it is back', async () => {
    const redis = cluster.redis;
    assert.ok(redis);
    const [ada, bob, cat, dan] = [
      await registerUser(on(0)),
      await registerUser(on(1)),
      await registerUser(on(2)),
      await registerUser(on(2)),
    ];
    const adaSocket = await io(0, ada);
    const bobSocket = await io(1, bob);
    const danSocket = await io(2, dan);
    const bobWs = await raw(1, bob);
    assert.equal((await bobWs.request({ type: 'join', data: 'outage' }, 'joined')).type, 'joined');
    for (const s of [adaSocket, bobSocket])
      await s.socket.timeout(5000).emitWithAck('join-room', { room: 'outage' });
    for (const i of [0, 1, 2]) {
      const { status, body } = await health(cluster.url(i));
      assert.equal(status, 200);
      assert.equal(body.cluster?.redis.ok, true, JSON.stringify(body));
    }

    const stoppedAt = Date.now();
    await redis.stop();
    for (const i of [0, 1, 2])
      await until(`process ${i} reports 503`, 10_000, async () =>
        (await health(cluster.url(i))).status === 503 ? true : undefined,
      );
    console.log(`      health 503 on all three ${Date.now() - stoppedAt} ms after Redis stopped`);

    // A presence change needs Redis: refused at once, with when to try again.
    const asked = Date.now();
    const refused = (await adaSocket.socket
      .timeout(5000)
      .emitWithAck('set-activity', { state: 'playing', game: { id: 'go', name: 'Go' } })) as Reply<object>;
    assert.ok(refused && typeof refused === 'object' && 'error' in refused, JSON.stringify(refused));
    assert.equal(refused.error.code, 'UNAVAILABLE');
    assert.match(refused.error.message, /Redis/);
    assert.equal(refused.error.retryAfterSeconds, 5);
    console.log(`      set-activity refused UNAVAILABLE in ${Date.now() - asked} ms`);
    const list = (await adaSocket.socket.timeout(5000).emitWithAck('get-activities', {})) as Reply<object>;
    assert.ok('error' in list, JSON.stringify(list));
    assert.equal(list.error.code, 'UNAVAILABLE');
    // Joining a room announces the member, which needs to know whether the user hides: refused too.
    const join = (await adaSocket.socket
      .timeout(5000)
      .emitWithAck('join-room', { room: 'later' })) as Reply<object>;
    assert.ok('error' in join, JSON.stringify(join));
    assert.equal(join.error.code, 'UNAVAILABLE');

    // /ws: a room's presence count reads presence in Redis.
    const count = await bobWs.request({ type: 'presence', data: 'outage' }, 'presence');
    assert.equal(count.type, 'error', JSON.stringify(count));
    assert.equal(count.code, 'UNAVAILABLE', JSON.stringify(count));
    // A new connection cannot be counted against the cluster's limits: refused, told so, then closed.
    const late = await RawClient.refused(cluster.url(2));
    assert.equal(late.error.type, 'error', JSON.stringify(late.error));
    assert.equal(late.error.code, 'UNAVAILABLE', JSON.stringify(late.error));
    const lateIo = await refusedConnect(on(2), { secret: cat.profile.socketSecret as string });
    assert.equal(lateIo.data?.code, 'UNAVAILABLE', JSON.stringify(lateIo.data));

    // A message is committed and acknowledged (acknowledged ⇒ committed); its fan-out to other
    // processes is lost with Redis, and the member catches up through history.
    const sent = (await adaSocket.socket
      .timeout(5000)
      .emitWithAck('send-message', { room: 'outage', body: { during: true } })) as Reply<MessageReceipt>;
    assert.ok(!('error' in sent), JSON.stringify(sent));

    // A user who leaves during the outage is offline once Redis is back.
    const cleanups = () =>
      cluster.nodes[2]?.logs.filter((l) => l.msg === 'presence cleanup failed').length ?? 0;
    const before = cleanups();
    danSocket.socket.close();
    // Its process has tried, and failed, to remove it from presence.
    await until("dan's removal attempted", 10_000, async () => (cleanups() > before ? true : undefined));

    await redis.start();
    const startedAt = Date.now();
    for (const i of [0, 1, 2])
      await until(`process ${i} reports 200 again`, 15_000, async () =>
        (await health(cluster.url(i))).status === 200 ? true : undefined,
      );
    console.log(`      health 200 on all three ${Date.now() - startedAt} ms after Redis started`);
    const catSocket = await io(2, cat);

    const history = await wholeHistory(cluster.url(1), bob.token, 'outage');
    assert.ok(
      history.some((m) => m.id === sent.id),
      'the message acknowledged during the outage is in the history',
    );
    await until('presence healed', 30_000, async () => {
      const states = [
        await stateOf(cluster.url(1), bob, ada),
        await stateOf(cluster.url(1), bob, cat),
        await stateOf(cluster.url(1), bob, dan),
      ];
      return states.join() === 'online,online,offline' ? true : undefined;
    });
    console.log(`      presence healed ${Date.now() - startedAt} ms after Redis started`);

    // The join refused during the outage can be made again (it may have been stored: joining is idempotent).
    const rejoin = (await adaSocket.socket
      .timeout(5000)
      .emitWithAck('join-room', { room: 'later' })) as Reply<object>;
    assert.ok(!('error' in rejoin), JSON.stringify(rejoin));

    // Cross-process delivery works again.
    const delivered = bobSocket.events.next('message', (m) => m.room === 'outage' && m.seq === sent.seq + 1);
    const after = (await adaSocket.socket
      .timeout(5000)
      .emitWithAck('send-message', { room: 'outage', body: { after: true } })) as Reply<MessageReceipt>;
    assert.ok(!('error' in after), JSON.stringify(after));
    assert.deepEqual((await delivered).body, { after: true });
    const ok = (await adaSocket.socket
      .timeout(5000)
      .emitWithAck('set-activity', { state: 'playing', game: { id: 'go', name: 'Go' } })) as Reply<object>;
    assert.ok(!('error' in (ok as object)), JSON.stringify(ok));
    await catSocket.events.next('activity', (a) => a.userId === ada.profile.id && a.state === 'playing');

    for (const node of cluster.nodes)
      assert.equal(node.child.exitCode, null, `process ${node.index} is alive`);
    assert.deepEqual(unexpectedErrors(cluster), []);
  });

  it('reports 503 and refuses within the command timeout while Redis hangs, and leaves no ghost when it answers again', async () => {
    const redis = cluster.redis;
    assert.ok(redis);
    const [ada, dan] = [await registerUser(on(0)), await registerUser(on(1))];
    const adaSocket = await io(0, ada);
    const danSocket = await io(1, dan);
    await until('dan online to ada', 10_000, async () =>
      (await stateOf(cluster.url(0), ada, dan)) === 'online' ? true : undefined,
    );
    const pausedAt = Date.now();
    redis.pause();
    try {
      for (const i of [0, 1, 2])
        await until(`process ${i} reports 503`, 15_000, async () =>
          (await health(cluster.url(i))).status === 503 ? true : undefined,
        );
      console.log(`      health 503 on all three ${Date.now() - pausedAt} ms after Redis hung`);
      const asked = Date.now();
      const refused = (await adaSocket.socket
        .timeout(15_000)
        .emitWithAck('set-activity', { state: 'playing', game: { id: 'go', name: 'Go' } })) as Reply<object>;
      assert.ok('error' in refused, JSON.stringify(refused));
      assert.equal(refused.error.code, 'UNAVAILABLE');
      console.log(`      set-activity refused UNAVAILABLE after ${Date.now() - asked} ms of a hung Redis`);
      // Dan leaves while his removal cannot reach Redis, which keeps his record: no ghost afterwards.
      danSocket.socket.close();
      await cluster.waitForLog(1, (line) => line.msg === 'presence cleanup failed');
    } finally {
      redis.resume();
    }
    const resumedAt = Date.now();
    for (const i of [0, 1, 2])
      await until(`process ${i} reports 200 again`, 15_000, async () =>
        (await health(cluster.url(i))).status === 200 ? true : undefined,
      );
    console.log(`      health 200 on all three ${Date.now() - resumedAt} ms after Redis answered again`);
    await until('dan offline to ada', 15_000, async () =>
      (await stateOf(cluster.url(0), ada, dan)) === 'offline' ? true : undefined,
    );
    console.log(
      `      the user who left during the hang offline ${Date.now() - resumedAt} ms after Redis answered`,
    );
    const ok = (await adaSocket.socket
      .timeout(5000)
      .emitWithAck('set-activity', { state: 'playing', game: { id: 'go', name: 'Go' } })) as Reply<object>;
    assert.ok(!('error' in ok), JSON.stringify(ok));
    assert.deepEqual(unexpectedErrors(cluster), []);
  });

  it('keeps every acknowledged message when a process is SIGKILLed while clients send, and shows its users offline within 30 s', async () => {
    const users = [await registerUser(on(0)), await registerUser(on(1)), await registerUser(on(2))];
    const sockets = await Promise.all(users.map((u, i) => io(i, u)));
    for (const s of sockets) await s.socket.timeout(5000).emitWithAck('join-room', { room: 'crash' });
    const watcher = sockets[0] as Connected;
    const victim = users[2] as TestUser;

    const acked: MessageReceipt[] = [];
    const refusals: unknown[] = [];
    let stop = false;
    let onAck = () => {};
    const sender = async (socket: Connected, who: number) => {
      for (let n = 0; !stop; n++) {
        let reply: Reply<MessageReceipt>;
        try {
          reply = (await socket.socket
            .timeout(3000)
            .emitWithAck('send-message', { room: 'crash', body: { who, n } })) as Reply<MessageReceipt>;
        } catch {
          return; // its process is gone: this one was never acknowledged
        }
        if ('error' in reply) refusals.push(reply.error);
        else acked.push(reply);
        onAck();
      }
    };
    const ackedAtLeast = (count: number) =>
      new Promise<void>((resolve) => {
        onAck = () => acked.length >= count && resolve();
      });
    const sending = sockets.map((s, i) => sender(s, i));

    await ackedAtLeast(150);
    const killedAt = Date.now();
    await cluster.kill(2);
    const offline = watcher.events.next(
      'activity',
      (a) => a.userId === victim.profile.id && a.state === 'offline',
      35_000,
    );
    const ackedAtKill = acked.length;
    await ackedAtLeast(ackedAtKill + 100);
    stop = true;
    await Promise.all(sending);
    await offline;
    const offlineMs = Date.now() - killedAt;
    console.log(
      `      ${acked.length} acknowledged; the killed process's user offline after ${offlineMs} ms`,
    );
    assert.ok(offlineMs <= 30_000, `offline after ${offlineMs} ms`);
    assert.deepEqual(refusals, [], 'no send was refused');

    assertNothingLost(await wholeHistory(cluster.url(1), (users[0] as TestUser).token, 'crash'), acked);
    assert.deepEqual(unexpectedErrors(cluster), []);
  });

  it('answers UNAVAILABLE or succeeds while PostgreSQL connections are dropped, and loses nothing acknowledged', async () => {
    const [ada, bob] = [await registerUser(on(0)), await registerUser(on(1))];
    const adaSocket = await io(0, ada);
    const bobSocket = await io(1, bob);
    const ws = await raw(2, bob);
    for (const s of [adaSocket, bobSocket])
      await s.socket.timeout(5000).emitWithAck('join-room', { room: 'pgdrop' });
    await ws.request({ type: 'join', data: 'pgdrop' }, 'joined');

    // The cluster's connections only (named for each process's node: store/database.ts), not other tests'.
    const names: string[] = [];
    for (const i of [0, 1, 2]) {
      const nodeId = (await health(cluster.url(i))).body.cluster?.nodeId;
      assert.ok(nodeId);
      names.push(`switchboard-${nodeId}`.slice(0, 63));
    }
    const admin = knexPkg({ client: 'pg', connection: CLUSTER_DATABASE_URL, pool: { min: 0, max: 1 } });
    const dropConnections = async (): Promise<number> => {
      const result = await admin.raw(
        'SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = ANY(?) AND pid <> pg_backend_pid()',
        [names],
      );
      return (result.rows as { ended: boolean }[]).filter((r) => r.ended).length;
    };

    const acked: MessageReceipt[] = [];
    const codes = new Map<string, number>();
    let stop = false;
    const sender = async (socket: Connected, who: number) => {
      for (let n = 0; !stop; n++) {
        const reply = (await socket.socket
          .timeout(15_000)
          .emitWithAck('send-message', { room: 'pgdrop', body: { who, n } })) as Reply<MessageReceipt>;
        if ('error' in reply) codes.set(reply.error.code, (codes.get(reply.error.code) ?? 0) + 1);
        else acked.push(reply);
      }
    };
    try {
      const sending = [sender(adaSocket, 0), sender(bobSocket, 1)];
      let dropped = 0;
      for (let round = 0; round < 5; round++) {
        const before = acked.length;
        await until('messages acknowledged between drops', 20_000, async () =>
          acked.length >= before + 20 ? true : undefined,
        );
        dropped += await dropConnections();
      }
      const before = acked.length;
      await until('messages acknowledged after the last drop', 20_000, async () =>
        acked.length >= before + 20 ? true : undefined,
      );
      stop = true;
      await Promise.all(sending);
      console.log(
        `      ${dropped} connections dropped in 5 rounds; ${acked.length} acknowledged; refusals: ${JSON.stringify(Object.fromEntries(codes))}`,
      );
      assert.ok(dropped > 0, 'some connections of the cluster were dropped');
      assert.deepEqual(
        [...codes.keys()].filter((code) => code !== 'UNAVAILABLE'),
        [],
        'refused only with UNAVAILABLE',
      );
    } finally {
      await admin.destroy();
    }

    // Afterwards everything works: HTTP, /ws, and the history holds everything acknowledged.
    assertNothingLost(await wholeHistory(cluster.url(2), bob.token, 'pgdrop'), acked);
    for (const i of [0, 1, 2]) assert.equal((await health(cluster.url(i))).status, 200);
    assert.equal(
      (await ws.request({ type: 'chan_in', data: 'still here', channel: 'pgdrop' }, 'ok')).type,
      'ok',
    );
    assert.deepEqual(unexpectedErrors(cluster), []);
  });
});

describe('cluster faults: a presence store whose Redis connection drops', () => {
  let redis: PrivateRedis;
  before(async () => {
    redis = await startPrivateRedis();
  });
  after(async () => {
    await redis?.close();
  });

  it('removes, once Redis answers again, a connection that closed while its removal could not reach it', async () => {
    const log = createLogger({ logLevel: 'silent' });
    const client = createRedisClient(redis.url, { role: 'presence', log });
    const store = new RedisPresenceStore(client, { prefix: 'p:', log, nodeId: 'reconciling' });
    const changes: UserPresenceChange[][] = [];
    let onChanges = () => {};
    try {
      await once(client, 'ready');
      await store.start((batch) => {
        changes.push(batch);
        onChanges();
      });
      await store.addConnection({ id: 'c1', userId: 'u1', username: 'dan' }, true, Date.now());
      // The connection goes; Redis keeps everything (a network cut, not a restart).
      const ended = once(client, 'end');
      client.disconnect();
      await ended;
      await assert.rejects(store.removeConnection('c1', 'u1'));

      const announced = new Promise<void>((resolve) => {
        onChanges = resolve;
      });
      await client.connect();
      await announced;
      assert.deepEqual(
        changes.flat().map((c) => [c.userId, c.username, c.after?.state ?? 'offline']),
        [['u1', 'dan', 'offline']],
      );
      assert.deepEqual(await store.get(['u1']), []);
    } finally {
      await store.stop().catch(() => []);
      client.disconnect();
    }
  });
});
