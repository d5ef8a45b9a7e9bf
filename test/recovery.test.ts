import assert from 'node:assert/strict';
import type { RoomMember } from '../generated/types.js';
import type { RecoveryAdapter } from '../src/transports/socketio/recovery-adapter.js';
import { cutProxy } from './helpers/cut-proxy.js';
import { registerUser, request } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { type ClientSocket, connect, reconnectingClient } from './helpers/socket.js';

type Proxy = Awaited<ReturnType<typeof cutProxy>>;

/** Drops the client's connection and keeps it away until `release()`; resolves once the server saw it go. */
async function drop(proxy: Proxy, socket: ClientSocket): Promise<void> {
  proxy.hold();
  const gone = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
  proxy.drop();
  await gone;
}

describe('connection-state recovery (RECOVERY_WINDOW_MS)', () => {
  let server: TestServer;
  let proxy: Proxy;
  const open: { close(): void }[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    proxy = await cutProxy(server.port);
  });
  afterEach(async () => {
    for (const c of open.splice(0)) c.close();
    await proxy.close();
    await server.close();
  });

  it('resumes a connection back within the window: same rooms and subscriptions, and what it missed, in order', async () => {
    const [ada, bob] = [await registerUser(server), await registerUser(server)];
    const client = await reconnectingClient(proxy.url, ada.profile.socketSecret as string);
    open.push(client.socket);
    const sender = await connect(server, { secret: bob.profile.socketSecret as string });
    open.push(sender.socket);
    await client.socket.timeout(5000).emitWithAck('join-room', { room: 'resume' });
    await client.socket.timeout(5000).emitWithAck('subscribe-db', { repo: 'board_744_' });
    await sender.socket.timeout(5000).emitWithAck('join-room', { room: 'resume' });

    await drop(proxy, client.socket);
    const sent: number[] = [];
    for (let n = 1; n <= 3; n++) {
      const receipt = await sender.socket
        .timeout(5000)
        .emitWithAck('send-message', { room: 'resume', body: { n } });
      assert.ok(!('error' in receipt));
      sent.push(receipt.seq);
    }
    await request(server, 'POST', '/api/db/board_744_', { token: bob.token, body: { while: 'away' } });
    await sender.socket.timeout(5000).emitWithAck('set-activity', { state: 'busy' });
    proxy.release();

    const welcome = await client.events.next('welcome');
    assert.equal(welcome.recovered, true);
    assert.equal(client.socket.recovered, true);
    const missed = [];
    for (let i = 0; i < 3; i++)
      missed.push((await client.events.next('message', (m) => m.room === 'resume')).seq);
    assert.deepEqual(missed, sent);
    assert.equal((await client.events.next('db_created')).repo, 'board_744_');
    await client.events.next('activity', (a) => a.userId === bob.profile.id && a.state === 'busy');

    // Still in the room and subscribed, without asking again.
    const after = await sender.socket
      .timeout(5000)
      .emitWithAck('send-message', { room: 'resume', body: { n: 4 } });
    assert.ok(!('error' in after));
    assert.equal((await client.events.next('message', (m) => m.room === 'resume')).seq, after.seq);
    const view = await client.socket.timeout(5000).emitWithAck('view-room', { room: 'resume' });
    assert.ok(!('error' in view));
    assert.ok(
      view.members.some((m: RoomMember) => m.userId === ada.profile.id),
      JSON.stringify(view),
    );
    // And the server recorded the membership again: leaving works.
    const left = await client.socket.timeout(5000).emitWithAck('leave-room', { room: 'resume' });
    assert.ok(!('error' in left), JSON.stringify(left));
  });

  it('keeps for resumption only what a connection may be owed: not its own frames, nor what nobody hears', async () => {
    const adapter = server.io.of('/').adapter as RecoveryAdapter;
    const [ada, bob] = [await registerUser(server), await registerUser(server)];
    const alone = await connect(server, { secret: ada.profile.socketSecret as string });
    open.push(alone.socket);
    const before = adapter.kept;
    // Her welcome and activity list, her own activity (nobody else to hear it), a write nobody watches.
    await alone.socket.timeout(5000).emitWithAck('set-activity', { state: 'busy' });
    await request(server, 'POST', '/api/db/unwatched_1_', { token: ada.token, body: { n: 1 } });
    await alone.socket.timeout(5000).emitWithAck('echo', { data: 'barrier' });
    assert.equal(adapter.kept, before);

    const watcher = await connect(server, { secret: bob.profile.socketSecret as string });
    open.push(watcher.socket);
    await watcher.socket.timeout(5000).emitWithAck('subscribe-db', { repo: 'unwatched_1_' });
    await request(server, 'POST', '/api/db/unwatched_1_', { token: bob.token, body: { n: 2 } });
    assert.equal((await watcher.events.next('db_created')).repo, 'unwatched_1_');
    // Kept: bob's connection could drop and resume right after (ada's `online` for bob counts too).
    assert.ok(adapter.kept > before, `${adapter.kept} > ${before}`);
  });

  it('starts a connection afresh when it comes back after the window, and says so', async () => {
    await server.close();
    server = await startTestServer({ recoveryWindowMs: 300 });
    await proxy.close();
    proxy = await cutProxy(server.port);
    const [ada, bob] = [await registerUser(server), await registerUser(server)];
    const client = await reconnectingClient(proxy.url, ada.profile.socketSecret as string);
    open.push(client.socket);
    await client.socket.timeout(5000).emitWithAck('join-room', { room: 'stale' });
    await drop(proxy, client.socket);
    const sender = await connect(server, { secret: bob.profile.socketSecret as string });
    open.push(sender.socket);
    await sender.socket.timeout(5000).emitWithAck('join-room', { room: 'stale' });
    await sender.socket.timeout(5000).emitWithAck('send-message', { room: 'stale', body: { missed: true } });
    // Past the window (waiting for a deadline, not asserting one).
    await new Promise((resolve) => setTimeout(resolve, 600));
    proxy.release();
    const welcome = await client.events.next('welcome');
    assert.equal(welcome.recovered, undefined);
    assert.equal(client.socket.recovered, false);
    // Told to resync: not in the room any more, and nothing replayed.
    await sender.socket.timeout(5000).emitWithAck('send-message', { room: 'stale', body: { after: true } });
    await client.socket.timeout(5000).emitWithAck('echo', { data: 'sync' });
    assert.deepEqual(client.events.all('message'), []);
  });

  it('does not resume, nor replay the room, for a client removed from a private room while it was away', async () => {
    const [owner, bob] = [await registerUser(server), await registerUser(server)];
    const ownerSocket = await connect(server, { secret: owner.profile.socketSecret as string });
    open.push(ownerSocket.socket);
    await ownerSocket.socket.timeout(5000).emitWithAck('create-room', { room: 'inner', kind: 'private' });
    await ownerSocket.socket
      .timeout(5000)
      .emitWithAck('invite-to-room', { room: 'inner', userIds: [bob.profile.id] });
    const client = await reconnectingClient(proxy.url, bob.profile.socketSecret as string);
    open.push(client.socket);
    await client.socket.timeout(5000).emitWithAck('join-room', { room: 'inner' });
    await drop(proxy, client.socket);
    await ownerSocket.socket
      .timeout(5000)
      .emitWithAck('remove-from-room', { room: 'inner', userId: bob.profile.id });
    await ownerSocket.socket
      .timeout(5000)
      .emitWithAck('send-message', { room: 'inner', body: { after: 'removal' } });
    const wire: unknown[] = [];
    client.socket.io.on('packet', (packet: { data?: unknown }) => wire.push(packet.data));
    proxy.release();
    const welcome = await client.events.next('welcome');
    assert.equal(welcome.recovered, undefined, 'a new connection, to resync');
    assert.ok(!JSON.stringify(wire).includes('removal'), JSON.stringify(wire));
  });

  it('does not resume, nor replay anything, for a client that logged out while it was away', async () => {
    const [ada, bob] = [await registerUser(server), await registerUser(server)];
    const client = await reconnectingClient(proxy.url, ada.profile.socketSecret as string);
    open.push(client.socket);
    const sender = await connect(server, { secret: bob.profile.socketSecret as string });
    open.push(sender.socket);
    await client.socket.timeout(5000).emitWithAck('join-room', { room: 'secret' });
    await sender.socket.timeout(5000).emitWithAck('join-room', { room: 'secret' });
    await drop(proxy, client.socket);
    assert.equal((await request(server, 'POST', '/api/users/logout', { token: ada.token })).status, 204);
    await sender.socket.timeout(5000).emitWithAck('send-message', { room: 'secret', body: { private: 1 } });
    const refused = new Promise<Error & { data?: { code: string } }>((resolve) =>
      client.socket.once('connect_error', resolve),
    );
    // Every packet that reaches the client, as a modified client would read them, not only those
    // socket.io-client hands to the application (it drops what came before a refused CONNECT).
    const wire: unknown[] = [];
    client.socket.io.on('packet', (packet: { data?: unknown }) => wire.push(packet.data));
    proxy.release();
    assert.equal((await refused).data?.code, 'UNAUTHENTICATED');
    assert.deepEqual(client.events.all('message'), []);
    assert.ok(!JSON.stringify(wire).includes('private'), JSON.stringify(wire));
  });
});
