import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect as tcpConnect } from 'node:net';
import { type HttpRoute, httpRoutes } from '../../generated/http.js';
import type { Closing, MessageReceipt } from '../../generated/types.js';
import { registerUser, request } from '../helpers/http.js';
import { RawClient } from '../helpers/raw.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { startServerProcess } from '../helpers/server-process.js';
import { type Connected, connect, emitRaw } from '../helpers/socket.js';
import { WireClient } from '../helpers/wire.js';

/** A fresh session of a registered user (after a restart, say), with its socket secret. */
async function registerUserSession(
  server: TestServer,
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

/** A request that sent its headers and half its body, and then nothing: resolves when the server closes it. */
async function stuckUpload(port: number): Promise<{ closed: Promise<void> }> {
  const socket = tcpConnect(port, '127.0.0.1');
  socket.on('error', () => {});
  await once(socket, 'connect');
  socket.write(
    'POST /api/users/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"user',
  );
  // Not events.once: it would reject on the reset that closing the socket may bring.
  return { closed: new Promise((resolve) => socket.once('close', () => resolve())) };
}

describe('hardening: shutdown', () => {
  it('answers every message it committed before closing, and tells both transports why', async () => {
    let server: TestServer = await startTestServer({ shutdownGraceMs: 5000 });
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
    server = await server.restart();
    stop = true;
    await Promise.all(loops);
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
    const server = await startTestServer({ shutdownGraceMs: 10_000 }, { routes: [...httpRoutes, slow] });
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

  it('answers the probes that arrive while it drains 503 UNAVAILABLE, liveness and readiness alike', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const health = httpRoutes.find((r) => r.operationId === 'getHealth') as HttpRoute;
    const slow: HttpRoute = {
      ...health,
      operationId: 'slowHealth',
      path: '/api/test/slow',
      routerPath: '/api/test/slow',
      handler: async (request, ctx) => {
        await gate;
        return health.handler(request, ctx);
      },
    };
    const server = await startTestServer({ shutdownGraceMs: 10_000 }, { routes: [...httpRoutes, slow] });
    assert.deepEqual(await (await fetch(`${server.url}/api/health/live`)).json(), { status: 'ok' });
    assert.deepEqual(await (await fetch(`${server.url}/api/health/ready`)).json(), { status: 'ok' });
    const underWay = fetch(`${server.url}/api/test/slow`);
    // A probe whose request began before the shutdown (its headers half sent, so its connection is not
    // idle and stays open) and ends during the drain.
    const probes = ['/api/health/live', '/api/health/ready'].map((path) => {
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
    const proc = await startServerProcess({ SHUTDOWN_GRACE_MS: '500' });
    const upload = await stuckUpload(Number(new URL(proc.url).port));
    const exited = once(proc.child, 'exit');
    proc.child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    assert.equal(code, 0);
    await upload.closed;
    await proc.stop();
  });

  it('cuts a Socket.IO client that does not read its close, instead of waiting 30 s for it', async () => {
    const server = await startTestServer({ shutdownGraceMs: 300 });
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
    const server = await startTestServer({ shutdownGraceMs: 300 });
    const upload = await stuckUpload(server.port);
    await server.close();
    await upload.closed;
    assert.ok((await request(server, 'GET', '/api/health').catch(() => 'refused')) === 'refused');
  });
});
