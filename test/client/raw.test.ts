import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import {
  connectRaw,
  createHttpClient,
  type DbChange,
  type EnvelopeChanOut,
  type EnvelopeDbEvent,
  isRawRequestError,
  type RawClient,
  RawConnectionClosedError,
  RequestTimeoutError,
  SwitchboardError,
} from '../../clients/js/src/index.js';
import { uniqueUsername } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { nextEvent } from './next-event.js';

const PASSWORD = 'correct horse battery staple';

describe('client package: raw WebSocket envelope (/ws)', () => {
  let server: TestServer;
  const clients: RawClient[] = [];

  /** A new user's session token. */
  async function sessionToken(): Promise<string> {
    const http = createHttpClient({ url: server.url });
    const { body } = await http.call('registerUser', {
      body: { username: uniqueUsername('raw'), password: PASSWORD },
    });
    return body.token;
  }

  async function signedIn(token?: string): Promise<RawClient> {
    // `ws` stands in for the platform WebSocket, as on Node 20.
    const client = await connectRaw({ url: server.url, token: token ?? (await sessionToken()), WebSocket });
    clients.push(client);
    return client;
  }

  before(async () => {
    server = await startTestServer();
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  after(async () => {
    await server.close();
  });

  it('authenticates with a session token and round-trips echo', async () => {
    const client = await signedIn();
    assert.match(client.sid, /^[0-9a-f-]{36}$/);
    assert.ok(client.socketToken && client.socketToken.length > 0);
    const answer = await client.request('echo', 'ping');
    assert.equal(answer.type, 'echo');
    assert.equal(answer.data, 'echo: ping');
  });

  it('without a token only echo works; join is refused UNAUTHENTICATED', async () => {
    const client = await connectRaw({ url: server.url, WebSocket });
    clients.push(client);
    assert.equal(client.socketToken, undefined);
    assert.equal((await client.request('echo', 'anonymous')).data, 'echo: anonymous');
    await assert.rejects(client.request('join', 'lobby'), (err: unknown) => {
      assert.ok(isRawRequestError(err, 'join'));
      assert.equal(err.code, 'UNAUTHENTICATED');
      assert.equal(err.field, 'token');
      return true;
    });
  });

  it('a bad session token rejects connectRaw with the auth refusal', async () => {
    await assert.rejects(
      connectRaw({ url: server.url, token: 'not-a-session-token', WebSocket }),
      (err: unknown) => {
        assert.ok(isRawRequestError(err, 'auth'));
        assert.equal(err.code, 'UNAUTHENTICATED');
        assert.equal(err.message, 'rawAuth: UNAUTHENTICATED: invalid token (data)');
        return true;
      },
    );
  });

  it('an unreachable server rejects connectRaw with RawConnectionClosedError', async () => {
    const unused = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await once(unused, 'listening');
    const { port } = unused.address() as AddressInfo;
    await new Promise((resolve) => unused.close(resolve));
    await assert.rejects(connectRaw({ url: `http://127.0.0.1:${port}`, WebSocket }), (err: unknown) => {
      assert.ok(err instanceof RawConnectionClosedError);
      assert.equal(err.operation, 'connect');
      assert.equal(err.code, 1006);
      assert.match(err.reason, /ECONNREFUSED/);
      return true;
    });
  });

  it('joins a room; chan_in is answered ok and seen by another raw client as chan_out', async () => {
    const alice = await signedIn();
    const bob = await signedIn();
    const room = `raw-${Math.random().toString(36).slice(2, 8)}`;
    assert.equal((await alice.request('join', room)).data, room);
    assert.equal((await bob.request('join', room)).data, room);
    assert.equal((await bob.request('presence', room)).data, '2');

    const seen = nextEvent<EnvelopeChanOut>(
      (fn) => bob.on('chan_out', fn),
      (e) => e.channel === room,
    );
    const ok = await alice.request('chan_in', 'hello over /ws', { channel: room });
    assert.equal(ok.type, 'ok');
    const receipt = JSON.parse(ok.data) as { id: string; seq: number };
    assert.equal(typeof receipt.id, 'string');
    assert.ok(receipt.seq >= 1);
    const out = await seen;
    assert.equal(out.data, 'hello over /ws');
    assert.equal(out.channel, room);

    assert.equal((await bob.request('leave', room)).data, room);
    assert.equal((await alice.request('presence', room)).data, '1');
  });

  it('a db- channel receives db_created for a document created over HTTP', async () => {
    const ownerHttp = createHttpClient({ url: server.url });
    await ownerHttp.call('registerUser', { body: { username: uniqueUsername('owner'), password: PASSWORD } });
    const reader = await signedIn();
    // `_744_`: everyone may read the owner's documents, so a client of another account hears of them.
    const repo = 'rawnotes_744_';
    assert.equal((await reader.request('join', `db-${repo}`)).data, `db-${repo}`);

    const event = nextEvent<EnvelopeDbEvent>(
      (fn) => reader.on('db_created', fn),
      (e) => e.channel === `db-${repo}`,
    );
    const created = await ownerHttp.call('createDocument', {
      pathParams: { repo },
      body: { title: 'first' },
    });
    const envelope = await event;
    assert.equal(envelope.type, 'db_created');
    const change = JSON.parse(envelope.data) as DbChange;
    assert.equal(change.id, created.body.id);
    assert.deepEqual(change.document?.data, { title: 'first' });
  });

  it('a refused request rejects with a typed error and the connection stays usable', async () => {
    const client = await signedIn();
    const room = `raw-absent-${Math.random().toString(36).slice(2, 8)}`;
    const refused = client.request('chan_in', 'to nobody', { channel: room });
    // Sent before the refusal comes back: answers keep their order, so echo gets its own.
    const echo = client.request('echo', 'still here');
    await assert.rejects(refused, (err: unknown) => {
      assert.ok(err instanceof SwitchboardError);
      assert.ok(isRawRequestError(err, 'chan_in'));
      assert.equal(isRawRequestError(err, 'join'), false);
      assert.ok(['NOT_FOUND', 'FORBIDDEN'].includes(err.code), err.code);
      assert.equal(err.operation, 'rawChanIn');
      return true;
    });
    assert.equal((await echo).data, 'echo: still here');
  });

  describe('against a server that answers late or closes', () => {
    let fake: WebSocketServer;
    let fakeUrl: string;
    /** What the fake server does with each request envelope it receives. */
    let onRequest: (ws: WebSocket, envelope: { sid: string; type: string; data: string }) => void;

    before(async () => {
      fake = new WebSocketServer({ port: 0, host: '127.0.0.1' });
      await once(fake, 'listening');
      fakeUrl = `ws://127.0.0.1:${(fake.address() as AddressInfo).port}/ws`;
      fake.on('connection', (ws) => {
        ws.send(JSON.stringify({ sid: '', type: 'init', data: 'fake-sid' }));
        ws.on('message', (frame) => onRequest(ws, JSON.parse(String(frame))));
      });
    });
    after(async () => {
      for (const ws of fake.clients) ws.terminate();
      await new Promise((resolve) => fake.close(resolve));
    });

    it('times out a request, drops its late answer, and gives the next request its own', async () => {
      const answers: { sid: string; type: string; data: string }[] = [];
      onRequest = (ws, envelope) => {
        answers.push(envelope);
        // The first answer comes after its request's timeout, the second at once, both in order.
        if (answers.length === 2) {
          for (const e of answers)
            ws.send(JSON.stringify({ sid: 'fake-sid', type: 'echo', data: `echo: ${e.data}` }));
        }
      };
      const client = await connectRaw({ url: fakeUrl, WebSocket });
      clients.push(client);
      assert.equal(client.sid, 'fake-sid');
      const slow = client.request('echo', 'slow', { timeoutMs: 50 });
      await assert.rejects(slow, (err: unknown) => {
        assert.ok(err instanceof RequestTimeoutError);
        assert.equal(err.operation, 'rawEcho');
        assert.equal(err.timeoutMs, 50);
        return true;
      });
      assert.equal((await client.request('echo', 'next')).data, 'echo: next');
      assert.equal(answers[0]?.sid, 'fake-sid');
    });

    it('rejects what waits when the server closes, and what is asked after', async () => {
      onRequest = (ws) => ws.close(4001, 'logged-out');
      const client = await connectRaw({ url: fakeUrl, WebSocket });
      clients.push(client);
      const closed = new Promise<[number, string]>((resolve) =>
        client.onClose((code, reason) => resolve([code, reason])),
      );
      await assert.rejects(client.request('echo', 'bye'), (err: unknown) => {
        assert.ok(err instanceof RawConnectionClosedError);
        assert.equal(err.code, 4001);
        assert.equal(err.reason, 'logged-out');
        return true;
      });
      assert.deepEqual(await closed, [4001, 'logged-out']);
      assert.equal(client.connected, false);
      await assert.rejects(client.request('echo', 'again'), RawConnectionClosedError);
    });
  });
});
