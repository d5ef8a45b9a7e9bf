import assert from 'node:assert/strict';
import {
  backoffDelay,
  type ChatMessage,
  ConnectionClosedError,
  type ConnectionState,
  connect,
  createHttpClient,
  type DbChange,
  type HttpClient,
  OfflineQueueFullError,
  type ReconnectOptions,
  RequestExpiredError,
  SocketClient,
  type SwitchboardClient,
} from '../../clients/js/src/index.js';
import { cutProxy } from '../helpers/cut-proxy.js';
import { uniqueUsername } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const PASSWORD = 'correct horse battery staple';
/** Everyone may read it, so one user's documents reach another's subscription. */
const REPO = 'notes_744_';

/** Resolves with the first state `client` reports that `match` accepts. */
function nextState(client: SocketClient, match: (s: ConnectionState) => boolean): Promise<ConnectionState> {
  return new Promise((resolve) => {
    const stop = client.onState((s) => {
      if (!match(s)) return;
      stop();
      resolve(s);
    });
  });
}

async function until(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('client package: reconnection', () => {
  let server: TestServer;
  const open: SwitchboardClient[] = [];

  async function user(): Promise<HttpClient> {
    const http = createHttpClient({ url: server.url });
    await http.call('registerUser', { body: { username: uniqueUsername('recon'), password: PASSWORD } });
    return http;
  }

  const proxies: { close(): Promise<void> }[] = [];

  async function signedIn(reconnect: ReconnectOptions | false, url = server.url, http?: HttpClient) {
    const session = http ?? (await user());
    const client = await connect({ url, http: session, transports: ['websocket'], reconnect });
    open.push(client);
    return client;
  }

  beforeEach(async () => {
    server = await startTestServer({ heartbeatIntervalMs: 200, heartbeatTimeoutMs: 300 });
  });
  afterEach(async () => {
    for (const client of open.splice(0)) client.close();
    for (const proxy of proxies.splice(0)) await proxy.close();
    await server.close();
  });

  it('grows the backoff bound exponentially up to the maximum, with full jitter below it', () => {
    const opts = { minDelayMs: 100, maxDelayMs: 1000 };
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, opts, () => 0.999999)),
      [99, 199, 399, 799, 999, 999],
    );
    assert.equal(
      backoffDelay(3, opts, () => 0),
      0,
    );
    assert.equal(
      backoffDelay(3, opts, () => 0.5),
      200,
    );
  });

  it('comes back after a server restart on the same URL: rooms re-joined, missed messages and changes replayed once, in order; queued requests flushed after', async () => {
    const port = Number(new URL(server.url).port);
    // Alice comes through a proxy that keeps her away (refusing her reconnections) until the other user
    // has sent what she must get on return: no race with her backoff.
    const proxy = await cutProxy(port);
    proxies.push(proxy);
    const alice = await signedIn({ minDelayMs: 50, maxDelayMs: 200 }, proxy.url);
    const bobHttp = await user();
    const bob = await signedIn(false, server.url, bobHttp);
    const room = `recon-${Math.random().toString(36).slice(2, 8)}`;
    await bob.request('create-room', { room, kind: 'public' });
    await alice.request('join-room', { room });
    await alice.request('subscribe-db', { repo: REPO });
    await alice.request('set-activity', { state: 'online', status: 'back soon' });

    const messages: ChatMessage[] = [];
    const changes: DbChange[] = [];
    alice.on('message', (m) => messages.push(m));
    alice.on('db_created', (c) => changes.push(c));
    const states: ConnectionState[] = [];
    alice.onState((s) => states.push(s));

    for (let i = 1; i <= 3; i++) await bob.request('send-message', { room, body: { n: i } });
    await bobHttp.call('createDocument', { pathParams: { repo: REPO }, body: { n: 1 } });
    await until('the first messages and change', () => messages.length === 3 && changes.length === 1);

    const disconnected = nextState(alice.socket, (s) => s.state === 'disconnected');
    bob.close();
    proxy.hold();
    server = await server.restart({ port });
    await disconnected;
    const bob2 = await signedIn(false, server.url, bobHttp);
    // While alice is away: messages and documents she must get on return, and her own requests, queued.
    for (let i = 4; i <= 8; i++) await bob2.request('send-message', { room, body: { n: i } });
    for (let i = 2; i <= 3; i++)
      await bobHttp.call('createDocument', { pathParams: { repo: REPO }, body: { n: i } });
    assert.equal(alice.socket.state.state, 'reconnecting');
    const queued = [9, 10].map((n) => alice.request('send-message', { room, body: { n } }));
    assert.equal(alice.socket.queued, 2);

    const back = nextState(alice.socket, (s) => s.state === 'connected');
    proxy.release();
    const released = Date.now();
    await back;
    const rejoinedAfterMs = Date.now() - released;
    const state = await back;
    assert.equal(state.state, 'connected');
    const restored = state.state === 'connected' ? state.restored : undefined;
    assert.ok(restored);
    assert.equal(restored.rooms, 1);
    assert.equal(restored.repos, 1);
    assert.equal(restored.messagesReplayed, 5);
    assert.equal(restored.changesReplayed, 2);
    assert.deepEqual(restored.failed, []);
    const receipts = await Promise.all(queued);
    assert.deepEqual(
      receipts.map((r) => r.seq),
      [9, 10],
      'the queued requests were sent in order, after the replay',
    );

    await bob2.request('send-message', { room, body: { n: 11 } });
    await bobHttp.call('createDocument', { pathParams: { repo: REPO }, body: { n: 4 } });
    await until(
      'the live message and change after the return',
      () => messages.length === 9 && changes.length === 4,
    );
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(
      messages.map((m) => [m.seq, m.body?.n]),
      [1, 2, 3, 4, 5, 6, 7, 8, 11].map((n) => [n, n]),
      'every message of the other user once, in order (the server does not echo her own 9 and 10 to her)',
    );
    assert.deepEqual(
      changes.map((c) => c.document?.data),
      [1, 2, 3, 4].map((n) => ({ n })),
      'every change once, in order',
    );
    // Held away by the proxy, she tried again with backoff until let back in.
    const names = states.map((s) => s.state);
    assert.equal(names[0], 'disconnected');
    assert.equal(names.at(-1), 'connected');
    const attempts = states.flatMap((s) => (s.state === 'reconnecting' ? [s.attempt] : []));
    assert.ok(attempts.length >= 1 && attempts.length === names.length - 2, names.join(' '));
    assert.deepEqual(
      attempts,
      attempts.map((_, i) => i + 1),
      'attempts counted from 1',
    );
    // The activity was restored on the new connection.
    const { activities } = await bob2.request('follow-users', { userIds: [alice.socket.welcome.userId] });
    assert.equal(activities[0]?.status, 'back soon');
    console.log(
      `      reconnect figures: let back in -> rooms re-joined ${rejoinedAfterMs} ms (backoff 50–200 ms), ` +
        `restore ${restored.restoredInMs} ms, ` +
        `${restored.messagesReplayed} messages and ${restored.changesReplayed} changes replayed`,
    );
  });

  it('with the default backoff, is back in its room soon after the server is', async () => {
    const port = Number(new URL(server.url).port);
    const alice = await signedIn({});
    const room = `soon-${Math.random().toString(36).slice(2, 8)}`;
    await alice.request('create-room', { room, kind: 'public' });
    await alice.request('send-message', { room, body: { n: 1 } });
    const back = nextState(alice.socket, (s) => s.state === 'connected');
    server = await server.restart({ port });
    const serverBack = Date.now();
    const state = await back;
    const rejoinedAfterMs = Date.now() - serverBack;
    assert.equal(state.state === 'connected' && state.restored?.rooms, 1);
    // Full jitter below the bound of the attempts made while the server was down (250 ms, 500 ms, …).
    assert.ok(rejoinedAfterMs < 5000, `${rejoinedAfterMs} ms`);
    const receipt = await alice.request('send-message', { room, body: { n: 2 } });
    assert.equal(receipt.seq, 2);
    console.log(`      default backoff: server back -> rooms re-joined ${rejoinedAfterMs} ms`);
  });

  it('waits out the reconnectAfterMs a shutting-down server gives it before coming back', async () => {
    const port = Number(new URL(server.url).port);
    // A zero backoff, so the wait seen is the server's hint alone.
    const alice = await signedIn({ random: () => 0 });
    const notices: number[] = [];
    alice.socket.on('server-shutdown', (notice) => notices.push(notice.reconnectAfterMs));
    const reconnecting = nextState(alice.socket, (s) => s.state === 'reconnecting');
    server = await server.restart({ port });
    const retry = await reconnecting;
    assert.equal(notices.length, 1);
    assert.equal(retry.state === 'reconnecting' && retry.delayMs, notices[0]);
    await nextState(alice.socket, (s) => s.state === 'connected');
  });

  it('notices a cut connection by its heartbeat, reconnects with backoff and gets what was sent meanwhile', async () => {
    const proxy = await cutProxy(Number(new URL(server.url).port));
    try {
      const alice = await signedIn({ minDelayMs: 100, maxDelayMs: 1000 }, proxy.url);
      const bob = await signedIn(false);
      const room = `cut-${Math.random().toString(36).slice(2, 8)}`;
      await bob.request('create-room', { room, kind: 'public' });
      await alice.request('join-room', { room });
      const seqs: number[] = [];
      alice.on('message', (m) => seqs.push(m.seq));
      await bob.request('send-message', { room, body: { n: 1 } });
      await until('the first message', () => seqs.length === 1);

      const reconnecting = nextState(alice.socket, (s) => s.state === 'reconnecting');
      const cutAt = Date.now();
      const logged = server.logs.lines.length;
      proxy.cut();
      // Both ends time the same heartbeat out: the client is kept away until the server has dropped the
      // connection (and kept its state), or it could come back first and start afresh.
      proxy.hold();
      for (let i = 2; i <= 4; i++) await bob.request('send-message', { room, body: { n: i } });
      const retry = await reconnecting;
      assert.equal(retry.state === 'reconnecting' && retry.attempt, 1);
      assert.ok(retry.state === 'reconnecting' && retry.delayMs >= 0 && retry.delayMs < 100);
      await server.logs.waitFor((line) => line.msg === 'disconnected', logged);
      proxy.release();
      const back = await nextState(alice.socket, (s) => s.state === 'connected');
      // Back within RECOVERY_WINDOW_MS: the server resumed the connection and sent the three itself,
      // and the client asked nothing again.
      assert.equal(back.state === 'connected' && back.restored?.resumed, true);
      assert.equal(back.state === 'connected' && back.welcome.recovered, true);
      assert.equal(back.state === 'connected' && back.restored?.messagesReplayed, 3);
      assert.deepEqual(seqs, [1, 2, 3, 4]);
      console.log(
        `      cut link: back and replayed ${Date.now() - cutAt} ms after the cut (heartbeat 200+300 ms)`,
      );
    } finally {
      await proxy.close();
    }
  });

  it('past the server’s recovery window, rejoins its rooms and replays what was missed itself', async () => {
    await server.close();
    server = await startTestServer({
      heartbeatIntervalMs: 200,
      heartbeatTimeoutMs: 300,
      recoveryWindowMs: 0,
    });
    const proxy = await cutProxy(Number(new URL(server.url).port));
    proxies.push(proxy);
    const alice = await signedIn({ minDelayMs: 100, maxDelayMs: 1000 }, proxy.url);
    const bob = await signedIn(false);
    const room = `norecovery-${Math.random().toString(36).slice(2, 8)}`;
    await bob.request('create-room', { room, kind: 'public' });
    await alice.request('join-room', { room });
    const seqs: number[] = [];
    alice.on('message', (m) => seqs.push(m.seq));
    proxy.cut();
    for (let i = 1; i <= 3; i++) await bob.request('send-message', { room, body: { n: i } });
    const back = await nextState(alice.socket, (s) => s.state === 'connected');
    assert.equal(back.state === 'connected' && back.welcome.recovered, undefined);
    assert.equal(back.state === 'connected' && back.restored?.resumed, undefined);
    assert.equal(back.state === 'connected' && back.restored?.messagesReplayed, 3);
    assert.deepEqual(seqs, [1, 2, 3]);
  });

  it('queues requests while offline, failing them when the queue is full, when they expire, and at close()', async () => {
    const proxy = await cutProxy(Number(new URL(server.url).port));
    const alice = await signedIn(
      { minDelayMs: 50, maxDelayMs: 200, queueSize: 2, queueMaxAgeMs: 300 },
      proxy.url,
    );
    const disconnected = nextState(alice.socket, (s) => s.state === 'disconnected');
    // Closing the proxy ends the connection and refuses every attempt to come back.
    await proxy.close();
    await disconnected;

    const expired = alice.request('echo', { data: 'a' });
    const second = alice.request('echo', { data: 'b' });
    await assert.rejects(alice.request('echo', { data: 'c' }), (err: unknown) => {
      assert.ok(err instanceof OfflineQueueFullError);
      assert.equal(err.operation, 'echo');
      assert.equal(err.queueSize, 2);
      return true;
    });
    await assert.rejects(expired, RequestExpiredError);
    await assert.rejects(second, RequestExpiredError);
    assert.equal(alice.socket.queued, 0);

    const pending = alice.request('echo', { data: 'd' });
    alice.close();
    await assert.rejects(pending, ConnectionClosedError);
    await assert.rejects(alice.request('echo', { data: 'e' }), ConnectionClosedError);
    assert.equal(alice.socket.state.state, 'closed');
  });

  it('stops for good when the session is logged out, and never tries to come back', async () => {
    const http = await user();
    const alice = await signedIn({ minDelayMs: 10, maxDelayMs: 50 }, server.url, http);
    const states: ConnectionState[] = [];
    alice.onState((s) => states.push(s));
    const closed = nextState(alice.socket, (s) => s.state === 'closed');
    await http.call('logoutUser');
    const final = await closed;
    assert.equal(final.state === 'closed' && final.reason, 'logged-out');
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(
      states.map((s) => s.state),
      ['disconnected', 'closed'],
    );
    await assert.rejects(alice.request('echo', { data: 'x' }), ConnectionClosedError);
  });

  it('reads a fresh socket secret when it was rotated, if it has a session; stops otherwise', async () => {
    const http = await user();
    const withSession = await signedIn({ minDelayMs: 10, maxDelayMs: 50 }, server.url, http);
    const { body: me } = await http.call('getMe');
    const secretOnly = await SocketClient.connect({
      url: server.url,
      socketSecret: me.socketSecret,
      transports: ['websocket'],
      reconnect: { minDelayMs: 10, maxDelayMs: 50 },
    });
    try {
      const back = nextState(withSession.socket, (s) => s.state === 'connected');
      const stopped = nextState(secretOnly, (s) => s.state === 'closed');
      await http.call('rotateSocketSecret');
      await back;
      assert.equal((await withSession.request('echo', { data: 'x' })).data, 'echo: x');
      const final = await stopped;
      assert.equal(final.state === 'closed' && final.reason, 'secret-rotated');
    } finally {
      secretOnly.close();
    }
  });
});
