import assert from 'node:assert/strict';
import type {
  ChatMessage,
  Closing,
  DbChange,
  ErrorReply,
  EventTicket,
  Health,
  NotificationList,
  ServerShutdown,
  SseReady,
  SseResync,
} from '../generated/types.js';
import type { Config } from '../src/config.js';
import type { ServerOptions } from '../src/server.js';
import { cutProxy } from './helpers/cut-proxy.js';
import { registerUser, request, type TestUser } from './helpers/http.js';
import { ok } from './helpers/requests.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { type Connected, connect } from './helpers/socket.js';
import { SseClient } from './helpers/sse.js';

interface World {
  server: TestServer;
  ada: TestUser;
  bob: TestUser;
  /** Ada's Socket.IO connection, which creates rooms and sends messages. */
  io: Connected;
  sse(query: string, opts?: { token?: string; lastEventId?: string; url?: string }): SseClient;
  say(room: string, text: string, who?: Connected): Promise<void>;
  end(): Promise<void>;
}

async function world(
  config: Partial<Config> = {},
  options: Omit<ServerOptions, 'config'> = {},
): Promise<World> {
  // The health report's details (connection counts) for anyone: the test reads them.
  const server = await startTestServer({ healthDetails: 'public', ...config }, options);
  const ada = await registerUser(server);
  const bob = await registerUser(server);
  const io = await connect(server, { secret: ada.profile.socketSecret });
  const streams: SseClient[] = [];
  return {
    server,
    ada,
    bob,
    io,
    sse: (query, opts = {}) => {
      const client = SseClient.open(opts.url ? { url: opts.url } : server, query, {
        token: opts.token ?? ada.token,
        ...(opts.lastEventId !== undefined && { lastEventId: opts.lastEventId }),
      });
      streams.push(client);
      return client;
    },
    say: async (room, text, who = io) => {
      await ok(who, 'send-message', { room, body: { text } });
    },
    end: async () => {
      for (const s of streams) s.close();
      io.socket.close();
      await server.close();
    },
  };
}

const texts = (client: SseClient, room: string) =>
  client.events
    .filter((e) => e.event === 'message' && (e.data as ChatMessage).room === room)
    .map((e) => String((e.data as ChatMessage).body?.text));

