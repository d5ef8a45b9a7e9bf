import assert from 'node:assert/strict';
import { Backend } from '@staticbackend/js';
import WebSocket from 'ws';
import type { DbChange, Document } from '../generated/types.js';
import { registerUser, request } from './helpers/http.js';
import { RawClient } from './helpers/raw.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * StaticBackend's own JS client (`@staticbackend/js` 1.7.0, unmodified) against our `/ws`: its
 * `connectWS` opens the socket and keeps the sid and socket token, its `sendWS` writes every frame
 * (`{sid, token, type, data, channel}`, with `"token": null` until it holds a socket token).
 *
 * Two things around it, neither a change to the library:
 * - Node 20 has no global WebSocket (browsers do): the `ws` package's, which has the browser API
 *   (`onmessage`, `e.data` as text), is installed as the global, recording what the library sends.
 * - 1.7.0's `connectWS` answers `init` with `this.send('auth', …)`, its Server-Sent-Events sender, which
 *   does nothing without an SSE connection: the `auth` frame never leaves over a WebSocket, against
 *   StaticBackend's own server too. So the application sends it with `sendWS('auth', sessionToken)` once
 *   `init` is in, as StaticBackend's docs show for every other message.
 */

/**
 * The library's message and the part of its API this test drives, as its `backend.d.ts` declares them:
 * its `index.d.ts` re-exports `./backend` without an extension, which NodeNext resolution cannot follow,
 * so TypeScript sees `Backend` as `any` here.
 */
interface Payload {
  sid: string;
  type: string;
  data: string;
  channel: string;
  token: string;
}
interface StaticBackend {
  types: Record<'join' | 'chanIn' | 'chanOut' | 'dbCreated' | 'dbUpdated' | 'dbDeleted', string>;
  connectWS(token: string, onAuth: (tok: string) => void, onMessage: (pl: Payload) => void): void;
  sendWS(t: string, data: string, channel?: string): boolean;
}

/** The `ws` WebSocket with the browser's API, keeping every text frame the library sends. */
class RecordingWebSocket extends WebSocket {
  static readonly sent: Record<string, unknown>[] = [];

  override send(data: unknown, ...rest: unknown[]): void {
    RecordingWebSocket.sent.push(JSON.parse(String(data)) as Record<string, unknown>);
    (super.send as (...args: unknown[]) => void)(data, ...rest);
  }
}

/** The library's private fields this test reads: its socket, to know when `init` has been handled. */
interface BackendInternals {
  ws: WebSocket | null;
  wsId: string | null;
}

/** One StaticBackend client: the messages its `onMessage` got, and a wait for the next of a type. */
class SbClient {
  readonly backend: StaticBackend;
  readonly messages: Payload[] = [];
  socketToken = '';
  private readonly waiters: { type: string; resolve: (p: Payload) => void }[] = [];

  private constructor(server: TestServer) {
    // A region of 10 characters or more is the server's URL; `ws` takes its http: scheme for ws:.
    this.backend = new Backend('no-public-key-needed', server.url) as StaticBackend;
  }

  /** Connects through the library, then sends `auth` as the application must with 1.7.0 (see above). */
  static async connect(server: TestServer, sessionToken: string): Promise<SbClient> {
    const client = new SbClient(server);
    const authed = new Promise<string>((resolve) => {
      client.backend.connectWS(sessionToken, resolve, (payload) => client.received(payload));
    });
    await client.initHandled();
    const internals = client.backend as unknown as BackendInternals;
    assert.match(internals.wsId ?? '', /\S/, 'the library keeps the sid of init');
    // Before auth, echo needs no token: the library sends `"token": null`.
    assert.equal(client.backend.sendWS('echo', 'before auth'), true);
    assert.equal((await client.next('echo')).data, 'echo: before auth');
    client.backend.sendWS('auth', sessionToken);
    client.socketToken = await authed;
    return client;
  }

