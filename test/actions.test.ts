import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import WebSocket from 'ws';
import {
  actionNames,
  connect as connectClient,
  connectRaw,
  createHttpClient,
  type SwitchboardError,
} from '../clients/js/src/index.js';
import { type ActionOperation, type SocketOperation, socketOperations } from '../generated/socketio.js';
import type { CallerDetails, ErrorReply, PublicFile, RoomStats, ServerTime } from '../generated/types.js';
import { registerUser, request, type TestUser } from './helpers/http.js';
import { RawClient } from './helpers/raw.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { type Connected, connect, emitRaw } from './helpers/socket.js';

/** One action called over each transport, answered the same way: the reply, or `{error}`. */
interface Callers {
  io(name: string, params: unknown): Promise<unknown>;
  ws(name: string, params: unknown): Promise<unknown>;
  http(name: string, params: unknown): Promise<unknown>;
}

function callers(server: TestServer, user: TestUser, socket: Connected, raw: RawClient): Callers {
  let ids = 0;
  return {
    io: (name, params) => emitRaw(socket.socket, name, params),
    ws: async (name, params) => {
      ids += 1;
      const id = `call-${ids}`;
      raw.send({ type: 'action', channel: name, data: params, id });
      const answer = (await raw.nextOf(['result', 'error'])) as unknown as Record<string, unknown>;
      assert.equal(answer.id, id, 'the answer carries the request id');
      if (answer.type === 'result') {
        assert.equal(answer.channel, name);
        return answer.data;
      }
      const { code, data, field } = answer;
      return { error: { code, message: data, ...(field !== undefined && { field }) } };
    },
    http: async (name, params) => {
      const reply = await request(server, 'POST', `/api/actions/${name}`, {
        token: user.token,
        body: params,
      });
      return reply.body;
    },
  };
}

const TRANSPORTS = ['io', 'ws', 'http'] as const;

/** The field a transport names for a parameter of an action. */
const fieldOn = (transport: (typeof TRANSPORTS)[number], field: string) =>
  transport === 'io' ? field : transport === 'ws' ? `data.${field}` : `body.${field}`;

