import assert from 'node:assert/strict';
import type { ErrorReply } from '../../generated/types.js';
import { registerUser, request, type TestUser } from '../helpers/http.js';
import { RawClient } from '../helpers/raw.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { type ConnectError, type Connected, connect, emitRaw } from '../helpers/socket.js';
import { WireClient } from '../helpers/wire.js';

/** `[[[…]]]` `depth` levels deep: two bytes a level, so 20,000 levels fit in a 64 KiB frame. */
const nested = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown;

/** Error-level log lines (pino level 50+): a refused input must not look like a server failure. */
const errorLogs = (server: TestServer) => server.logs.lines.filter((l) => l.level >= 50);

describe('hardening: JSON the server cannot handle safely is refused on every transport', () => {
  let server: TestServer;
  let user: TestUser;
  let conn: Connected;

  before(async () => {
    server = await startTestServer();
    user = await registerUser(server);
    conn = await connect(server, { secret: user.profile.socketSecret });
  });
  after(async () => {
    conn.socket.close();
    await server.close();
  });

  it('answers an HTTP body nested 4,500 deep with 400 BAD_INPUT, not 500', async () => {
    const reply = await request<ErrorReply>(server, 'POST', '/api/db/notes', {
      token: user.token,
      body: `{"a":${'['.repeat(4500)}${']'.repeat(4500)}}`,
    });
    assert.equal(reply.status, 400);
    assert.equal(reply.body.error.code, 'BAD_INPUT');
    assert.match(reply.body.error.message, /nested deeper than 64 levels/);
    assert.match(reply.body.error.field ?? '', /^body\.a\.0\.0/);
  });

  it('refuses a number JSON cannot carry back (1e999) instead of storing null', async () => {
    const reply = await request<ErrorReply>(server, 'POST', '/api/db/notes', {
      token: user.token,
      body: '{"n": 1e999, "ok": 1}',
    });
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body.error, {
      code: 'BAD_INPUT',
      message: 'body.n is a number out of range',
      field: 'body.n',
    });
  });

  it('keeps a document exactly 64 levels deep', async () => {
    const reply = await request(server, 'POST', '/api/db/notes', {
      token: user.token,
      body: { a: nested(63) },
    });
    assert.equal(reply.status, 201);
  });

  it('answers a Socket.IO payload nested 20,000 deep with BAD_INPUT and keeps the connection', async () => {
    // socket.io-client cannot even encode such a value (its binary check recurses): send the frame itself.
    const wire = await WireClient.connect(server.url, { socketSecret: user.profile.socketSecret });
    try {
      await wire.request('join-room', '{"room":"deep"}');
      const reply = (await wire.request(
        'send-message',
        `{"room":"deep","body":{"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`,
      )) as ErrorReply;
      assert.equal(reply.error.code, 'BAD_INPUT');
      assert.match(reply.error.field ?? '', /^body\.a\.0\.0/);
      assert.deepEqual(await wire.request('echo', '{"data":"still here"}'), { data: 'echo: still here' });
      const history = (await wire.request('room-history', '{"room":"deep"}')) as { messages: unknown[] };
      assert.equal(history.messages.length, 0, 'nothing stored');
    } finally {
      wire.close();
    }
  });

  it('refuses binary data anywhere in a Socket.IO payload: a message body holding a Buffer is not stored', async () => {
    await emitRaw(conn.socket, 'join-room', { room: 'deep' });
    const reply = (await emitRaw(conn.socket, 'send-message', {
      room: 'deep',
      body: { file: Buffer.from('not json') },
    })) as ErrorReply;
    assert.deepEqual(reply.error, {
      code: 'BAD_INPUT',
      message: 'body.file is binary data: payloads are JSON',
      field: 'body.file',
    });
  });

  it('refuses a handshake whose auth payload is nested too deep, with the spec’d connect_error', async () => {
    const refusal = await WireClient.connect(server.url, {
      socketSecret: user.profile.socketSecret,
      x: nested(200),
    }).then(
      () => assert.fail('the handshake was accepted'),
      (err: ConnectError) => err,
    );
    assert.equal(refusal.data?.code, 'BAD_INPUT');
    assert.match(refusal.data?.field ?? '', /^auth\.x\.0/);
  });

  it('answers a /ws envelope whose type is nested 20,000 deep with an error envelope naming the type', async () => {
    const raw = await RawClient.open(server.url);
    try {
      raw.sendText(`{"sid":"${raw.sid}","type":${'['.repeat(20_000)}${']'.repeat(20_000)}}`);
      const error = await raw.next('error');
      assert.equal(error.code, 'BAD_INPUT');
      assert.match(error.field ?? '', /^type\.0\.0/);
      await raw.sync();
    } finally {
      raw.close();
    }
  });

  it('logs none of these as a server error, and stays healthy', async () => {
    assert.deepEqual(errorLogs(server), []);
    assert.equal((await request(server, 'GET', '/api/health')).status, 200);
  });
});
