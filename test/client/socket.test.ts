import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import {
  type ChatMessage,
  type Closing,
  connect,
  createHttpClient,
  isRequestError,
  RequestTimeoutError,
  SocketClient,
  type SwitchboardClient,
  SwitchboardError,
  type UserActivity,
} from '../../clients/js/src/index.js';
import { uniqueUsername } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { nextEvent } from './next-event.js';

const PASSWORD = 'correct horse battery staple';

describe('client package: Socket.IO', () => {
  let server: TestServer;
  const clients: SwitchboardClient[] = [];

  async function signedIn(): Promise<SwitchboardClient> {
    const http = createHttpClient({ url: server.url });
    await http.call('registerUser', { body: { username: uniqueUsername('sock'), password: PASSWORD } });
    const client = await connect({ url: server.url, http, transports: ['websocket'] });
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

  it('connects with a session token (reading the socket secret) and round-trips echo', async () => {
    const http = createHttpClient({ url: server.url });
    const username = uniqueUsername('sock');
    const { body: session } = await http.call('registerUser', { body: { username, password: PASSWORD } });
    const client = await connect({ url: server.url, token: session.token });
    clients.push(client);
    assert.equal(client.socket.welcome.username, username);
    const reply = await client.request('echo', { data: 'ping' });
    assert.equal(reply.data, 'echo: ping');
  });

  it('creates a room, sends a message another member receives, and reads it from history', async () => {
    const alice = await signedIn();
    const bob = await signedIn();
    const room = `client-${Math.random().toString(36).slice(2, 8)}`;
    const info = await alice.request('create-room', { room, kind: 'public' });
    assert.equal(info.id, room);
    await bob.request('join-room', { room });

    const received = nextEvent<ChatMessage>(
      (fn) => bob.on('message', fn),
      (m) => m.room === room,
    );
    const receipt = await alice.request('send-message', { room, body: { text: 'hello' } });
    const message = await received;
    assert.equal(message.id, receipt.id);
    assert.deepEqual(message.body, { text: 'hello' });

    const page = await bob.request('room-history', { room, limit: 10 });
    assert.deepEqual(
      page.messages.map((m) => [m.seq, m.body]),
      [[receipt.seq, { text: 'hello' }]],
    );
  });

  it('sets an activity that a follower receives as a typed activity event', async () => {
    const alice = await signedIn();
    const bob = await signedIn();
    await bob.request('follow-users', { userIds: [alice.socket.welcome.userId] });
    const seen = nextEvent<UserActivity>(
      (fn) => bob.on('activity', fn),
      (a) => a.userId === alice.socket.welcome.userId && a.state === 'playing',
    );
    const reply = await alice.request('set-activity', {
      state: 'playing',
      game: { id: 'chess', name: 'Chess' },
    });
    assert.equal(reply.state, 'playing');
    assert.equal((await seen).game?.name, 'Chess');
  });

  it('rejects a refused request with a SwitchboardError typed to the codes its operation declares', async () => {
    const alice = await signedIn();
    const err = await alice
      .request('set-activity', { state: 'away', game: { id: 'chess', name: 'Chess' } })
      .then(
        () => assert.fail('set-activity with a game while away was accepted'),
        (e: unknown) => e,
      );
    assert.ok(isRequestError(err, 'set-activity'));
    assert.equal(err.code, 'BAD_INPUT');
    assert.equal(err.field, 'game');
    assert.equal(err.operation, 'set-activity');
  });

  it('tells why the server closed the connection, and rejects requests on it at once', async () => {
    const client = await signedIn();
    const closing = nextEvent<Closing>(
      (fn) => client.on('closing', fn),
      () => true,
    );
    const closed = new Promise<string>((resolve) => client.socket.onClose(resolve));
    await client.http.call('logoutUser');
    assert.equal((await closing).reason, 'logged-out');
    assert.equal(await closed, 'io server disconnect');
    assert.equal(client.socket.connected, false);
    await assert.rejects(client.request('echo', { data: 'x' }), /echo: the connection is closed/);
  });

  it('rejects a handshake without a valid secret with the server’s code', async () => {
    await assert.rejects(
      SocketClient.connect({ url: server.url, socketSecret: 'x'.repeat(43), transports: ['websocket'] }),
      (err: unknown) => err instanceof SwitchboardError && err.code === 'UNAUTHENTICATED',
    );
  });
});

describe('client package: a server that never acknowledges', () => {
  it('rejects a request with RequestTimeoutError after its timeout', async () => {
    const httpServer = createServer();
    const io = new Server(httpServer);
    // Welcomes, then leaves every request unanswered.
    io.on('connection', (socket) => {
      socket.emit('welcome', {
        connectionId: socket.id,
        userId: 'u1',
        username: 'silent',
        serverVersion: '0',
      });
    });
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = httpServer.address() as AddressInfo;
    const client = await SocketClient.connect({ url: `http://127.0.0.1:${port}`, transports: ['websocket'] });
    try {
      const started = Date.now();
      await assert.rejects(client.request('echo', { data: 'x' }, { timeoutMs: 150 }), (err: unknown) => {
        assert.ok(err instanceof RequestTimeoutError);
        assert.equal(err.operation, 'echo');
        assert.equal(err.timeoutMs, 150);
        return true;
      });
      assert.ok(Date.now() - started >= 140);
    } finally {
      client.close();
      await io.close();
    }
  });
});