  /** Resolves once the library's own `onmessage` has taken `init` (its listener runs before this one). */
  private initHandled(): Promise<void> {
    const internals = this.backend as unknown as BackendInternals;
    const ws = internals.ws;
    assert.ok(ws, 'connectWS opened a WebSocket');
    return new Promise((resolve, reject) => {
      ws.addEventListener('message', () => resolve(), { once: true });
      ws.addEventListener('error', (e) => reject(new Error(`WebSocket error: ${e.message}`)), { once: true });
    });
  }

  private received(payload: Payload): void {
    const waiter = this.waiters.find((w) => w.type === payload.type || payload.type === 'error');
    if (waiter) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(payload);
    } else this.messages.push(payload);
  }

  /** The next message of this type (an `error` instead fails the test), waiting up to 5 s. */
  async next(type: string): Promise<Payload> {
    const early = this.messages.findIndex((p) => p.type === type || p.type === 'error');
    const payload =
      early >= 0
        ? this.messages.splice(early, 1)[0]
        : await new Promise<Payload>((resolve, reject) => {
            const waiter = { type, resolve };
            this.waiters.push(waiter);
            setTimeout(() => {
              const at = this.waiters.indexOf(waiter);
              if (at >= 0) this.waiters.splice(at, 1);
              reject(new Error(`no ${type} within 5 s (got ${JSON.stringify(this.messages)})`));
            }, 5000);
          });
    assert.equal(payload?.type, type, `expected ${type}, got ${JSON.stringify(payload)}`);
    return payload as Payload;
  }

  close(): void {
    (this.backend as unknown as BackendInternals).ws?.close();
  }
}

describe('StaticBackend JS client (@staticbackend/js) against /ws', () => {
  let server: TestServer;
  const hadWebSocket = 'WebSocket' in globalThis;
  const globalWebSocket = (globalThis as { WebSocket?: unknown }).WebSocket;
  const clients: SbClient[] = [];

  before(async () => {
    (globalThis as { WebSocket?: unknown }).WebSocket = RecordingWebSocket;
    server = await startTestServer();
  });

  after(async () => {
    for (const client of clients) client.close();
    await server.close();
    if (hadWebSocket) (globalThis as { WebSocket?: unknown }).WebSocket = globalWebSocket;
    else delete (globalThis as { WebSocket?: unknown }).WebSocket;
  });

  it('authenticates with the session token, echoes, joins, and chats from one client to another', async () => {
    const ada = await registerUser(server);
    const bob = await registerUser(server);
    const adaSb = await SbClient.connect(server, ada.token);
    clients.push(adaSb);
    const bobSb = await SbClient.connect(server, bob.token);
    clients.push(bobSb);
    assert.notEqual(adaSb.socketToken, ada.token, 'auth answers a socket token, not the session token');

    // The library's frames: `token` null until auth answered, then the socket token; sid always init's.
    const adaAuth = RecordingWebSocket.sent.find((f) => f.type === 'auth' && f.data === ada.token);
    assert.deepEqual(Object.keys(adaAuth ?? {}).sort(), ['data', 'sid', 'token', 'type']);
    assert.equal(adaAuth?.token, null);
    assert.equal(RecordingWebSocket.sent.find((f) => f.type === 'echo')?.token, null);

    adaSb.backend.sendWS('echo', 'after auth');
    assert.equal((await adaSb.next('echo')).data, 'echo: after auth');

    const room = `sb-lobby-${Date.now()}`;
    adaSb.backend.sendWS(adaSb.backend.types.join, room);
    assert.equal((await adaSb.next('joined')).data, room);
    bobSb.backend.sendWS(bobSb.backend.types.join, room);
    assert.equal((await bobSb.next('joined')).data, room);

    adaSb.backend.sendWS(adaSb.backend.types.chanIn, 'hello from StaticBackend', room);
    const stored = JSON.parse((await adaSb.next('ok')).data) as { id: string; seq: number };
    assert.equal(typeof stored.id, 'string');
    const out = await bobSb.next(bobSb.backend.types.chanOut);
    assert.equal(out.channel, room);
    assert.equal(out.data, 'hello from StaticBackend');
    const sentChanIn = RecordingWebSocket.sent.find((f) => f.type === 'chan_in');
    assert.equal(sentChanIn?.token, adaSb.socketToken);
  });

  it('receives db_created, db_updated and db_deleted on a db- channel', async () => {
    const owner = await registerUser(server);
    const reader = await registerUser(server);
    const readerSb = await SbClient.connect(server, reader.token);
    clients.push(readerSb);
    // `_744_`: everyone may read the owner's documents, so another account's client hears of them.
    const repo = 'sbnotes_744_';
    readerSb.backend.sendWS(readerSb.backend.types.join, `db-${repo}`);
    assert.equal((await readerSb.next('joined')).data, `db-${repo}`);

    const created = await request<Document>(server, 'POST', `/api/db/${repo}`, {
      token: owner.token,
      body: { title: 'first' },
    });
    assert.equal(created.status, 201);
    const onCreate = await readerSb.next(readerSb.backend.types.dbCreated);
    assert.equal(onCreate.channel, `db-${repo}`);
    const createChange = JSON.parse(onCreate.data) as DbChange;
    assert.equal(createChange.id, created.body.id);
    assert.deepEqual(createChange.document?.data, { title: 'first' });

    const patched = await request(server, 'PATCH', `/api/db/${repo}/${created.body.id}`, {
      token: owner.token,
      body: { title: 'second' },
    });
    assert.equal(patched.status, 200);
    const updateChange = JSON.parse((await readerSb.next(readerSb.backend.types.dbUpdated)).data) as DbChange;
    assert.deepEqual(updateChange.document?.data, { title: 'second' });

    const deleted = await request(server, 'DELETE', `/api/db/${repo}/${created.body.id}`, {
      token: owner.token,
    });
    assert.equal(deleted.status, 204);
    const deleteChange = JSON.parse((await readerSb.next(readerSb.backend.types.dbDeleted)).data) as DbChange;
    assert.equal(deleteChange.id, created.body.id);
    assert.ok(createChange.position < updateChange.position && updateChange.position < deleteChange.position);
  });
});

