import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect as tcpConnect } from 'node:net';
import { type HttpRoute, httpRoutes } from '../../generated/http.js';
import type { Closing, MessageReceipt } from '../../generated/types.js';
import { registerUser, request } from '../helpers/http.js';
import { RawClient } from '../helpers/raw.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.js';
import { type Connected, connect, emitRaw } from '../helpers/socket.js';
import { WireClient } from '../helpers/wire.js';

/** A fresh session of a registered user (after a restart, say), with its socket secret. */
async function registerUserSession(
  server: Pick<TestServer, 'url'>,
  user: { profile: { username: string }; password: string },
) {
  const session = await request<{ token: string }>(server, 'POST', '/api/users/login', {
    body: { username: user.profile.username, password: user.password },
  });
  const me = await request<{ socketSecret: string }>(server, 'GET', '/api/users/me', {
    token: session.body.token,
  });
  return { token: session.body.token, secret: me.body.socketSecret };
}

/**
 * A request that sent its headers and half its body, and then nothing: resolves once the server has begun
 * it (its `100 Continue` came back: on a loaded machine the headers could otherwise still be unread when
 * the test moves on, and an unread socket is idle, closed at once at shutdown), with a promise of its close.
 */
async function stuckUpload(port: number): Promise<{ closed: Promise<void> }> {
  const socket = tcpConnect(port, '127.0.0.1');
  socket.on('error', () => {});
  await once(socket, 'connect');
  // Not events.once: it would reject on the reset that closing the socket may bring.
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const begun = new Promise<void>((resolve) => {
    let answer = '';
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString();
      if (answer.includes('100 Continue')) resolve();
    });
  });
  socket.write(
    'POST /api/users/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n' +
      'Expect: 100-continue\r\n\r\n',
  );
  await begun;
  socket.write('{"user');
  return { closed };
}

/**
 * A route of the test's own (GET /api/test/slow, health's answer) that holds its request until
 * `release`: `reached` says the request is under way.
 */
function slowRoute() {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let started: () => void = () => {};
  const reached = new Promise<void>((resolve) => {
    started = resolve;
  });
  const health = httpRoutes.find((r) => r.operationId === 'getHealth') as HttpRoute;
  const slow: HttpRoute = {
    ...health,
    operationId: 'slowHealth',
    path: '/api/test/slow',
    routerPath: '/api/test/slow',
    handler: async (request, ctx) => {
      started();
      await gate;
      return health.handler(request, ctx);
    },
  };
  return { slow, reached, release };
}

