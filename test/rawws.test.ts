import assert from 'node:assert/strict';
import { connect as connectTcp } from 'node:net';
import WebSocket from 'ws';
import { type EnvelopeOperation, envelopeOperations } from '../generated/envelope.js';
import type {
  AccountConnections,
  ChatMessage,
  DbChange,
  Document,
  ErrorReply,
  Health,
  Profile,
  PublicUser,
  Session,
  UserActivity,
} from '../generated/types.js';
import type { Config } from '../src/config.js';
import { recordedFacts } from '../src/transports/spec-coverage.js';
import { cutProxy } from './helpers/cut-proxy.js';
import { registerUser, request, type TestUser, uniqueUsername } from './helpers/http.js';
import { RawClient } from './helpers/raw.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { type Connected, connect, refusedConnect } from './helpers/socket.js';
import { WireClient } from './helpers/wire.js';

interface World {
  server: TestServer;
  ada: TestUser;
  bob: TestUser;
  raw(user?: TestUser): Promise<RawClient>;
  io(user: TestUser, transports?: ('websocket' | 'polling')[]): Promise<Connected>;
}

async function world(config: Partial<Config> = {}): Promise<World & { end(): Promise<void> }> {
  // The connection counts tests wait for are health's details.
  const server = await startTestServer({ healthDetails: 'public', ...config });
  const raws: RawClient[] = [];
  const ios: Connected[] = [];
  return {
    server,
    ada: await registerUser(server),
    bob: await registerUser(server),
    raw: async (user) => {
      const client = await RawClient.open(server.url);
      raws.push(client);
      if (user) {
        const answer = await client.auth(user.token);
        assert.equal(answer.type, 'token', JSON.stringify(answer));
      }
      return client;
    },
    io: async (user, transports) => {
      const client = await connect(server, { secret: user.profile.socketSecret, transports });
      ios.push(client);
      return client;
    },
    end: async () => {
      for (const c of raws) c.ws.terminate();
      for (const c of ios) c.socket.close();
      await server.close();
    },
  };
}

async function health(server: TestServer): Promise<Health> {
  return (await request<Health>(server, 'GET', '/api/health')).body;
}