describe('actions', () => {
  let server: TestServer;
  let publicDir: string;
  let ada: TestUser;
  let bob: TestUser;
  let adaIo: Connected;
  let bobIo: Connected;
  let adaRaw: RawClient;
  let bobRaw: RawClient;
  let call: Callers;
  let bobCall: Callers;

  before(async () => {
    publicDir = await mkdtemp(path.join(os.tmpdir(), 'public-'));
    await writeFile(path.join(publicDir, 'simple.html'), '<h1>Switchboard</h1>\nhello');
    await mkdir(path.join(publicDir, 'img'));
    await writeFile(
      path.join(publicDir, 'img', 'dot.png'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]),
    );
    await writeFile(path.join(publicDir, '.env'), 'SECRET=1');
    await writeFile(path.join(publicDir, 'big.txt'), 'x'.repeat(2049));
    await writeFile(path.join(publicDir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const outside = await mkdtemp(path.join(os.tmpdir(), 'outside-'));
    await writeFile(path.join(outside, 'secret.txt'), 'not yours');
    await symlink(path.join(outside, 'secret.txt'), path.join(publicDir, 'link.txt'));
    server = await startTestServer({ publicDir, fileMaxBytes: 2048 });
    [ada, bob] = await Promise.all([registerUser(server), registerUser(server)]);
    adaIo = await connect(server, { secret: ada.profile.socketSecret });
    bobIo = await connect(server, { secret: bob.profile.socketSecret });
    adaRaw = await RawClient.open(server.url);
    await adaRaw.auth(ada.token);
    bobRaw = await RawClient.open(server.url);
    await bobRaw.auth(bob.token);
    call = callers(server, ada, adaIo, adaRaw);
    bobCall = callers(server, bob, bobIo, bobRaw);
  });
  after(async () => {
    for (const c of [adaIo, bobIo]) c?.socket.close();
    for (const r of [adaRaw, bobRaw]) r?.close();
    await server?.close();
    await rm(publicDir, { recursive: true, force: true });
  });

  it('server-time answers the same over Socket.IO, /ws and HTTP', async () => {
    for (const t of TRANSPORTS) {
      const before = Date.now();
      const reply = (await call[t]('server-time', {})) as ServerTime;
      assert.ok(reply.epochMs >= before && reply.epochMs <= Date.now(), t);
      assert.equal(new Date(reply.now).getTime(), reply.epochMs, t);
      assert.ok(reply.uptimeSeconds > 0, t);
    }
    // Over HTTP the body may be left out: no parameters.
    const bare = await request<ServerTime>(server, 'POST', '/api/actions/server-time', { token: ada.token });
    assert.equal(bare.status, 200);
    assert.equal(typeof bare.body.epochMs, 'number');
  });

  it("refuses parameters outside the action's schema, naming the field where each transport carries it", async () => {
    for (const t of TRANSPORTS) {
      const reply = (await call[t]('server-time', { extra: 1 })) as ErrorReply;
      assert.equal(reply.error.code, 'BAD_INPUT', t);
      assert.equal(reply.error.field, fieldOn(t, 'extra'), t);
      const long = (await call[t]('room-stats', { room: 'x'.repeat(500) })) as ErrorReply;
      assert.equal(long.error.code, 'BAD_INPUT', t);
      assert.equal(long.error.field, fieldOn(t, 'room'), t);
    }
  });

  it('an unknown action is refused on each transport, with its own code', async () => {
    assert.equal(((await call.io('no-such-action', {})) as ErrorReply).error.code, 'UNKNOWN_EVENT');
    const ws = (await call.ws('no-such-action', {})) as ErrorReply;
    assert.deepEqual([ws.error.code, ws.error.field], ['NOT_FOUND', 'channel']);
    const http = (await call.http('no-such-action', {})) as ErrorReply;
    assert.deepEqual([http.error.code, http.error.field], ['BAD_INPUT', 'path.name']);
  });

  it('the HTTP route names exactly the actions of the realtime spec', async () => {
    const text = await readFile(new URL('../generated/spec/openapi.yaml', import.meta.url), 'utf8');
    const doc = load(text) as { components: { schemas: { ActionName: { enum: string[] } } } };
    const named = [...socketOperations.values()].filter((op) => op.action).map((op) => op.event);
    assert.deepEqual(doc.components.schemas.ActionName.enum.slice().sort(), named.sort());
  });

  it('an action needs a signed-in caller on every transport', async () => {
    const http = await request<ErrorReply>(server, 'POST', '/api/actions/server-time', { body: {} });
    assert.equal(http.status, 401);
    const anon = await RawClient.open(server.url);
    try {
      anon.send({ type: 'action', channel: 'server-time', id: 'a', data: {} });
      const error = await anon.next('error');
      assert.equal(error.code, 'UNAUTHENTICATED');
      assert.equal((error as unknown as { id: string }).id, 'a', 'the error carries the request id');
    } finally {
      anon.close();
    }
  });

  it('room-stats counts members and online members, and keeps private rooms to their members', async () => {
    const room = `stats-${Math.random().toString(36).slice(2, 8)}`;
    await emitRaw(adaIo.socket, 'join-room', { room });
    await emitRaw(bobIo.socket, 'join-room', { room });
    await emitRaw(adaIo.socket, 'send-message', { room, body: { text: 'hi' } });
    for (const t of TRANSPORTS) {
      const stats = (await call[t]('room-stats', { room })) as RoomStats;
      assert.equal(stats.room, room, t);
      assert.equal(stats.kind, 'public');
      assert.equal(stats.memberCount, 2);
      assert.equal(stats.onlineMembers, 2);
      assert.equal(stats.onlineCounted, 2);
      assert.equal(stats.lastSeq, 1);
      assert.ok(stats.lastMessageAt && Date.parse(stats.lastMessageAt) <= Date.now());
    }
    const secret = `private-${Math.random().toString(36).slice(2, 8)}`;
    await emitRaw(adaIo.socket, 'create-room', { room: secret, kind: 'private' });
    for (const t of TRANSPORTS) {
      const refused = (await bobCall[t]('room-stats', { room: secret })) as ErrorReply;
      assert.equal(refused.error.code, 'FORBIDDEN', t);
      assert.equal(refused.error.field, fieldOn(t, 'room'), t);
      const missing = (await bobCall[t]('room-stats', { room: 'no-such-room-here' })) as ErrorReply;
      assert.equal(missing.error.code, 'NOT_FOUND', t);
      assert.equal(((await call[t]('room-stats', { room: secret })) as RoomStats).memberCount, 1);
    }
  });

  it('details-view says what the server knows of the caller, and names its web session', async () => {
    const room = `details-${Math.random().toString(36).slice(2, 8)}`;
    await emitRaw(adaIo.socket, 'join-room', { room });
    await emitRaw(adaIo.socket, 'subscribe-db', { repo: 'details_744_' });
    await emitRaw(adaIo.socket, 'follow-users', { userIds: [bob.profile.id] });
    const io = (await call.io('details-view', {})) as CallerDetails;
    assert.equal(io.transport, 'socket.io');
    assert.equal(io.connectionId, adaIo.welcome.connectionId);
    assert.deepEqual([io.userId, io.username], [ada.profile.id, ada.profile.username]);
    assert.match(io.accountId, /^[0-9a-f-]{36}$/);
    assert.ok(io.connectedAt && Date.parse(io.connectedAt) <= Date.now());
    assert.ok(io.rooms.includes(room));
    assert.deepEqual(io.repositories, ['details_744_']);
    assert.deepEqual(io.follows, [bob.profile.id]);

    const ws = (await call.ws('details-view', {})) as CallerDetails;
    assert.equal(ws.transport, 'ws');
    assert.equal(ws.connectionId, adaRaw.sid);
    assert.deepEqual([ws.rooms, ws.repositories, ws.follows], [[], [], []]);

    const http = (await call.http('details-view', {})) as CallerDetails;
    assert.equal(http.transport, 'http');
    assert.equal(http.connectionId, undefined);
    assert.equal(http.connectedAt, undefined);
    // One login: the same fingerprint on each transport; another login of the same user: another.
    assert.equal(io.fingerprint, ws.fingerprint);
    assert.equal(io.fingerprint, http.fingerprint);
    const again = await request<{ token: string }>(server, 'POST', '/api/users/login', {
      body: { username: ada.profile.username, password: ada.password },
    });
    const other = await request<CallerDetails>(server, 'POST', '/api/actions/details-view', {
      token: again.body.token,
    });
    assert.notEqual(other.body.fingerprint, io.fingerprint);
    assert.equal(other.body.userId, ada.profile.id);
  });

  describe('file', () => {
    it('reads text as UTF-8 and anything else as base64, with its type and length', async () => {
      for (const t of TRANSPORTS) {
        const page = (await call[t]('file', { path: 'simple.html' })) as PublicFile;
        assert.deepEqual(page, {
          path: 'simple.html',
          mime: 'text/html; charset=utf-8',
          length: 26,
          encoding: 'utf8',
          content: '<h1>Switchboard</h1>\nhello',
        });
        const png = (await call[t]('file', { path: 'img/dot.png' })) as PublicFile;
        assert.equal(png.encoding, 'base64');
        assert.equal(png.mime, 'image/png');
        assert.deepEqual([...Buffer.from(png.content, 'base64')], [0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
        assert.equal(png.length, 8);
      }
      // A text file that is not UTF-8 still arrives whole.
      const latin1 = (await call.io('file', { path: 'latin1.txt' })) as PublicFile;
      assert.equal(latin1.encoding, 'base64');
      assert.equal(Buffer.from(latin1.content, 'base64').toString('latin1'), 'café');
    });

    it('refuses paths that leave the folder, hidden files and folders, and files over FILE_MAX_BYTES', async () => {
      const cases: [string, string][] = [
        ['../outside.txt', 'FORBIDDEN'],
        ['img/../../x', 'FORBIDDEN'],
        ['/etc/passwd', 'FORBIDDEN'],
        ['img//dot.png', 'FORBIDDEN'],
        ['.env', 'FORBIDDEN'],
        ['img\\..\\.env', 'FORBIDDEN'],
        ['simple.html\u0000.png', 'FORBIDDEN'],
        ['link.txt', 'FORBIDDEN'],
        ['img', 'FORBIDDEN'],
        ['missing.txt', 'NOT_FOUND'],
        ['big.txt', 'PAYLOAD_TOO_LARGE'],
      ];
      for (const t of TRANSPORTS)
        for (const [p, code] of cases) {
          const reply = (await call[t]('file', { path: p })) as ErrorReply;
          assert.equal(reply.error?.code, code, `${t} ${JSON.stringify(p)}`);
          assert.equal(reply.error.field, fieldOn(t, 'path'), `${t} ${p}`);
          assert.ok(!JSON.stringify(reply).includes('not yours'));
        }
    });

    it('is NOT_FOUND for every path when no PUBLIC_DIR is set', async () => {
      const bare = await startTestServer();
      try {
        const user = await registerUser(bare);
        const reply = await request<ErrorReply>(bare, 'POST', '/api/actions/file', {
          token: user.token,
          body: { path: 'index.html' },
        });
        assert.equal(reply.status, 404);
        assert.match(reply.body.error.message, /PUBLIC_DIR/);
      } finally {
        await bare.close();
      }
    });
  });
});

/** Valid parameters of each action, for the limits (what the action then answers does not matter). */
const PARAMS: Record<string, unknown> = {
  'server-time': {},
  'room-stats': { room: 'general' },
  'details-view': {},
  file: { path: 'index.html' },
  'notify-user': { userId: '7d1e4c2a-5b3f-4e6d-9a8c-1f0e2d3c4b5a', subject: 's', content: {}, code: 1 },
};

/** The spec's table with every action's handler replaced by `handlerOf(it)`, keeping its validators. */
function withActions(
  handlerOf: (op: ActionOperation) => ActionOperation['handler'],
): Map<string, SocketOperation> {
  const table = new Map(socketOperations);
  for (const [name, op] of socketOperations)
    if (op.action) {
      const replaced: ActionOperation = { ...op, handler: handlerOf(op) };
      table.set(name, replaced);
    }
  return table;
}

const ACTION_NAMES = [...socketOperations.values()].filter((op) => op.action).map((op) => op.event);

describe('actions: MAX_ACTIONS_IN_FLIGHT', () => {
  let server: TestServer;
  let user: TestUser;
  let release: () => void = () => {};
  let gate = Promise.resolve();
  const closeGate = () => {
    gate = new Promise<void>((resolve) => {
      release = resolve;
    });
  };

  before(async () => {
    // Every action waits for the test to let it go, then answers the spec's own reply.
    server = await startTestServer(
      { maxActionsInFlight: 5 },
      {
        socketOperations: withActions((op) => async (payload, ctx) => {
          await gate;
          return op.handler(payload, ctx);
        }),
      },
    );
    user = await registerUser(server);
  });
  after(() => server?.close());

  for (const name of ACTION_NAMES)
    it(`${name}: runs five of a connection’s actions at once and refuses the sixth, as actionhero does`, async () => {
      closeGate();
      const { socket } = await connect(server, { secret: user.profile.socketSecret });
      try {
        const running = Array.from({ length: 5 }, () => emitRaw(socket, name, PARAMS[name]));
        const sixth = (await emitRaw(socket, name, PARAMS[name])) as ErrorReply;
        assert.equal(sixth.error.code, 'LIMIT_REACHED');
        assert.match(sixth.error.message, /MAX_ACTIONS_IN_FLIGHT/);
        // Other requests are not actions: they still run.
        assert.deepEqual(await emitRaw(socket, 'echo', { data: 'x' }), { data: 'echo: x' });
        // Another connection of the same user has its own five.
        const other = await connect(server, { secret: user.profile.socketSecret });
        const elsewhere = emitRaw(other.socket, name, PARAMS[name]);
        release();
        // Each answers as it would have (the file is missing, the room too: what counts is not LIMIT_REACHED).
        for (const reply of await Promise.all([...running, elsewhere]))
          assert.notEqual((reply as ErrorReply).error?.code, 'LIMIT_REACHED');
        other.socket.close();
        const after = (await emitRaw(socket, name, PARAMS[name])) as ErrorReply;
        assert.notEqual(after.error?.code, 'LIMIT_REACHED');
        assert.equal(server.services.actions.callers, 0, 'nothing is left counted');
      } finally {
        release();
        socket.close();
      }
    });

  it('over HTTP a session is the caller that is capped', async () => {
    closeGate();
    const calls = Array.from({ length: 6 }, () =>
      request<ErrorReply>(server, 'POST', '/api/actions/server-time', { token: user.token, body: {} }),
    );
    const first = await Promise.race(calls);
    assert.equal(first.status, 409);
    assert.equal(first.body.error.code, 'LIMIT_REACHED');
    release();
    const statuses = (await Promise.all(calls)).map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 409]);
  });
});

describe('actions: ACTION_TIMEOUT_MS', () => {
  let server: TestServer;
  let user: TestUser;
  let aborted = 0;

  before(async () => {
    // Every action runs until its signal aborts.
    server = await startTestServer(
      { actionTimeoutMs: 300 },
      {
        socketOperations: withActions(
          () => (_payload, ctx) =>
            new Promise((_, reject) => {
              ctx.signal.addEventListener('abort', () => {
                aborted += 1;
                reject(new Error('aborted'));
              });
            }),
        ),
      },
    );
    user = await registerUser(server);
  });
  after(() => server?.close());

  it('answers TIMEOUT past ACTION_TIMEOUT_MS on every transport and aborts the handler', async () => {
    const io = await connect(server, { secret: user.profile.socketSecret });
    const raw = await RawClient.open(server.url);
    try {
      await raw.auth(user.token);
      for (const name of ACTION_NAMES) {
        const viaIo = (await emitRaw(io.socket, name, PARAMS[name])) as ErrorReply;
        assert.equal(viaIo.error.code, 'TIMEOUT', name);
      }
      raw.send({ type: 'action', channel: 'room-stats', data: PARAMS['room-stats'], id: 't' });
      const viaWs = await raw.next('error');
      assert.equal(viaWs.code, 'TIMEOUT');
      const viaHttp = await request<ErrorReply>(server, 'POST', '/api/actions/details-view', {
        token: user.token,
      });
      assert.equal(viaHttp.status, 504);
      assert.equal(viaHttp.body.error.code, 'TIMEOUT');
      assert.equal(aborted, ACTION_NAMES.length + 2, 'each handler saw its signal abort');
      assert.equal(server.services.actions.callers, 0);
    } finally {
      io.socket.close();
      raw.close();
    }
  });
});

describe('actions: notify-user', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ notifyRateLimit: 4 });
  });
  after(() => server?.close());

  it('notifies another user live and stores it, over every transport, and refuses what it must', async () => {
    const [ada, bob] = await Promise.all([registerUser(server), registerUser(server)]);
    const bobIo = await connect(server, { secret: bob.profile.socketSecret });
    const adaIo = await connect(server, { secret: ada.profile.socketSecret });
    const adaRaw = await RawClient.open(server.url);
    try {
      await adaRaw.auth(ada.token);
      const call = callers(server, ada, adaIo, adaRaw);
      for (const t of TRANSPORTS) {
        const heard = bobIo.events.next('notifications');
        const sent = (await call[t]('notify-user', {
          userId: bob.profile.id,
          subject: `from ${t}`,
          content: { via: t },
          code: 100,
          persistent: t !== 'http',
        })) as { id: string; senderId: string; code: number; persistent: boolean };
        assert.equal(sent.senderId, ada.profile.id, t);
        assert.equal(sent.persistent, t !== 'http');
        const { notifications } = await heard;
        assert.deepEqual(
          notifications.map((n) => [n.id, n.subject, n.code]),
          [[sent.id, `from ${t}`, 100]],
        );
      }
      // Stored: the two persistent ones are listed for bob, newest first; ada has none of them.
      const listed = (await emitRaw(bobIo.socket, 'list-notifications', {})) as {
        notifications: { subject: string }[];
      };
      assert.deepEqual(
        listed.notifications.map((n) => n.subject),
        ['from ws', 'from io'],
      );
      const own = (await emitRaw(adaIo.socket, 'list-notifications', {})) as { notifications: unknown[] };
      assert.deepEqual(own.notifications, []);
      // Server codes are not the caller's; an unknown user is NOT_FOUND; past NOTIFY_RATE_LIMIT, RATE_LIMITED.
      const negative = (await call.io('notify-user', {
        ...(PARAMS['notify-user'] as object),
        code: -2,
      })) as ErrorReply;
      assert.deepEqual([negative.error.code, negative.error.field], ['BAD_INPUT', 'code']);
      const nobody = (await call.io('notify-user', PARAMS['notify-user'])) as ErrorReply;
      assert.deepEqual([nobody.error.code, nobody.error.field], ['NOT_FOUND', 'userId']);
      for (const t of TRANSPORTS) {
        const limited = (await call[t]('notify-user', {
          userId: bob.profile.id,
          subject: 'spam',
          content: {},
          code: 1,
        })) as ErrorReply;
        assert.equal(limited.error?.code, 'RATE_LIMITED', t);
        assert.ok((limited.error.retryAfterSeconds ?? 0) >= 1 || t === 'ws', t);
      }
      const after = (await emitRaw(bobIo.socket, 'list-notifications', {})) as { notifications: unknown[] };
      assert.equal(after.notifications.length, 2, 'nothing refused was stored');
    } finally {
      bobIo.socket.close();
      adaIo.socket.close();
      adaRaw.close();
    }
  });
});