describe('hardening: shutdown', () => {
  // Server processes a test started: stopped after it whatever happened, so a failed assertion leaves no
  // process behind (stop is a no-op on one that exited).
  const processes: ServerProcess[] = [];
  const started = async (...args: Parameters<typeof startServerProcess>) => {
    const proc = await startServerProcess(...args);
    processes.push(proc);
    return proc;
  };
  afterEach(async () => {
    for (const proc of processes.splice(0).reverse()) await proc.stop();
  });

  it('answers every message it committed before closing, and tells both transports why', async () => {
    let server: TestServer = await startTestServer({ shutdownTimeoutMs: 5000 });
    const user = await registerUser(server);
    const senders: Connected[] = [];
    for (let i = 0; i < 5; i++) {
      const c = await connect(server, { secret: user.profile.socketSecret });
      await emitRaw(c.socket, 'join-room', { room: 'busy' });
      senders.push(c);
    }
    const raw = await RawClient.open(server.url);
    await raw.auth(user.token);
    const closings = senders.map((c) => c.events.next('closing', () => true, 10_000));
    const notices = senders.map((c) => c.events.next('server-shutdown', () => true, 10_000));
    // What each connection saw, in order: the notice must come first, then the close.
    const seen = senders.map((c) => {
      const order: string[] = [];
      c.socket.on('server-shutdown', () => order.push('server-shutdown'));
      c.socket.on('closing', () => order.push('closing'));
      c.socket.on('disconnect', () => order.push('disconnect'));
      return order;
    });
    const acked: MessageReceipt[] = [];
    let refused = 0;
    let stop = false;
    // Each sender keeps eight messages in flight until the server goes.
    const loops = senders.flatMap((c, s) =>
      Array.from({ length: 8 }, async (_, lane) => {
        for (let n = 0; !stop && c.socket.connected; n++) {
          const reply = (await emitRaw(c.socket, 'send-message', {
            room: 'busy',
            body: { s, lane, n },
          }).catch(() => undefined)) as (MessageReceipt & { error?: { code: string } }) | undefined;
          if (reply?.seq !== undefined) acked.push(reply);
          else if (reply?.error) refused += 1;
        }
      }),
    );
    while (acked.length < 200) await new Promise((resolve) => setTimeout(resolve, 10));
    const signalledAt = Date.now();
    server = await server.restart();
    stop = true;
    await Promise.all(loops);
    for (const notice of await Promise.all(notices)) {
      assert.equal(notice.message, 'the server is shutting down; reconnect after reconnectAfterMs');
      assert.ok(
        notice.reconnectAfterMs >= 0 && notice.reconnectAfterMs < 1000,
        'six connections: a 1 s spread',
      );
      const closeBy = Date.parse(notice.closeBy);
      assert.ok(closeBy > signalledAt && closeBy <= signalledAt + 5000, `closeBy ${notice.closeBy}`);
    }
    for (const order of seen) assert.deepEqual(order, ['server-shutdown', 'closing', 'disconnect']);
    const rawNotice = raw.all('server-shutdown');
    assert.equal(rawNotice.length, 1);
    assert.equal(
      JSON.parse(String(rawNotice[0]?.data)).message,
      'the server is shutting down; reconnect after reconnectAfterMs',
    );
    for (const closing of await Promise.all(closings))
      assert.deepEqual(closing, {
        reason: 'shutting-down',
        message: 'the server is shutting down: reconnect',
      } satisfies Closing);
    assert.deepEqual(await raw.closed, { code: 1001, reason: 'shutting-down' });
    const stored = await server.database
      .db('messages')
      .where('room_id', 'busy')
      .count<{ n: number }[]>({ n: '*' });
    assert.equal(
      Number(stored[0]?.n),
      acked.length,
      `every stored message was acknowledged (${refused} refused)`,
    );
    for (const c of senders) c.socket.close();
    await server.close();
  });

  it('stores a resent message once when it carries the same idempotency key, across a restart too', async () => {
    let server = await startTestServer();
    try {
      const ada = await registerUser(server);
      const bob = await registerUser(server);
      const sender = await connect(server, { secret: ada.profile.socketSecret });
      const member = await connect(server, { secret: bob.profile.socketSecret });
      for (const c of [sender, member]) await emitRaw(c.socket, 'join-room', { room: 'once' });
      const send = (c: Connected, idempotencyKey: string, text: string) =>
        emitRaw(c.socket, 'send-message', {
          room: 'once',
          body: { text },
          idempotencyKey,
        }) as Promise<MessageReceipt>;
      const first = await send(sender, 'k-1', 'hello');
      const again = await send(sender, 'k-1', 'hello (resent)');
      assert.deepEqual(again, { ...first, duplicate: true });
      await member.events.next('message', (m) => m.id === first.id);
      const bobs = await send(member, 'k-1', 'same key, other author');
      assert.notEqual(bobs.id, first.id, 'the key is the author’s own');
      assert.equal(member.events.all('message').filter((m) => m.id === first.id).length, 1, 'delivered once');

      sender.socket.close();
      member.socket.close();
      server = await server.restart();
      const back = await connect(server, { secret: (await registerUserSession(server, ada)).secret });
      await emitRaw(back.socket, 'join-room', { room: 'once' });
      assert.deepEqual(await send(back, 'k-1', 'after the restart'), { ...first, duplicate: true });
      const stored = await server.database
        .db('messages')
        .where('room_id', 'once')
        .count<{ n: number }[]>({ n: '*' });
      assert.equal(Number(stored[0]?.n), 2);
      back.socket.close();
    } finally {
      await server.close();
    }
  });

  it('refuses new requests while it drains, answers those under way, and then stops', async () => {
    const { slow, reached, release } = slowRoute();
    const server = await startTestServer({ shutdownTimeoutMs: 10_000 }, { routes: [...httpRoutes, slow] });
    const underWay = fetch(`${server.url}/api/test/slow`);
    await reached;
    const stopping = server.close();
    const late = await fetch(`${server.url}/api/health`).catch(() => undefined);
    // Either refused at the socket (the server stopped listening) or answered 503 with the spec'd error.
    if (late) {
      assert.equal(late.status, 503);
      assert.equal(((await late.json()) as { error: { code: string } }).error.code, 'UNAVAILABLE');
    }
    release();
    assert.equal((await underWay).status, 200, 'the request under way is answered');
    await stopping;
  });

  it('answers the probes that arrive while it drains 503 UNAVAILABLE, liveness, readiness and metrics alike', async () => {
    const { slow, release } = slowRoute();
    const server = await startTestServer({ shutdownTimeoutMs: 10_000 }, { routes: [...httpRoutes, slow] });
    assert.deepEqual(await (await fetch(`${server.url}/api/health/live`)).json(), { status: 'ok' });
    assert.deepEqual(await (await fetch(`${server.url}/api/health/ready`)).json(), { status: 'ok' });
    const underWay = fetch(`${server.url}/api/test/slow`);
    // A probe whose request began before the shutdown (its headers half sent, so its connection is not
    // idle and stays open) and ends during the drain.
    const probes = ['/api/health/live', '/api/health/ready', '/metrics'].map((path) => {
      const socket = tcpConnect(server.port, '127.0.0.1');
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n`);
      let answer = '';
      socket.on('data', (chunk) => {
        answer += chunk.toString();
      });
      const ended = new Promise<string>((resolve) => socket.on('close', () => resolve(answer)));
      return { socket, ended };
    });
    await Promise.all(probes.map(({ socket }) => once(socket, 'connect')));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopping = server.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const { socket } of probes) socket.write('\r\n');
    for (const { ended } of probes) {
      const answer = await ended;
      assert.match(answer, /^HTTP\/1\.1 503 /, answer.slice(0, 200));
      assert.match(answer, /"code":"UNAVAILABLE"/);
    }
    release();
    assert.equal((await underWay).status, 200);
    await stopping;
  });

  it('stops within its grace although a client holds a request open, as a process on SIGTERM', async () => {
    const proc = await started({ SHUTDOWN_TIMEOUT_MS: '500' });
    const upload = await stuckUpload(Number(new URL(proc.url).port));
    const exited = once(proc.child, 'exit');
    proc.child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    assert.equal(code, 0);
    await upload.closed;
    await proc.stop();
  });

  it('on SIGTERM, as a process: tells every client first, loses nothing acknowledged, exits 0 within SHUTDOWN_TIMEOUT_MS', async () => {
    const timeoutMs = 4000;
    let proc = await started({ SHUTDOWN_TIMEOUT_MS: String(timeoutMs) });
    // Its own room: on PostgreSQL every server process of the suite shares the database, run after run.
    const room = `drain-${Math.random().toString(36).slice(2, 10)}`;
    const user = await registerUser(proc);
    const senders: Connected[] = [];
    for (let i = 0; i < 10; i++) {
      const c = await connect(proc, { secret: user.profile.socketSecret });
      await emitRaw(c.socket, 'join-room', { room });
      senders.push(c);
    }
    const raws = await Promise.all(
      Array.from({ length: 3 }, async () => {
        const raw = await RawClient.open(proc.url);
        await raw.auth(user.token);
        return raw;
      }),
    );
    const seen = senders.map((c) => {
      const order: string[] = [];
      for (const event of ['server-shutdown', 'closing', 'disconnect'] as const)
        c.socket.on(event, () => order.push(event));
      return order;
    });
    const acked = new Set<string>();
    let refused = 0;
    let stop = false;
    const loops = senders.flatMap((c, s) =>
      Array.from({ length: 4 }, async (_, lane) => {
        for (let n = 0; !stop && c.socket.connected; n++) {
          const reply = (await emitRaw(c.socket, 'send-message', {
            room,
            body: { s, lane, n },
          }).catch(() => undefined)) as (MessageReceipt & { error?: { code: string } }) | undefined;
          if (reply?.id !== undefined) acked.add(reply.id);
          else if (reply?.error) refused += 1;
        }
      }),
    );
    while (acked.size < 300) await new Promise((resolve) => setTimeout(resolve, 10));
    const exited = once(proc.child, 'exit');
    const signalledAt = Date.now();
    proc.child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    const tookMs = Date.now() - signalledAt;
    stop = true;
    await Promise.all(loops);
    // 0, not the 1 of a shutdown that overran SHUTDOWN_TIMEOUT_MS and was cut (main.ts).
    assert.equal(code, 0);
    for (const order of seen) assert.deepEqual(order, ['server-shutdown', 'closing', 'disconnect']);
    for (const raw of raws) {
      assert.equal(raw.all('server-shutdown').length, 1);
      assert.deepEqual(await raw.closed, { code: 1001, reason: 'shutting-down' });
    }
    proc = await proc.restart();
    processes.push(proc);
    const { token } = await registerUserSession(proc, user);
    const stored = new Set<string>();
    for (let after = 0; ; ) {
      const page = await request<{ messages: { id: string; seq: number }[] }>(
        proc,
        'GET',
        `/api/rooms/${room}/messages?after=${after}&limit=100`,
        { token },
      );
      for (const m of page.body.messages) stored.add(m.id);
      if (page.body.messages.length < 100) break;
      after = page.body.messages.at(-1)?.seq ?? after;
    }
    const lost = [...acked].filter((id) => !stored.has(id));
    assert.deepEqual(lost, [], 'every acknowledged message is stored');
    assert.equal(stored.size, acked.size, 'and nothing was stored without being acknowledged');
    console.log(
      `      shutdown figures: ${acked.size} messages acknowledged (${refused} refused UNAVAILABLE while draining), ` +
        `${stored.size} stored after restart, 13 connections told first; exit 0 ${tookMs} ms after SIGTERM ` +
        `(SHUTDOWN_TIMEOUT_MS=${timeoutMs})`,
    );
    for (const c of senders) c.socket.close();
    await proc.stop();
  });

  it('exits at once, with 1, on a second signal during a shutdown held up by a request', async () => {
    const proc = await started({ SHUTDOWN_TIMEOUT_MS: '60000' });
    const port = Number(new URL(proc.url).port);
    const upload = await stuckUpload(port);
    const exited = once(proc.child, 'exit');
    proc.child.kill('SIGTERM');
    // Draining: the listener is closed, so a new connection is refused, while the upload holds the exit.
    for (;;) {
      const refusedNow = await new Promise<boolean>((resolve) => {
        const probe = tcpConnect(port, '127.0.0.1');
        probe.once('connect', () => {
          probe.destroy();
          resolve(false);
        });
        probe.once('error', () => resolve(true));
      });
      if (refusedNow) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.equal(proc.child.exitCode, null, 'still draining');
    proc.child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    assert.equal(code, 1);
    await upload.closed;
    await proc.stop();
  });

  it('refuses a /ws upgrade that comes while it drains, 503', async () => {
    const server = await startTestServer({ shutdownTimeoutMs: 2000 });
    // A request under way holds the drain open.
    const upload = await stuckUpload(server.port);
    // An upgrade whose headers began before the shutdown (an idle socket would be closed at once).
    const late = tcpConnect(server.port, '127.0.0.1');
    late.on('error', () => {});
    await once(late, 'connect');
    late.write('GET /ws HTTP/1.1\r\nHost: x\r\n');
    let answer = '';
    late.on('data', (chunk: Buffer) => {
      answer += chunk.toString();
    });
    const lateClosed = new Promise((resolve) => late.once('close', resolve));
    const stopping = server.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    late.write(
      'Upgrade: websocket\r\nConnection: Upgrade\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
    await lateClosed;
    assert.match(answer, /^HTTP\/1\.1 503 /);
    await upload.closed;
    await stopping;
  });

  it('cuts a Socket.IO client that does not read its close, instead of waiting 30 s for it', async () => {
    const server = await startTestServer({ shutdownTimeoutMs: 300 });
    const user = await registerUser(server);
    const deaf = await WireClient.connect(server.url, { socketSecret: user.profile.socketSecret });
    deaf.stopReading();
    const started = Date.now();
    await server.close();
    deaf.close();
    // The close handshake is given a second (CLOSE_GRACE_MS), not ws's 30 s: well under either.
    assert.ok(Date.now() - started < 15_000, `closed after ${Date.now() - started} ms`);
  });

  it('stops in-process too, cutting the stuck upload rather than waiting for it', async () => {
    const server = await startTestServer({ shutdownTimeoutMs: 300 });
    const upload = await stuckUpload(server.port);
    await server.close();
    await upload.closed;
    assert.ok((await request(server, 'GET', '/api/health').catch(() => 'refused')) === 'refused');
  });
});