/** What GET /api/events answers when it refuses: status and error body. */
async function refusal(w: World, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${w.server.url}/api/events?${query}`, { headers });
  const body = (await res.json()) as ErrorReply;
  return { status: res.status, error: body.error };
}

/** Resolves once the server holds `n` event streams (it counts them as they open and close). */
async function streamsOpen(server: TestServer, n: number): Promise<void> {
  while (server.services.connections.counts().sse !== n) await new Promise((r) => setImmediate(r));
}

describe('Server-Sent Events (GET /api/events)', () => {
  let w: World;
  afterEach(async () => {
    await w?.end();
  });

  it('delivers the events of the rooms and repositories it names, and none of the others', async () => {
    w = await world();
    await ok(w.io, 'join-room', { room: 'lobby' });
    await ok(w.io, 'join-room', { room: 'games' });
    await w.say('lobby', 'before');
    const res = await fetch(`${w.server.url}/api/events?room=lobby`, {
      headers: { authorization: `Bearer ${w.ada.token}` },
    });
    assert.equal(res.status, 200);
    assert.match(String(res.headers.get('content-type')), /^text\/event-stream/);
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    assert.equal(res.headers.get('x-accel-buffering'), 'no');
    await res.body?.cancel();

    const s = w.sse('room=lobby&repo=notes');
    const ready = await s.next<SseReady>('ready');
    assert.deepEqual(ready.data.rooms, [{ room: 'lobby', seq: 1 }]);
    assert.deepEqual(ready.data.repos, [{ repo: 'notes', position: 0 }]);
    assert.equal(ready.data.resumed, false);
    assert.ok(ready.lastEventId, 'ready carries an id');
    await w.say('games', 'elsewhere');
    await request(w.server, 'POST', '/api/db/others', { token: w.ada.token, body: { n: 0 } });
    await w.say('lobby', 'hello');
    const created = await request(w.server, 'POST', '/api/db/notes', { token: w.ada.token, body: { n: 1 } });
    assert.equal(created.status, 201);
    const change = await s.next<DbChange>('db_created');
    assert.equal(change.data.repo, 'notes');
    assert.deepEqual(texts(s, 'lobby'), ['hello']);
    assert.deepEqual(texts(s, 'games'), []);
    assert.ok(!s.events.some((e) => e.event === 'db_created' && (e.data as DbChange).repo === 'others'));
    // Each event with a position moves the id on; the stream is a connection the health report counts.
    const message = s.events.find((e) => e.event === 'message');
    assert.notEqual(message?.lastEventId, ready.lastEventId);
    assert.notEqual(change.lastEventId, message?.lastEventId);
    const health = await request<Health>(w.server, 'GET', '/api/health');
    assert.equal(health.body.connections?.sse, 1);
  });

  it('refuses, before the stream opens, what join-room and subscribe-db would refuse, naming the parameter', async () => {
    w = await world({ maxRoomsPerConnection: 2 });
    const bobIo = await connect(w.server, { secret: w.bob.profile.socketSecret });
    await ok(bobIo, 'create-room', { room: 'bobs', kind: 'private' });
    bobIo.socket.close();
    await ok(w.io, 'join-room', { room: 'lobby' });
    const auth = { authorization: `Bearer ${w.ada.token}` };

    const unknown = await refusal(w, 'room=lobby&room=nowhere', auth);
    assert.equal(unknown.status, 404);
    assert.deepEqual([unknown.error.code, unknown.error.field], ['NOT_FOUND', 'query.room.1']);
    const privateRoom = await refusal(w, 'room=bobs', auth);
    assert.equal(privateRoom.status, 403);
    assert.deepEqual([privateRoom.error.code, privateRoom.error.field], ['FORBIDDEN', 'query.room.0']);
    const unreadable = await refusal(w, 'repo=notes&repo=sealed_000_', auth);
    assert.equal(unreadable.status, 403);
    assert.equal(unreadable.error.field, 'query.repo.1');
    const badName = await refusal(w, 'repo=Not-A-Repo', auth);
    assert.equal(badName.status, 400);
    assert.match(String(badName.error.field), /^query\.repo/);
    const tooMany = await refusal(w, 'room=lobby&room=a&room=b', auth);
    assert.equal(tooMany.status, 409);
    assert.deepEqual([tooMany.error.code, tooMany.error.field], ['LIMIT_REACHED', 'query.room']);
    // Nothing was left behind by the refusals: no connection, no membership of the room it named.
    await streamsOpen(w.server, 0);
    assert.equal(w.server.services.sessionConnections.stats().connections, 1);
  });

  it('takes a session token in Authorization or a one-use ticket, never the token in the URL', async () => {
    let now = Date.now();
    w = await world({}, { sessionClock: () => now });
    const none = await refusal(w, 'room=lobby');
    assert.deepEqual([none.status, none.error.field], [401, 'header.authorization']);
    const wrong = await refusal(w, '', { authorization: 'Bearer nope' });
    assert.deepEqual([wrong.status, wrong.error.field], [401, 'header.authorization']);
    const inUrl = await refusal(w, `ticket=${w.ada.token}`);
    assert.deepEqual([inUrl.status, inUrl.error.field], [400, 'query.ticket']);

    const issue = async (token = w.ada.token) =>
      (await request<EventTicket>(w.server, 'POST', '/api/events/tickets', { token })).body.ticket;
    const ticket = await issue();
    const s = w.sse(`ticket=${ticket}`, { token: '' });
    await s.next('ready');
    // Spent: the same URL again (what an EventSource's retry would send) is refused.
    const again = await refusal(w, `ticket=${ticket}`);
    assert.deepEqual(
      [again.status, again.error.code, again.error.field],
      [401, 'UNAUTHENTICATED', 'query.ticket'],
    );
    const expiring = await issue();
    now += 61_000;
    assert.equal((await refusal(w, `ticket=${expiring}`)).status, 401);
    const beforeLogout = await issue();
    await request(w.server, 'POST', '/api/users/logout', { token: w.ada.token });
    assert.equal((await refusal(w, `ticket=${beforeLogout}`)).status, 401);
    assert.ok(!w.server.logs.text().includes(ticket), 'tickets are not logged');

    const tickets = await Promise.all(Array.from({ length: 16 }, () => issue(w.bob.token)));
    assert.equal(new Set(tickets).size, 16);
    const over = await request<ErrorReply>(w.server, 'POST', '/api/events/tickets', { token: w.bob.token });
    assert.equal(over.status, 429);
    assert.equal(over.body.error.code, 'RATE_LIMITED');
  });

  it('ends with closing when its session is logged out, and its retry is refused', async () => {
    w = await world();
    const s = w.sse('');
    await s.next('ready');
    await request(w.server, 'POST', '/api/users/logout', { token: w.ada.token });
    const closing = await s.next<Closing>('closing');
    assert.equal(closing.data.reason, 'logged-out');
    // The EventSource reconnects by itself once the response ends: refused, it gives up.
    await s.until(() => s.errors.find((e) => e.code === 401));
    await streamsOpen(w.server, 0);
  });

  it('counts against the connection limits like any connection', async () => {
    w = await world({ maxConnectionsPerUser: 2 });
    const s = w.sse('');
    await s.next('ready');
    const over = await refusal(w, '', { authorization: `Bearer ${w.ada.token}` });
    assert.deepEqual([over.status, over.error.code], [429, 'CONNECTION_LIMIT']);
  });

  it('resumes from Last-Event-ID across a cut connection: the missed messages once, then live ones', async () => {
    w = await world();
    await ok(w.io, 'join-room', { room: 'lobby' });
    await w.say('lobby', 'm1');
    const proxy = await cutProxy(w.server.port);
    try {
      const s = w.sse('room=lobby&repo=notes', { url: proxy.url });
      await s.next('ready');
      await w.say('lobby', 'm2');
      await s.next<ChatMessage>('message', (m) => m.seq === 2);
      // The network goes away; the server notices, and the client cannot come back until released.
      proxy.hold();
      proxy.drop();
      await streamsOpen(w.server, 0);
      await w.say('lobby', 'm3');
      await request(w.server, 'POST', '/api/db/notes', { token: w.ada.token, body: { n: 1 } });
      await w.say('lobby', 'm4');
      proxy.release();
      const resumed = await s.next<SseReady>('ready', (r) => r.resumed);
      assert.deepEqual(resumed.data.rooms, [{ room: 'lobby', seq: 2 }]);
      await w.say('lobby', 'm5');
      await s.next<ChatMessage>('message', (m) => m.seq === 5);
      assert.deepEqual(texts(s, 'lobby'), ['m2', 'm3', 'm4', 'm5']);
      assert.equal(s.events.filter((e) => e.event === 'db_created').length, 1);
      assert.ok(!s.events.some((e) => e.event === 'resync'));
    } finally {
      await proxy.close();
    }
  });

  it('replays from a new stream given lastEventId, and never what the user may not read', async () => {
    w = await world();
    await ok(w.io, 'join-room', { room: 'lobby' });
    const first = w.sse('room=lobby&repo=secrets', { token: w.bob.token });
    const ready = await first.next<SseReady>('ready');
    first.close();
    await w.say('lobby', 'missed');
    // Ada's documents in a repository only her account reads: Bob's replay must not carry them.
    await request(w.server, 'POST', '/api/db/secrets', { token: w.ada.token, body: { secret: true } });
    const forged = `${ready.lastEventId.split('.').slice(0, 3).join('.')}.0`;
    const s = w.sse(`room=lobby&repo=secrets&lastEventId=${encodeURIComponent(forged)}`, {
      token: w.bob.token,
    });
    const resumed = await s.next<SseReady>('ready');
    assert.equal(resumed.data.resumed, true);
    await w.say('lobby', 'live');
    await s.next<ChatMessage>('message', (m) => m.body?.text === 'live');
    assert.deepEqual(texts(s, 'lobby'), ['missed', 'live']);
    assert.ok(!s.events.some((e) => e.event.startsWith('db_')));
  });

  it('replays more than MAX_BUFFERED_BYTES at the pace the client reads, rather than cutting it as slow', async () => {
    // 64 KiB of buffer, a replay of ~200 KiB: written at once, the server's own burst would pass the limit.
    w = await world({ maxBufferedBytes: 64 * 1024 });
    await ok(w.io, 'join-room', { room: 'lobby' });
    const first = w.sse('room=lobby', { token: w.bob.token });
    const ready = await first.next<SseReady>('ready');
    first.close();
    const filler = 'x'.repeat(2000);
    for (let i = 0; i < 99; i++) await w.say('lobby', `${i} ${filler}`);
    const s = w.sse(`room=lobby&lastEventId=${encodeURIComponent(ready.lastEventId)}`, {
      token: w.bob.token,
    });
    assert.equal((await s.next<SseReady>('ready')).data.resumed, true);
    await w.say('lobby', 'live');
    await s.next<ChatMessage>('message', (m) => m.body?.text === 'live');
    const got = texts(s, 'lobby');
    assert.equal(got.length, 100);
    assert.deepEqual(
      got.slice(0, 99).map((t) => Number(t.split(' ')[0])),
      Array.from({ length: 99 }, (_, i) => i),
    );
    assert.ok(!s.events.some((e) => e.event === 'resync'));
  });

  it('names the query parameter at fault by its place in the query, duplicates included', async () => {
    w = await world();
    await ok(w.io, 'join-room', { room: 'lobby' });
    const auth = { authorization: `Bearer ${w.ada.token}` };
    const unknown = await refusal(w, 'room=lobby&room=lobby&room=nowhere', auth);
    assert.deepEqual([unknown.status, unknown.error.field], [404, 'query.room.2']);
  });

  it('opens with a ticket although the browser sends a Basic Authorization of its own (a proxy’s)', async () => {
    w = await world();
    const { body } = await request<EventTicket>(w.server, 'POST', '/api/events/tickets', {
      token: w.ada.token,
    });
    const res = await fetch(`${w.server.url}/api/events?ticket=${body.ticket}`, {
      headers: { authorization: `Basic ${Buffer.from('proxy:password').toString('base64')}` },
    });
    assert.equal(res.status, 200);
    assert.match(String(res.headers.get('content-type')), /^text\/event-stream/);
    await res.body?.cancel();
  });

  it('says which subscriptions it cannot resume, and ignores an id it did not make', async () => {
    w = await world();
    await ok(w.io, 'create-room', { room: 'fleeting', kind: 'public', persistent: false });
    await ok(w.io, 'join-room', { room: 'lobby' });
    const first = w.sse('room=fleeting&room=lobby&repo=notes');
    const { lastEventId } = await first.next('ready');
    first.close();
    await w.say('fleeting', 'gone');
    for (let i = 0; i < 101; i++) await w.say('lobby', `flood ${i}`);
    const [version, tag, , , notes] = lastEventId.split('.');
    const ahead = [version, tag, '0', '0', (Number.parseInt(String(notes), 36) + 5).toString(36)].join('.');
    const s = w.sse('room=fleeting&room=lobby&repo=notes', { lastEventId: ahead });
    await s.next('ready');
    const reasons = async (client: SseClient, n: number) => {
      await client.until(() =>
        client.events.filter((e) => e.event === 'resync').length >= n ? true : undefined,
      );
      return client.events.filter((e) => e.event === 'resync').map((e) => e.data as SseResync);
    };
    assert.deepEqual(
      (await reasons(s, 3)).map((r) => [r.room ?? r.repo, r.reason]),
      [
        ['fleeting', 'history-gone'],
        ['lobby', 'too-far-behind'],
        ['notes', 'position-ahead'],
      ],
    );
    assert.deepEqual(texts(s, 'lobby'), [], 'nothing is replayed for a subscription it cannot resume');

    const garbage = w.sse('room=lobby', { lastEventId: 'garbage\u00e9' });
    assert.equal((await reasons(garbage, 1))[0]?.reason, 'unreadable-id');
    const other = w.sse('room=lobby', { lastEventId });
    assert.equal((await reasons(other, 1))[0]?.reason, 'other-subscriptions');
    assert.equal((await other.next<SseReady>('ready')).data.resumed, false);
  });

  it('sends the notifications stored while the user was away, then live ones', async () => {
    w = await world();
    w.io.socket.close();
    await streamsOpen(w.server, 0);
    const sent = await request(w.server, 'POST', '/api/actions/notify-user', {
      token: w.bob.token,
      body: { userId: w.ada.profile.id, subject: 'hello', content: {}, code: 1 },
    });
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    const s = w.sse('');
    const stored = await s.next<NotificationList>('notifications');
    assert.equal(stored.data.notifications[0]?.subject, 'hello');
  });

  it('cuts a stream that does not read', async () => {
    w = await world({ maxBufferedBytes: 1024, messageRateLimit: 100_000 });
    await ok(w.io, 'join-room', { room: 'lobby' });
    const proxy = await cutProxy(w.server.port);
    try {
      const s = w.sse('room=lobby', { url: proxy.url });
      await s.next('ready');
      proxy.stall();
      const cut = w.server.logs.waitFor((l) => l.transport === 'sse' && l.msg === 'slow consumer cut off');
      const body = { text: 'x'.repeat(3000) };
      let sent = 0;
      let done = false;
      void cut.then(() => {
        done = true;
      });
      while (!done && sent < 2000) {
        await ok(w.io, 'send-message', { room: 'lobby', body });
        sent++;
      }
      await cut;
      await streamsOpen(w.server, 0);
    } finally {
      await proxy.close();
    }
  });

  it('tells every stream the server is shutting down, then ends it with closing', async () => {
    w = await world();
    const s = w.sse('');
    await s.next('ready');
    const notice = s.next<ServerShutdown>('server-shutdown');
    const closing = s.next<Closing>('closing');
    await w.server.close();
    const { data } = await notice;
    assert.equal(data.message, 'the server is shutting down; reconnect after reconnectAfterMs');
    assert.ok(data.reconnectAfterMs >= 0 && data.reconnectAfterMs < 1000);
    assert.equal((await closing).data.reason, 'shutting-down');
    assert.deepEqual(
      s.events.map((e) => e.event),
      ['ready', 'server-shutdown', 'closing'],
    );
    s.close();
  });
});