/** Waits until the server counts this many connections of a transport (closing is asynchronous). */
async function countIs(server: TestServer, transport: 'raw' | 'socketio', n: number): Promise<void> {
  const until = Date.now() + 5000;
  let seen = -1;
  while (Date.now() < until) {
    seen = (await health(server)).connections?.[transport] ?? -1;
    if (seen === n) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.fail(`the server holds ${seen} ${transport} connections, not ${n}`);
}
const rawCountIs = (server: TestServer, n: number) => countIs(server, 'raw', n);
const socketIoCountIs = (server: TestServer, n: number) => countIs(server, 'socketio', n);

/** Sends an upgrade request with this request target on a bare TCP socket: the status line, and whether it closed. */
async function rawUpgrade(port: number, target: string): Promise<{ status: string; closed: boolean }> {
  const socket = connectTcp(port, '127.0.0.1');
  socket.write(
    `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
  );
  let text = '';
  socket.on('data', (d) => {
    text += d.toString();
  });
  socket.on('error', () => {});
  const closed = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 3000);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  socket.destroy();
  return { status: text.split('\r\n')[0] ?? '', closed };
}

const expectError = (e: { type: string; code?: string; field?: string }, code: string, field?: string) => {
  assert.equal(e.type, 'error', JSON.stringify(e));
  assert.equal(e.code, code, JSON.stringify(e));
  if (field !== undefined) assert.equal(e.field, field, JSON.stringify(e));
};

describe('raw WebSocket transport (/ws)', () => {
  describe('the StaticBackend flow', () => {
    let w: Awaited<ReturnType<typeof world>>;
    beforeEach(async () => {
      w = await world();
    });
    afterEach(() => w.end());

    it('init → echo → auth → join → chan_in → chan_out, then database events', async () => {
      // A refused auth ends its connection (one try each): the server looks tokens up once per connection.
      const guesser = await RawClient.open(w.server.url);
      const bad = await guesser.request({ type: 'auth', data: 'not-a-session-token' }, 'token');
      assert.equal(bad.data, 'invalid token');
      expectError(bad, 'UNAUTHENTICATED');
      assert.deepEqual(await guesser.closed, { code: 1008, reason: 'UNAUTHENTICATED' });

      const ada = await RawClient.open(w.server.url);
      const init = ada.received[0]?.envelope;
      assert.deepEqual(init, { sid: '', type: 'init', data: ada.sid });
      assert.match(ada.sid, /^[0-9a-f-]{36}$/);

      const echo = await ada.request({ type: 'echo', data: 'hello' }, 'echo');
      assert.deepEqual(echo, { sid: ada.sid, type: 'echo', data: 'echo: hello' });

      // auth takes the session token from POST /api/users/login.
      const login = await request<Session>(w.server, 'POST', '/api/users/login', {
        body: { username: w.ada.profile.username, password: w.ada.password },
      });
      const token = await ada.auth(login.body.token);
      assert.equal(token.type, 'token');
      assert.equal(token.sid, ada.sid);
      assert.ok(token.data.length >= 32, 'a socket token');

      const bob = await w.raw(w.bob);
      for (const c of [ada, bob])
        assert.deepEqual(await c.request({ type: 'join', data: 'lobby' }, 'joined'), {
          sid: c.sid,
          type: 'joined',
          data: 'lobby',
        });

      const ok = await ada.request({ type: 'chan_in', data: 'hi all', channel: 'lobby' }, 'ok');
      assert.equal(ok.type, 'ok', JSON.stringify(ok));
      assert.equal(ok.channel, 'lobby');
      const receipt = JSON.parse(ok.data) as { id: string; seq: number };
      assert.equal(receipt.seq, 1);
      const out = await bob.next('chan_out');
      assert.deepEqual(out, { sid: bob.sid, type: 'chan_out', data: 'hi all', channel: 'lobby' });
      // The message is durable: Socket.IO's history shows it with its body.
      const history = await request<{ messages: ChatMessage[] }>(
        w.server,
        'GET',
        '/api/rooms/lobby/messages',
        {
          token: w.bob.token,
        },
      );
      assert.deepEqual(
        history.body.messages.map((m) => [m.id, m.seq, m.body, m.author.userId]),
        [[receipt.id, 1, { data: 'hi all' }, w.ada.profile.id]],
      );

      // Presence count, and leaving.
      const count = await bob.request({ type: 'presence', data: 'lobby' }, 'presence');
      assert.deepEqual(count, { sid: bob.sid, type: 'presence', data: '2', channel: 'lobby' });
      assert.equal((await bob.request({ type: 'leave', data: 'lobby' }, 'left')).type, 'left');
      await ada.request({ type: 'chan_in', data: 'after bob left', channel: 'lobby' }, 'ok');
      await bob.sync();
      assert.deepEqual(
        bob.all('chan_out').map((e) => e.data),
        ['hi all'],
      );
      const notMember = await bob.request({ type: 'leave', data: 'lobby' }, 'left');
      expectError(notMember, 'NOT_MEMBER', 'data');
      const notMemberChat = await bob.request({ type: 'chan_in', data: 'x', channel: 'lobby' }, 'ok');
      expectError(notMemberChat, 'FORBIDDEN', 'channel');

      // db-<repo>: join subscribes, REST writes arrive as db_created / db_updated / db_deleted.
      assert.equal((await bob.request({ type: 'join', data: 'db-feed_744_' }, 'joined')).type, 'joined');
      const doc = await request<Document>(w.server, 'POST', '/api/db/feed_744_', {
        token: w.ada.token,
        body: { title: 'first' },
      });
      assert.equal(doc.status, 201);
      const created = await bob.next('db_created');
      assert.equal(created.channel, 'db-feed_744_');
      const change = JSON.parse(created.data) as DbChange;
      assert.equal(change.id, doc.body.id);
      assert.deepEqual(change.document?.data, { title: 'first' });
      await request(w.server, 'PATCH', `/api/db/feed_744_/${doc.body.id}`, {
        token: w.ada.token,
        body: { title: 'second' },
      });
      const updated = JSON.parse((await bob.next('db_updated')).data) as DbChange;
      assert.deepEqual(updated.document?.data, { title: 'second' });
      await request(w.server, 'DELETE', `/api/db/feed_744_/${doc.body.id}`, { token: w.ada.token });
      const deleted = JSON.parse((await bob.next('db_deleted')).data) as DbChange;
      assert.equal(deleted.id, doc.body.id);
      assert.ok(change.position < updated.position && updated.position < deleted.position);

      // Chat into a db- channel is refused.
      const refused = await bob.request({ type: 'chan_in', data: 'x', channel: 'db-feed_744_' }, 'ok');
      expectError(refused, 'FORBIDDEN', 'channel');
      assert.equal(refused.channel, 'db-feed_744_');
      // After leaving db-<repo>, writes arrive no more.
      await bob.request({ type: 'leave', data: 'db-feed_744_' }, 'left');
      await request(w.server, 'POST', '/api/db/feed_744_', { token: w.ada.token, body: { title: 'late' } });
      await bob.sync();
      assert.equal(bob.all('db_created').length, 1);
    });

    it('delivers database events only for documents the subscriber may read', async () => {
      // notes (_740_): an account's documents are read by its users, nobody else's.
      const ada = await w.raw(w.ada);
      const bob = await w.raw(w.bob);
      for (const c of [ada, bob]) await c.request({ type: 'join', data: 'db-notes' }, 'joined');
      await request(w.server, 'POST', '/api/db/notes', { token: w.ada.token, body: { by: 'ada' } });
      await request(w.server, 'POST', '/api/db/notes', { token: w.bob.token, body: { by: 'bob' } });
      const adaSees = JSON.parse((await ada.next('db_created')).data) as DbChange;
      const bobSees = JSON.parse((await bob.next('db_created')).data) as DbChange;
      assert.deepEqual(adaSees.document?.data, { by: 'ada' });
      assert.deepEqual(bobSees.document?.data, { by: 'bob' });
      await ada.sync();
      await bob.sync();
      assert.equal(ada.all('db_created').length, 1);
      assert.equal(bob.all('db_created').length, 1);
      // A repository the user could never read is refused, naming the envelope's field.
      const refused = await bob.request({ type: 'join', data: 'db-blind_300_' }, 'joined');
      expectError(refused, 'FORBIDDEN', 'data');
    });
  });

  describe('one core, two transports', () => {
    let w: Awaited<ReturnType<typeof world>>;
    beforeEach(async () => {
      w = await world();
    });
    afterEach(() => w.end());

    it('puts raw and Socket.IO clients in the same rooms, both ways', async () => {
      const raw = await w.raw(w.ada);
      const sio = await w.io(w.bob);
      await raw.request({ type: 'join', data: 'mixed' }, 'joined');
      await sio.socket.timeout(5000).emitWithAck('join-room', { room: 'mixed' });

      await raw.request({ type: 'chan_in', data: '{"text":"from raw"}', channel: 'mixed' }, 'ok');
      const got = await sio.events.next('message');
      assert.deepEqual(got.body, { data: '{"text":"from raw"}' });
      assert.equal(got.author.userId, w.ada.profile.id);

      const sent = await sio.socket
        .timeout(5000)
        .emitWithAck('send-message', { room: 'mixed', body: { text: 'from socket.io', n: 1 } });
      assert.ok(!('error' in sent));
      const out = await raw.next('chan_out');
      assert.deepEqual(JSON.parse(out.data), { text: 'from socket.io', n: 1 });
      assert.equal(out.channel, 'mixed');
      // The view counts members of both transports.
      const view = await sio.socket.timeout(5000).emitWithAck('view-room', { room: 'mixed' });
      assert.ok(!('error' in view));
      assert.equal(view.memberCount, 2);
    });

    it('carries presence both ways and database events to both', async () => {
      const sio = await w.io(w.bob);
      const raw = await w.raw(w.ada);
      // The raw client's authentication puts ada online for Socket.IO clients.
      const online = await sio.events.next('activity', (a) => a.userId === w.ada.profile.id);
      assert.equal(online.state, 'online');
      await sio.socket.timeout(5000).emitWithAck('set-activity', { state: 'busy', status: 'in a meeting' });
      const activity = await raw.next(
        'activity',
        (e) => (JSON.parse(e.data) as UserActivity).userId === w.bob.profile.id,
      );
      const parsed = JSON.parse(activity.data) as UserActivity;
      assert.equal(parsed.state, 'busy');
      assert.equal(parsed.status, 'in a meeting');

      await raw.request({ type: 'join', data: 'db-board_744_' }, 'joined');
      await sio.socket.timeout(5000).emitWithAck('subscribe-db', { repo: 'board_744_' });
      await request(w.server, 'POST', '/api/db/board_744_', { token: w.bob.token, body: { k: 1 } });
      const viaRaw = JSON.parse((await raw.next('db_created')).data) as DbChange;
      const viaIo = await sio.events.next('db_created');
      assert.deepEqual(viaRaw, viaIo);

      // Closing the last raw connection puts ada offline for others.
      raw.close();
      const offline = await sio.events.next(
        'activity',
        (a) => a.userId === w.ada.profile.id && a.state === 'offline',
      );
      assert.ok(offline.since, 'when ada went offline');
    });
  });

  describe('bad input', () => {
    let w: Awaited<ReturnType<typeof world>>;
    let client: RawClient;
    beforeEach(async () => {
      w = await world({ maxFrameBytes: 2048, maxMessageBytes: 256 });
      client = await w.raw(w.ada);
    });
    afterEach(() => w.end());

    const cases: [string, (c: RawClient) => void, string, string | undefined][] = [
      ['a wrong sid', (c) => c.send({ sid: 'not-mine', type: 'echo', data: 'x' }), 'BAD_INPUT', 'sid'],
      ['a missing sid', (c) => c.sendText(JSON.stringify({ type: 'echo', data: 'x' })), 'BAD_INPUT', 'sid'],
      [
        'a missing token',
        (c) => c.sendText(JSON.stringify({ sid: c.sid, type: 'join', data: 'room' })),
        'UNAUTHENTICATED',
        'token',
      ],
      [
        'a wrong token',
        (c) => c.send({ type: 'join', data: 'room', token: 'wrong' }),
        'UNAUTHENTICATED',
        'token',
      ],
      ['an unknown type', (c) => c.send({ type: 'shout', data: 'x' }), 'UNKNOWN_EVENT', 'type'],
      ['a type that is not a string', (c) => c.send({ type: 42, data: 'x' }), 'UNKNOWN_EVENT', 'type'],
      [
        'a server-only type',
        (c) => c.send({ type: 'chan_out', data: 'x', channel: 'r' }),
        'UNKNOWN_EVENT',
        'type',
      ],
      ['malformed JSON', (c) => c.sendText('{"sid": '), 'MALFORMED', ''],
      ['an array', (c) => c.sendText('[1,2]'), 'BAD_INPUT', ''],
      ['a number', (c) => c.sendText('42'), 'BAD_INPUT', ''],
      ['null', (c) => c.sendText('null'), 'BAD_INPUT', ''],
      ['data that is not a string', (c) => c.send({ type: 'echo', data: { x: 1 } }), 'BAD_INPUT', 'data'],
      ['chan_in without a channel', (c) => c.send({ type: 'chan_in', data: 'x' }), 'BAD_INPUT', 'channel'],
      ['an unknown field', (c) => c.send({ type: 'echo', data: 'x', extra: 1 }), 'BAD_INPUT', 'extra'],
      ['a bad room name', (c) => c.send({ type: 'join', data: 'no spaces here' }), 'BAD_INPUT', 'data'],
      ['a bad repository', (c) => c.send({ type: 'join', data: 'db-BadName' }), 'BAD_INPUT', 'data'],
      [
        'a bad channel',
        (c) => c.send({ type: 'chan_in', data: 'x', channel: 'a/b' }),
        'BAD_INPUT',
        'channel',
      ],
      ['a second auth', (c) => c.send({ type: 'auth', data: w.ada.token }), 'BAD_INPUT', 'data'],
      [
        'a frame over MAX_FRAME_BYTES',
        (c) => c.send({ type: 'echo', data: 'x'.repeat(3000) }),
        'PAYLOAD_TOO_LARGE',
        '',
      ],
      ['a binary frame', (c) => c.ws.send(Buffer.from('{"type":"echo"}')), 'BAD_INPUT', ''],
    ];
    for (const [what, send, code, field] of cases) {
      it(`answers ${what} with ${code}${field ? ` naming "${field}"` : ''}, and the connection stays usable`, async () => {
        send(client);
        const error = await client.next('error');
        expectError(error, code, field);
        assert.ok(error.data.length > 0, 'says what is wrong');
        await client.sync();
        // Still authenticated: a room join works after the error.
        assert.equal((await client.request({ type: 'join', data: 'after' }, 'joined')).type, 'joined');
      });
    }

    it('closes with 1009 past the hard limit (four times MAX_FRAME_BYTES), and nobody else notices', async () => {
      const other = await w.raw(w.bob);
      client.sendText(JSON.stringify({ sid: client.sid, type: 'echo', data: 'x'.repeat(9000) }));
      const closed = await client.closed;
      assert.equal(closed.code, 1009);
      await other.sync();
      await rawCountIs(w.server, 1);
    });

    it('answers requests in order, each with its own answer, even when some are bad', async () => {
      client.send({ type: 'echo', data: '1' });
      client.sendText('nonsense');
      client.send({ type: 'echo', data: '2' });
      client.ws.send(Buffer.from('binary'));
      client.send({ type: 'join', data: 'ordered' });
      client.send({ type: 'echo', data: '3' });
      await client.sync();
      assert.deepEqual(
        client.received.slice(2, -1).map((r) => `${r.envelope.type}:${r.envelope.code ?? r.envelope.data}`),
        [
          'echo:echo: 1',
          'error:MALFORMED',
          'echo:echo: 2',
          'error:BAD_INPUT',
          'joined:ordered',
          'echo:echo: 3',
        ],
      );
    });

    it('stores nothing for a refused chan_in', async () => {
      await client.request({ type: 'join', data: 'kept' }, 'joined');
      const tooBig = await client.request({ type: 'chan_in', data: 'y'.repeat(600), channel: 'kept' }, 'ok');
      expectError(tooBig, 'PAYLOAD_TOO_LARGE', 'data');
      const history = await request<{ messages: ChatMessage[] }>(
        w.server,
        'GET',
        '/api/rooms/kept/messages',
        {
          token: w.ada.token,
        },
      );
      assert.deepEqual(history.body.messages, []);
    });
  });

  describe('upgrade routing', () => {
    let w: Awaited<ReturnType<typeof world>>;
    beforeEach(async () => {
      w = await world();
    });
    afterEach(() => w.end());

    for (const transports of [['websocket'], ['polling']] as const) {
      it(`keeps Socket.IO working by ${transports[0]} with /ws mounted`, async () => {
        const raw = await w.raw(w.bob);
        const sio = await w.io(w.ada, [...transports]);
        const echo = await sio.socket.timeout(5000).emitWithAck('echo', { data: 'still here' });
        assert.deepEqual(echo, { data: 'echo: still here' });
        await raw.sync();
      });
    }

    it('upgrades polling to websocket alongside /ws', async () => {
      const sio = await connect(w.server, {
        secret: w.ada.profile.socketSecret,
        transports: ['polling', 'websocket'],
      });
      try {
        if (sio.socket.io.engine.transport.name !== 'websocket')
          await new Promise((resolve) => sio.socket.io.engine.once('upgrade', resolve));
        assert.equal(sio.socket.io.engine.transport.name, 'websocket');
        assert.deepEqual(await sio.socket.timeout(5000).emitWithAck('echo', { data: 'up' }), {
          data: 'echo: up',
        });
      } finally {
        sio.socket.close();
      }
    });

    it('refuses an upgrade on any other path, and accepts /ws with a query string', async () => {
      for (const path of ['/nope', '/ws/extra', '/api/health']) {
        await assert.rejects(RawClient.open(w.server.url, path), (err: Error) => {
          assert.match(err.message, /socket hang up|ECONNRESET|upgrade refused|Unexpected server response/);
          return true;
        });
      }
      const withQuery = await RawClient.open(w.server.url, '/ws?client=test');
      await withQuery.sync();
      withQuery.close();
    });

    it('answers 400 and closes upgrades with odd or malformed targets, and stays up', async () => {
      for (const target of [
        '//x:99999/ws',
        '//[',
        '/x/../socket.io/?EIO=4&transport=websocket',
        '/socket.io\\',
        'http://h/socket.io/?EIO=4&transport=websocket',
        'http://h/ws',
        '/ws/',
        '//ws',
        '/ws%2F',
      ]) {
        const answer = await rawUpgrade(w.server.port, target);
        assert.deepEqual(answer, { status: 'HTTP/1.1 400 Bad Request', closed: true }, target);
      }
      assert.equal((await health(w.server)).status, 'ok');
      await (await w.raw(w.ada)).sync();
    });

    it('ends the Engine.IO session with its Socket.IO connection: one namespace connect per session', async () => {
      const wire = await WireClient.connect(w.server.url, { socketSecret: w.ada.profile.socketSecret });
      await socketIoCountIs(w.server, 1);
      wire.send('41');
      await wire.closed;
      await socketIoCountIs(w.server, 0);
    });
  });

  describe('server failures', () => {
    // `echo` replaced by an operation of this test's own, to reach what no spec'd type does on purpose:
    // `throw` makes its handler fail, `lie` makes it answer against the spec, anything else echoes.
    const echo = envelopeOperations.get('echo') as EnvelopeOperation;
    const failingEcho: EnvelopeOperation = {
      ...echo,
      operationId: 'rawFailingEcho',
      handler: (message, ctx) => {
        const { data } = message as { data: string };
        if (data === 'throw') return Promise.reject(new Error('secret internals at /srv/db'));
        if (data === 'lie') return { sid: (message as { sid: string }).sid, type: 'echo', data: 42 };
        return echo.handler(message, ctx);
      },
    };
    let server: TestServer;
    let client: RawClient;
    before(async () => {
      server = await startTestServer(
        {},
        { envelopeOperations: new Map([...envelopeOperations, ['echo', failingEcho]]) },
      );
      client = await RawClient.open(server.url);
    });
    after(async () => {
      client.ws.terminate();
      await server.close();
    });

    it('answers a throwing handler with INTERNAL, logs the error and leaks nothing', async () => {
      client.send({ type: 'echo', data: 'throw' });
      const error = await client.next('error');
      expectError(error, 'INTERNAL');
      assert.equal(error.data, 'internal server error');
      assert.doesNotMatch(JSON.stringify(error), /secret internals/);
      const logged = server.logs.lines.find((l) => l.msg === 'request failed');
      assert.match(JSON.stringify(logged), /secret internals/);
      await client.sync();
    });

    it('answers INTERNAL instead of an answer that violates the spec (outbound validation)', async () => {
      client.send({ type: 'echo', data: 'lie' });
      expectError(await client.next('error'), 'INTERNAL');
      assert.ok(recordedFacts().has('answer localRaw rawFailingEcho INTERNAL'), 'recorded for spec coverage');
      assert.ok(
        server.logs.lines.some(
          (l) => l.msg === 'outbound message violates the spec' && l.what === 'envelope echo answer',
        ),
      );
      await client.sync();
    });
  });

  describe('room limits and rates', () => {
    it('answers LIMIT_REACHED past MAX_ROOMS_PER_CONNECTION and RATE_LIMITED past the per-user rates', async () => {
      const w = await world({ maxRoomsPerConnection: 1, membershipRateLimit: 3, messageRateLimit: 2 });
      try {
        const ada = await w.raw(w.ada);
        assert.equal((await ada.request({ type: 'join', data: 'one' }, 'joined')).type, 'joined');
        expectError(await ada.request({ type: 'join', data: 'two' }, 'joined'), 'LIMIT_REACHED', 'data');
        // Membership changes: the join above, this leave and the next join; the fourth change is refused.
        assert.equal((await ada.request({ type: 'leave', data: 'one' }, 'left')).type, 'left');
        assert.equal((await ada.request({ type: 'join', data: 'one' }, 'joined')).type, 'joined');
        expectError(await ada.request({ type: 'leave', data: 'one' }, 'left'), 'RATE_LIMITED');
        // The rate is the user's, whatever the connection: bob's fourth change is a join on another one.
        const [bob, bobAgain] = [await w.raw(w.bob), await w.raw(w.bob)];
        await bob.request({ type: 'join', data: 'three' }, 'joined');
        await bobAgain.request({ type: 'join', data: 'four' }, 'joined');
        await bobAgain.request({ type: 'leave', data: 'four' }, 'left');
        expectError(await bobAgain.request({ type: 'join', data: 'five' }, 'joined'), 'RATE_LIMITED');

        for (const text of ['a', 'b'])
          assert.equal((await ada.request({ type: 'chan_in', data: text, channel: 'one' }, 'ok')).type, 'ok');
        const limited = await ada.request({ type: 'chan_in', data: 'c', channel: 'one' }, 'ok');
        expectError(limited, 'RATE_LIMITED');
        assert.ok(Number((limited as { retryAfterSeconds?: number }).retryAfterSeconds) >= 1);
      } finally {
        await w.end();
      }
    });

    it('answers UNAVAILABLE when the database does not answer, and the connection stays usable', async () => {
      const w = await world();
      try {
        const ada = await w.raw(w.ada);
        await w.server.database.db.destroy();
        expectError(await ada.request({ type: 'join', data: 'lobby' }, 'joined'), 'UNAVAILABLE');
        assert.deepEqual(await ada.request({ type: 'echo', data: 'still here' }, 'echo'), {
          sid: ada.sid,
          type: 'echo',
          data: 'echo: still here',
        });
      } finally {
        await w.end().catch(() => {});
      }
    });
  });

  describe('connection limits', () => {
    it('caps connections globally across both transports, refusing only the newcomer', async () => {
      const w = await world({ maxConnections: 2 });
      try {
        const sio = await w.io(w.ada);
        const raw = await w.raw(w.bob);
        // A raw newcomer: an error envelope, then close 1008.
        const refusedRaw = new WebSocket(`${w.server.url.replace('http', 'ws')}/ws`);
        const first = await new Promise<string>((resolve) =>
          refusedRaw.once('message', (d) => resolve(d.toString())),
        );
        const error = JSON.parse(first) as { type: string; code: string; data: string };
        expectError(error, 'CONNECTION_LIMIT');
        assert.match(error.data, /MAX_CONNECTIONS/);
        const code = await new Promise<number>((resolve) => refusedRaw.once('close', resolve));
        assert.equal(code, 1008);
        // A Socket.IO newcomer: connect_error with the spec'd error.
        const refused = await refusedConnect(w.server, { secret: w.ada.profile.socketSecret });
        assert.equal(refused.data?.code, 'CONNECTION_LIMIT');
        // Those connected carry on; once one leaves, a newcomer fits.
        await raw.sync();
        assert.deepEqual(await sio.socket.timeout(5000).emitWithAck('echo', { data: 'x' }), {
          data: 'echo: x',
        });
        raw.close();
        await rawCountIs(w.server, 0);
        const next = await w.raw(w.bob);
        await next.sync();
        assert.deepEqual((await health(w.server)).connections, { socketio: 1, raw: 1, sse: 0 });
      } finally {
        await w.end();
      }
    });

    it('refuses a user’s connection past MAX_CONNECTIONS_PER_USER on either transport (policy refuse)', async () => {
      const w = await world({ maxConnectionsPerUser: 1 });
      try {
        const sio = await w.io(w.ada);
        const raw = await RawClient.open(w.server.url);
        const refused = await raw.auth(w.ada.token);
        expectError(refused, 'CONNECTION_LIMIT');
        assert.match(refused.data, /MAX_CONNECTIONS_PER_USER/);
        assert.equal((await raw.closed).code, 1008);
        const refusedIo = await refusedConnect(w.server, { secret: w.ada.profile.socketSecret });
        assert.equal(refusedIo.data?.code, 'CONNECTION_LIMIT');
        // The first stays; another user is not affected.
        assert.ok(sio.socket.connected);
        await (await w.raw(w.bob)).sync();
        sio.socket.close();
        await socketIoCountIs(w.server, 0);
        await w.raw(w.ada);
      } finally {
        await w.end();
      }
    });

    it('closes the user’s oldest connection for the newest under policy replace (Nakama’s single socket)', async () => {
      const w = await world({ maxConnectionsPerUser: 1, connectionsPerUserPolicy: 'replace' });
      try {
        const sio = await w.io(w.ada);
        const bobs = await w.io(w.bob);
        const disconnected = new Promise<string>((resolve) => sio.socket.once('disconnect', resolve));
        const raw = await w.raw(w.ada);
        assert.equal(await disconnected, 'io server disconnect');
        await raw.sync();
        // The raw one is replaced in turn by a Socket.IO connection, with close code 4000.
        const again = await w.io(w.ada);
        assert.equal((await raw.closed).code, 4000);
        assert.ok(again.socket.connected);
        assert.ok(bobs.socket.connected, 'other users are not disturbed');
        // After the swaps ada is online, on one connection.
        await w.server.services.presence.settled();
        const snapshot = await request<{ activities: UserActivity[] }>(w.server, 'GET', '/api/activities', {
          token: w.bob.token,
        });
        assert.equal(snapshot.body.activities.find((a) => a.userId === w.ada.profile.id)?.state, 'online');
        assert.deepEqual((await health(w.server)).connections, { socketio: 2, raw: 0, sse: 0 });
      } finally {
        await w.end();
      }
    });

    it('caps connections per account by plan; the owner sees the counts', async () => {
      const w = await world({
        plans: new Map([
          ['free', 2],
          ['pro', 0],
        ]),
        defaultPlan: 'free',
      });
      try {
        const username = uniqueUsername('member');
        const added = await request<PublicUser>(w.server, 'POST', '/api/accounts/me/users', {
          token: w.ada.token,
          body: { username, password: 'long enough password' },
        });
        assert.equal(added.status, 201);
        const login = await request<Session>(w.server, 'POST', '/api/users/login', {
          body: { username, password: 'long enough password' },
        });
        const me = await request<Profile>(w.server, 'GET', '/api/users/me', { token: login.body.token });
        const member: TestUser = {
          session: login.body,
          token: login.body.token,
          profile: me.body,
          password: '',
        };

        await w.io(w.ada);
        await w.raw(member);
        const third = await RawClient.open(w.server.url);
        const refused = await third.auth(member.token);
        expectError(refused, 'CONNECTION_LIMIT');
        assert.match(refused.data, /plan \(free\) allows 2/);
        const refusedIo = await refusedConnect(w.server, { secret: w.ada.profile.socketSecret });
        assert.equal(refusedIo.data?.code, 'CONNECTION_LIMIT');
        // Another account is on its own cap.
        await w.raw(w.bob);

        const counts = await request<AccountConnections>(w.server, 'GET', '/api/accounts/me/connections', {
          token: w.ada.token,
        });
        assert.equal(counts.status, 200);
        assert.equal(counts.body.plan, 'free');
        assert.equal(counts.body.limit, 2);
        assert.equal(counts.body.open, 2);
        assert.deepEqual(
          counts.body.users.map((u) => [u.userId, u.open]).sort(),
          [
            [w.ada.profile.id, 1],
            [member.profile.id, 1],
          ].sort(),
        );
        const notOwner = await request<ErrorReply>(w.server, 'GET', '/api/accounts/me/connections', {
          token: member.token,
        });
        assert.equal(notOwner.status, 403);
        assert.equal(notOwner.body.error.code, 'FORBIDDEN');

        // On the pro plan (no cap), more fit.
        const account = await request<{ id: string }>(w.server, 'GET', '/api/accounts/me', {
          token: w.ada.token,
        });
        await w.server.database.db('accounts').where({ id: account.body.id }).update({ plan: 'pro' });
        await w.raw(member);
        await w.io(w.ada);
        const after = await request<AccountConnections>(w.server, 'GET', '/api/accounts/me/connections', {
          token: w.ada.token,
        });
        assert.deepEqual([after.body.plan, after.body.limit, after.body.open], ['pro', 0, 4]);
      } finally {
        await w.end();
      }
    });

    it('releases the slots of refused and closed connections', async () => {
      const w = await world({ maxConnections: 1 });
      try {
        for (let i = 0; i < 5; i++) {
          const raw = await w.raw(w.ada);
          raw.close();
          await rawCountIs(w.server, 0);
          const sio = await w.io(w.ada);
          sio.socket.close();
          await socketIoCountIs(w.server, 0);
          const refused = await refusedConnect(w.server, { secret: 'wrong' });
          assert.equal(refused.data?.code, 'UNAUTHENTICATED');
          await socketIoCountIs(w.server, 0);
        }
        assert.deepEqual((await health(w.server)).connections, { socketio: 0, raw: 0, sse: 0 });
      } finally {
        await w.end();
      }
    });
  });

  describe('closed and replaced connections', () => {
    it('lets a replaced connection act no more, even before its client answers the close', async () => {
      const w = await world({ maxConnectionsPerUser: 1, connectionsPerUserPolicy: 'replace' });
      const proxy = await cutProxy(w.server.port);
      try {
        const bob = await w.raw(w.bob);
        await bob.request({ type: 'join', data: 'watched' }, 'joined');
        const old = await RawClient.open(proxy.url);
        await old.auth(w.ada.token);
        await old.request({ type: 'join', data: 'watched' }, 'joined');
        // The old client stops reading: it never sees the close, and keeps sending.
        proxy.stall();
        const fresh = await w.raw(w.ada);
        await fresh.sync();
        for (let i = 0; i < 3; i++) old.send({ type: 'chan_in', data: `ghost ${i}`, channel: 'watched' });
        await new Promise((r) => setTimeout(r, 300));
        await bob.sync();
        assert.deepEqual(bob.all('chan_out'), [], 'nothing from the replaced connection');
        old.ws.terminate();
      } finally {
        await proxy.close();
        await w.end();
      }
    });

    it('does not store a connection’s queued messages once it is gone', async () => {
      const w = await world({ messageRateLimit: 1_000_000 });
      try {
        const flooder = await w.raw(w.ada);
        await flooder.request({ type: 'join', data: 'flood' }, 'joined');
        for (let i = 0; i < 3000; i++) flooder.send({ type: 'chan_in', data: `m${i}`, channel: 'flood' });
        const stored = async () =>
          (await w.server.database.db('messages').count({ n: '*' }).first<{ n: number | string }>())?.n;
        while (Number(await stored()) === 0) await new Promise((r) => setTimeout(r, 5));
        flooder.ws.terminate();
        await rawCountIs(w.server, 0);
        const atClose = Number(await stored());
        await new Promise((r) => setTimeout(r, 500));
        const later = Number(await stored());
        assert.ok(later - atClose <= 300, `at most the requests in progress finish (${atClose} → ${later})`);
        assert.ok(later < 3000, `the backlog was dropped (${later} of 3000 stored)`);
      } finally {
        await w.end();
      }
    });

    it('closes a raw connection with 4000 when its user leaves the account', async () => {
      const w = await world();
      try {
        const username = uniqueUsername('member');
        await request(w.server, 'POST', '/api/accounts/me/users', {
          token: w.ada.token,
          body: { username, password: 'long enough password' },
        });
        const login = await request<Session>(w.server, 'POST', '/api/users/login', {
          body: { username, password: 'long enough password' },
        });
        const member = await RawClient.open(w.server.url);
        await member.auth(login.body.token);
        const removed = await request(w.server, 'DELETE', `/api/accounts/me/users/${login.body.user.id}`, {
          token: w.ada.token,
        });
        assert.equal(removed.status, 204);
        assert.equal((await member.closed).code, 4000);
      } finally {
        await w.end();
      }
    });
  });

  describe('dead and slow connections', () => {
    it('reaps a connection that stops answering pings within interval + timeout', async () => {
      const w = await world({ heartbeatIntervalMs: 200, heartbeatTimeoutMs: 300 });
      const proxy = await cutProxy(w.server.port);
      try {
        const watcher = await w.io(w.bob);
        const raw = await RawClient.open(proxy.url);
        await raw.auth(w.ada.token);
        await watcher.events.next('activity', (a) => a.userId === w.ada.profile.id && a.state === 'online');
        // Pongs flow while the link is up: it outlives several intervals (counted in pings answered).
        let pings = 0;
        await new Promise<void>((resolve) => raw.ws.on('ping', () => ++pings === 4 && resolve()));
        assert.equal((await health(w.server)).connections?.raw, 1);
        const cutAt = Date.now();
        proxy.cut();
        await watcher.events.next(
          'activity',
          (a) => a.userId === w.ada.profile.id && a.state === 'offline',
          5000,
        );
        const tookMs = Date.now() - cutAt;
        // Reaped at the first heartbeat past interval + timeout; generous slack for a busy machine.
        assert.ok(tookMs <= 200 + 300 + 200 + 1500, `reaped within interval + timeout: ${tookMs} ms`);
        await rawCountIs(w.server, 0);
        raw.ws.terminate();
      } finally {
        await proxy.close();
        await w.end();
      }
    });

    it('closes a connection that does not authenticate within RAW_AUTH_TIMEOUT_MS, freeing its slot', async () => {
      const w = await world({ authTimeoutMs: 300, maxConnections: 2 });
      try {
        const authed = await w.raw(w.ada);
        const idle = await RawClient.open(w.server.url);
        // Anonymous echo is allowed meanwhile, but does not stop the clock.
        assert.equal((await idle.request({ type: 'echo', data: 'hi' }, 'echo')).data, 'echo: hi');
        // The global cap is full: the idler holds the second slot until its deadline.
        await rawCountIs(w.server, 2);
        const error = await idle.next('error', () => true, 5000);
        expectError(error, 'UNAUTHENTICATED');
        assert.match(String(error.data), /authenticate within 0\.3 s/);
        assert.equal((await idle.closed).code, 1008);
        await rawCountIs(w.server, 1);
        // Its slot is free again; the authenticated connection outlived the deadline and still works.
        const newcomer = await w.raw(w.bob);
        await new Promise((r) => setTimeout(r, 500));
        await authed.sync();
        await newcomer.sync();
        await rawCountIs(w.server, 2);
      } finally {
        await w.end();
      }
    });

    it('cuts off a consumer that does not read, past MAX_BUFFERED_BYTES, and nobody else', async () => {
      const w = await world({ maxBufferedBytes: 64 * 1024 });
      const proxy = await cutProxy(w.server.port);
      try {
        const slow = await RawClient.open(proxy.url);
        await slow.auth(w.ada.token);
        const fine = await w.raw(w.bob);
        // The client stops reading: the kernel's buffers fill, then the server's buffered amount grows.
        proxy.stall();
        // Echoes of 4 KiB (the most an echo carries): tens of megabytes asked for, if need be.
        const big = 'z'.repeat(4000);
        const cutOff = () => w.server.logs.lines.some((l) => l.msg === 'slow consumer cut off');
        for (let i = 0; i < 10_000 && !cutOff(); i++) {
          slow.send({ type: 'echo', data: big });
          if (i % 200 === 199) await new Promise((r) => setTimeout(r, 10));
        }
        for (let t = 0; t < 500 && !cutOff(); t++) await new Promise((r) => setTimeout(r, 20));
        assert.ok(cutOff(), 'the server cut the slow consumer off');
        await rawCountIs(w.server, 1);
        await fine.sync();
        slow.ws.terminate();
      } finally {
        await proxy.close();
        await w.end();
      }
    });
  });
});
