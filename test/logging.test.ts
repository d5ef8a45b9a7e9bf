import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type { ErrorReply, Session, SseReady } from '../generated/types.js';
import { createLogger } from '../src/logger.js';
import { ConnectionLog } from '../src/transports/connection-log.js';
import { registerUser, request, uniqueUsername } from './helpers/http.js';
import { RawClient } from './helpers/raw.js';
import { LogCapture, startTestServer, type TestServer } from './helpers/server.js';
import { connect, refusedConnect } from './helpers/socket.js';
import { SseClient } from './helpers/sse.js';

// Issue 18, item 5: request ids on HTTP log lines, in X-Request-Id and in error bodies; connections
// logged as they come and go, refusals with their code; and no secret in the log, whatever went through.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('logs', () => {
  let server: TestServer;
  before(async () => {
    // trace: every line the server can write is captured, so a secret at any level would show.
    server = await startTestServer({ logLevel: 'trace' });
  });
  after(() => server.close());

  describe('request ids', () => {
    it('gives every HTTP answer an X-Request-Id, and puts it on the request’s log line', async () => {
      const reply = await request(server, 'GET', '/api/health/live');
      const id = reply.headers.get('x-request-id') ?? '';
      assert.match(id, UUID);
      const line = await server.logs.waitFor((l) => l.msg === 'request' && l.requestId === id);
      assert.equal(line.path, '/api/health/live');
    });

    it('repeats it in an error body, and on every log line of a request that failed', async () => {
      // fetch itself: the suite's request() checks error.requestId against the header, then takes it out.
      const reply = await fetch(`${server.url}/api/users/me`, {
        headers: { authorization: 'Bearer not-a-real-token' },
      });
      assert.equal(reply.status, 401);
      const id = reply.headers.get('x-request-id');
      assert.match(String(id), UUID);
      assert.equal(((await reply.json()) as ErrorReply).error.requestId, id);
      assert.ok(server.logs.lines.some((l) => l.msg === 'request' && l.requestId === id && l.status === 401));
    });

    it('logs a client’s own X-Request-Id beside ours rather than adopting it (no trusted proxy)', async () => {
      const reply = await request(server, 'GET', '/api/health/live', {
        headers: { 'x-request-id': 'client-42' },
      });
      const id = reply.headers.get('x-request-id');
      assert.match(String(id), UUID);
      const line = await server.logs.waitFor((l) => l.msg === 'request' && l.requestId === id);
      assert.equal(line.clientRequestId, 'client-42');
    });

    it('ignores an X-Request-Id that could forge a log line (spaces, quotes, line breaks, length)', async () => {
      for (const bad of ['a b', 'x"}\\n{"msg":"forged', 'x'.repeat(129)]) {
        const reply = await request(server, 'GET', '/api/health/live', { headers: { 'x-request-id': bad } });
        const id = reply.headers.get('x-request-id');
        const line = await server.logs.waitFor((l) => l.msg === 'request' && l.requestId === id);
        assert.equal(line.clientRequestId, undefined);
      }
    });

    it('adopts a sane X-Request-Id from a trusted proxy, joining its logs to ours', async () => {
      const proxied = await startTestServer({ trustProxyHops: 1 });
      try {
        const reply = await fetch(`${proxied.url}/api/nope`, { headers: { 'x-request-id': 'proxy-7f3a' } });
        assert.equal(reply.headers.get('x-request-id'), 'proxy-7f3a');
        assert.equal(((await reply.json()) as ErrorReply).error.requestId, 'proxy-7f3a');
      } finally {
        await proxied.close();
      }
    });
  });

  describe('realtime connections', () => {
    it('logs a Socket.IO connection and its end, with user, address, reason and duration', async () => {
      const user = await registerUser(server);
      const from = server.logs.lines.length;
      const client = await connect(server, { secret: user.profile.socketSecret });
      const connected = await server.logs.waitFor(
        (l) => l.msg === 'connected' && l.connectionId === client.socket.id,
        from,
      );
      assert.equal(connected.transport, 'socketio');
      assert.equal(connected.userId, user.profile.id);
      assert.match(String(connected.address), /127\.0\.0\.1/);
      client.socket.close();
      const gone = await server.logs.waitFor(
        (l) => l.msg === 'disconnected' && l.connectionId === connected.connectionId,
      );
      assert.equal(gone.reason, 'client namespace disconnect');
      assert.equal(typeof gone.durationMs, 'number');
    });

    it('logs a /ws connection and its end with the close code', async () => {
      const user = await registerUser(server);
      const raw = await RawClient.open(server.url);
      await raw.auth(user.token);
      const connected = await server.logs.waitFor((l) => l.msg === 'connected' && l.connectionId === raw.sid);
      assert.equal(connected.transport, 'raw');
      assert.equal(connected.userId, user.profile.id);
      raw.close();
      const gone = await server.logs.waitFor((l) => l.msg === 'disconnected' && l.connectionId === raw.sid);
      assert.match(String(gone.reason), /^1005|^1000/);
    });

    it('logs an event stream (SSE) that opened, and its end with the reason the server gave', async () => {
      const user = await registerUser(server);
      const stream = SseClient.open(server, '', { token: user.token });
      const ready = await stream.next<SseReady>('ready');
      const connected = await server.logs.waitFor(
        (l) => l.msg === 'connected' && l.transport === 'sse' && l.userId === user.profile.id,
      );
      assert.equal(ready.data.connectionId, connected.connectionId);
      await request(server, 'POST', '/api/users/logout', { token: user.token });
      const gone = await server.logs.waitFor(
        (l) => l.msg === 'disconnected' && l.connectionId === connected.connectionId,
      );
      assert.equal(gone.reason, 'logged-out');
      stream.close();
    });

    it('logs a refused handshake with the code the client was told, on both transports', async () => {
      const from = server.logs.lines.length;
      await refusedConnect(server, { secret: 'x'.repeat(43), via: 'auth' });
      await server.logs.waitFor((l) => l.msg === 'handshake refused' && l.transport === 'socketio', from);
      const raw = await RawClient.open(server.url);
      await raw.auth('not-a-session-token');
      const refused = await server.logs.waitFor(
        (l) => l.msg === 'handshake refused' && l.transport === 'raw',
        from,
      );
      assert.equal(refused.code, 'UNAUTHENTICATED');
      await raw.closed;
    });
  });

  it('writes one readable line per event with LOG_FORMAT=pretty, secrets redacted as in JSON', async () => {
    let written = '';
    const line = new Promise<void>((resolve) => {
      const sink = new Writable({
        write(chunk, _encoding, done) {
          written += chunk;
          resolve();
          done();
        },
      });
      createLogger({ logLevel: 'info', logFormat: 'pretty' }, sink).info(
        { requestId: 'r-1', password: 'pw-in-a-pretty-line', nested: { token: 'token-in-a-pretty-line' } },
        'request',
      );
    });
    await line;
    assert.match(written, /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: request \{"requestId":"r-1"/);
    assert.equal(written.trimEnd().split('\n').length, 1);
    assert.doesNotMatch(written, /pw-in-a-pretty-line|token-in-a-pretty-line/);
  });

  it('logs 30 refused handshakes a minute one by one, then counts the rest in one line by code', () => {
    const logs = new LogCapture();
    let now = 1_000_000;
    const connections = new ConnectionLog(createLogger({ logLevel: 'info' }, logs), () => now);
    for (let i = 0; i < 100; i++)
      connections.refused({ code: i % 2 ? 'UNAUTHENTICATED' : 'RATE_LIMITED', address: '192.0.2.9' });
    assert.equal(logs.lines.filter((l) => l.msg === 'handshake refused').length, 30);
    now += 60_000;
    connections.refused({ code: 'UNAUTHENTICATED', address: '192.0.2.9' });
    const summary = logs.lines.find((l) => l.msg === 'handshakes refused beyond the log limit');
    assert.deepEqual(summary?.byCode, { UNAUTHENTICATED: 35, RATE_LIMITED: 35 });
    assert.equal(summary?.notLogged, 70);
    assert.equal(logs.lines.filter((l) => l.msg === 'handshake refused').length, 31);
  });

  it('never logs a password, session token, socket secret, socket token or Authorization/Cookie header', async () => {
    const username = uniqueUsername('secretive');
    const password = 'pw-that-must-never-be-logged-1';
    const wrongPassword = 'wrong-pw-that-must-never-be-logged-2';
    const reg = await request<Session>(server, 'POST', '/api/users/register', {
      body: { username, password },
    });
    assert.equal(reg.status, 201);
    const failed = await request(server, 'POST', '/api/users/login', {
      body: { username, password: wrongPassword },
    });
    assert.equal(failed.status, 401);
    const login = await request<Session>(server, 'POST', '/api/users/login', {
      body: { username, password },
    });
    assert.equal(login.status, 200);
    const token = login.body.token;
    const me = await request<{ socketSecret: string }>(server, 'GET', '/api/users/me', { token });
    const secret = me.body.socketSecret;
    const cookie = login.headers.get('set-cookie') ?? '';
    // A handshake with the secret (header, then auth payload), one with the cookie, and a refused one.
    const a = await connect(server, { secret, via: 'header' });
    const b = await connect(server, { secret, via: 'auth' });
    const wrongSecret = `${secret.slice(0, -4)}AAAA`;
    await refusedConnect(server, { secret: wrongSecret, via: 'auth' });
    const raw = await RawClient.open(server.url);
    await raw.auth(token);
    const socketToken = raw.token;
    // A request that fails with the token in Authorization, one with a Cookie header.
    await request(server, 'GET', '/api/nope', { token, headers: { cookie: `switchboard_socket=${secret}` } });
    a.socket.close();
    b.socket.close();
    raw.close();
    await raw.closed;
    await server.logs.waitFor((l) => l.msg === 'disconnected' && l.connectionId === raw.sid);
    await server.requestsSettled();

    const text = server.logs.text();
    const secrets = { password, wrongPassword, token, secret, wrongSecret, socketToken };
    for (const [what, value] of Object.entries(secrets)) {
      assert.ok(value.length >= 16, `${what} is long enough to search for`);
      assert.ok(!text.includes(value), `the log holds the ${what}`);
    }
    for (const part of cookie.split(';')[0]?.split('=').slice(1) ?? [])
      assert.ok(!part || !text.includes(part), 'the log holds the socket cookie');
    assert.doesNotMatch(text, /Bearer /i);
  });
});