describe('actions: the client package', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.close());

  it('types every action the same over Socket.IO, /ws and HTTP', async () => {
    assert.deepEqual([...actionNames].sort(), ACTION_NAMES.slice().sort());
    const http = createHttpClient({ url: server.url });
    await http.call('registerUser', {
      body: { username: `client${Date.now() % 100000}`, password: 'correct horse battery staple' },
    });
    const viaHttp: ServerTime = await http.action('server-time', {});
    const socket = await connectClient({ url: server.url, http, transports: ['websocket'] });
    const raw = await connectRaw({ url: server.url, token: http.token, WebSocket });
    try {
      const viaIo = await socket.request('server-time', {});
      const viaWs = await raw.action('server-time', {});
      for (const reply of [viaHttp, viaIo, viaWs]) assert.equal(typeof reply.epochMs, 'number');
      const details = await raw.action('details-view', {});
      assert.equal(details.transport, 'ws');
      await assert.rejects(raw.action('room-stats', { room: 'nowhere-at-all' }), (err: SwitchboardError) => {
        assert.equal(err.code, 'NOT_FOUND');
        return true;
      });
      // The next answer is still matched to its own request.
      assert.equal((await raw.action('server-time', {})).epochMs > 0, true);
    } finally {
      socket.close();
      raw.close();
    }
  });
});