describe('raw /ws: a null is treated as absent', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('takes null for optional fields and refuses null for required ones as missing', async () => {
    const user = await registerUser(server);
    const raw = await RawClient.open(server.url);
    try {
      // Optional `token` and `channel` sent as null: as if absent.
      const echo = await raw.request({ type: 'echo', data: 'hi', token: null, channel: null }, 'echo');
      assert.equal(echo.data, 'echo: hi');
      const token = await raw.request(
        { type: 'auth', data: user.token, token: null, channel: null },
        'token',
      );
      assert.equal(token.type, 'token', JSON.stringify(token));
      raw.token = token.data;
      const joined = await raw.request({ type: 'join', data: 'null-rule', channel: null }, 'joined');
      assert.equal(joined.type, 'joined', JSON.stringify(joined));
      // Required fields sent as null are missing, with the same answers as when left out.
      const nullData = await raw.request({ type: 'echo', data: null }, 'echo');
      const leftOut = await raw.request({ type: 'echo' }, 'echo');
      assert.deepEqual(nullData, leftOut);
      assert.deepEqual([nullData.code, nullData.field], ['BAD_INPUT', 'data']);
      const noSid = await raw.request({ type: 'echo', data: 'x', sid: null }, 'echo');
      assert.deepEqual([noSid.code, noSid.field], ['BAD_INPUT', 'sid']);
      const noToken = await raw.request({ type: 'join', data: 'null-rule', token: null }, 'joined');
      assert.deepEqual([noToken.code, noToken.field], ['UNAUTHENTICATED', 'token']);
    } finally {
      raw.ws.terminate();
    }
  });
});
