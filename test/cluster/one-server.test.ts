import assert from 'node:assert/strict';
import type { DbChange, UserActivity } from '../../generated/types.js';
import { type Cluster, startCluster } from '../helpers/cluster.js';
import { clusterClients } from '../helpers/cluster-clients.js';
import { registerUser, request } from '../helpers/http.js';
import type { Connected } from '../helpers/socket.js';

/** Three processes on one PostgreSQL schema and one Redis behave as one server (issue 15). */
describe('cluster: three processes, one realtime world', () => {
  let cluster: Cluster;
  const { on, io, raw, closeAll } = clusterClients(() => cluster);

  before(async function () {
    this.timeout(120_000);
    cluster = await startCluster({ size: 3 });
  });
  afterEach(() => {
    closeAll();
  });
  after(async function () {
    this.timeout(60_000);
    await cluster?.close();
  });

  it('shows a user on one process coming online, changing activity and leaving to users on the others', async () => {
    const [ada, bob] = [await registerUser(on(0)), await registerUser(on(1))];
    const watcher = await io(1, bob);
    const adaSocket = await io(0, ada);
    const online = await watcher.events.next('activity', (a) => a.userId === ada.profile.id);
    assert.equal(online.state, 'online');
    // And the newcomer's list names the user already there, on another process.
    const list = await adaSocket.events.next('activities');
    assert.ok(
      list.activities.some((a: UserActivity) => a.userId === bob.profile.id),
      JSON.stringify(list),
    );

    await adaSocket.socket
      .timeout(5000)
      .emitWithAck('set-activity', { state: 'playing', game: { id: 'chess', name: 'Chess' } });
    const playing = await watcher.events.next(
      'activity',
      (a) => a.userId === ada.profile.id && a.state === 'playing',
    );
    assert.equal(playing.game?.name, 'Chess');

    adaSocket.socket.close();
    const offline = await watcher.events.next(
      'activity',
      (a) => a.userId === ada.profile.id && a.state === 'offline',
    );
    assert.ok(offline.since, JSON.stringify(offline));
  });

  it('delivers room messages sent on one process to members on every process, in order', async () => {
    const users = [await registerUser(on(0)), await registerUser(on(1)), await registerUser(on(2))];
    const sockets = await Promise.all(users.map((u, i) => io(i, u)));
    for (const s of sockets) await s.socket.timeout(5000).emitWithAck('join-room', { room: 'cluster-lobby' });
    const [sender, ...receivers] = sockets as [Connected, Connected, Connected];
    const seqs: number[] = [];
    for (let n = 1; n <= 20; n++) {
      const receipt = await sender.socket
        .timeout(5000)
        .emitWithAck('send-message', { room: 'cluster-lobby', body: { n } });
      assert.ok(!('error' in receipt), JSON.stringify(receipt));
      seqs.push(receipt.seq);
    }
    for (const r of receivers) {
      const got: number[] = [];
      for (let n = 1; n <= 20; n++)
        got.push((await r.events.next('message', (m) => m.room === 'cluster-lobby')).seq);
      assert.deepEqual(got, seqs);
    }
  });

  it('numbers an ephemeral room’s messages sent at once through different processes without gaps or repeats', async () => {
    const users = [await registerUser(on(0)), await registerUser(on(1)), await registerUser(on(2))];
    const [a, b, watcher] = await Promise.all(users.map((u, i) => io(i, u)));
    const room = `burst-${Date.now()}`;
    for (const s of [a, b, watcher] as Connected[])
      await s.socket.timeout(5000).emitWithAck('join-room', { room });
    const send = async (c: Connected, n: number) => {
      const receipt = await c.socket.timeout(5000).emitWithAck('send-message', { room, body: { n } });
      assert.ok(!('error' in receipt), JSON.stringify(receipt));
      return receipt.seq;
    };
    const burst = (c: Connected) => Promise.all(Array.from({ length: 10 }, (_, n) => send(c, n)));
    const seqs = (await Promise.all([burst(a as Connected), burst(b as Connected)])).flat();
    const w = watcher as Connected;
    const received: number[] = [];
    for (let i = 0; i < 20; i++) received.push((await w.events.next('message', (m) => m.room === room)).seq);
    const oneToTwenty = Array.from({ length: 20 }, (_, i) => i + 1);
    assert.deepEqual(
      [...seqs].sort((x, y) => x - y),
      oneToTwenty,
    );
    assert.deepEqual(
      [...received].sort((x, y) => x - y),
      oneToTwenty,
    );
  });

  it('carries /ws chan_out and Socket.IO messages across processes both ways', async () => {
    const [ada, bob] = [await registerUser(on(0)), await registerUser(on(2))];
    const sio = await io(0, ada);
    const ws = await raw(2, bob);
    assert.equal((await ws.request({ type: 'join', data: 'mixed-cluster' }, 'joined')).type, 'joined');
    await sio.socket.timeout(5000).emitWithAck('join-room', { room: 'mixed-cluster' });
    await sio.socket
      .timeout(5000)
      .emitWithAck('send-message', { room: 'mixed-cluster', body: { text: 'hi from 0' } });
    const out = await ws.next('chan_out');
    assert.deepEqual(JSON.parse(out.data), { text: 'hi from 0' });
    assert.equal(out.channel, 'mixed-cluster');
    await ws.request({ type: 'chan_in', data: 'hi from 2', channel: 'mixed-cluster' }, 'ok');
    const back = await sio.events.next('message', (m) => m.room === 'mixed-cluster');
    assert.deepEqual(back.body, { data: 'hi from 2' });
  });

  it('sends database events written on one process to the readers on others, and only to them', async () => {
    const owner = await registerUser(on(0));
    const stranger = await registerUser(on(2));
    const mine = await io(1, owner);
    const theirs = await io(2, stranger);
    const ws = await raw(2, owner);
    // _700_: only the owner reads; _744_: everyone does.
    for (const c of [mine, theirs]) {
      await c.socket.timeout(5000).emitWithAck('subscribe-db', { repo: 'diary_700_' });
      await c.socket.timeout(5000).emitWithAck('subscribe-db', { repo: 'board_744_' });
    }
    await ws.request({ type: 'join', data: 'db-diary_700_' }, 'joined');
    await request(on(0), 'POST', '/api/db/diary_700_', { token: owner.token, body: { secret: 1 } });
    await request(on(0), 'POST', '/api/db/board_744_', { token: owner.token, body: { open: 1 } });
    const created = await mine.events.next('db_created', (c) => c.repo === 'diary_700_');
    assert.deepEqual((JSON.parse((await ws.next('db_created')).data) as DbChange).id, created.id);
    // The stranger gets the public change, and by then would have had the private one: it came first.
    await theirs.events.next('db_created', (c) => c.repo === 'board_744_');
    assert.deepEqual(
      theirs.events.all('db_created').filter((c) => c.repo === 'diary_700_'),
      [],
    );
  });

  it('takes a removal from a private room made through one process into account on the others at once', async () => {
    const [owner, bob] = [await registerUser(on(0)), await registerUser(on(0))];
    const ownerSocket = await io(0, owner);
    const bobSocket = await io(1, bob);
    const room = `inner-${Date.now()}`;
    await ownerSocket.socket.timeout(5000).emitWithAck('create-room', { room, kind: 'private' });
    await ownerSocket.socket.timeout(5000).emitWithAck('invite-to-room', { room, userIds: [bob.profile.id] });
    await bobSocket.socket.timeout(5000).emitWithAck('join-room', { room });
    const before = await bobSocket.socket.timeout(5000).emitWithAck('send-message', { room, body: { n: 1 } });
    assert.ok(!('error' in before), JSON.stringify(before));
    await ownerSocket.socket.timeout(5000).emitWithAck('remove-from-room', { room, userId: bob.profile.id });
    const after = await bobSocket.socket.timeout(5000).emitWithAck('send-message', { room, body: { n: 2 } });
    assert.ok('error' in after && after.error.code === 'FORBIDDEN', JSON.stringify(after));
  });

  it('closes the connections of a session on every process when it logs out on one', async () => {
    const ada = await registerUser(on(0));
    const sockets = [await io(1, ada), await io(2, ada)];
    const ws = await raw(0, ada);
    const closings = sockets.map((s) => s.events.next('closing'));
    const logout = await request(on(0), 'POST', '/api/users/logout', { token: ada.token });
    assert.equal(logout.status, 204);
    for (const closing of await Promise.all(closings)) assert.equal(closing.reason, 'logged-out');
    assert.equal((await ws.closed).reason, 'logged-out');
  });

  it('notifies an invited user on every process at once, and one who was away on whichever they connect to, once', async () => {
    const [ada, bob, carol] = [
      await registerUser(on(0)),
      await registerUser(on(1)),
      await registerUser(on(2)),
    ];
    const owner = await io(0, ada);
    const bobHere = await io(1, bob);
    const bobThere = await io(2, bob);
    await owner.socket.timeout(5000).emitWithAck('create-room', { room: 'cluster-notes', kind: 'private' });
    await owner.socket
      .timeout(5000)
      .emitWithAck('invite-to-room', { room: 'cluster-notes', userIds: [bob.profile.id, carol.profile.id] });
    const [here, there] = await Promise.all([
      bobHere.events.next('notifications'),
      bobThere.events.next('notifications'),
    ]);
    assert.deepEqual(here, there);
    assert.equal(here.notifications[0]?.code, -2);

    const carolFirst = await io(2, carol);
    const stored = await carolFirst.events.next('notifications');
    assert.equal(stored.notifications[0]?.content.room, 'cluster-notes');
    carolFirst.socket.close();
    const carolAgain = await io(1, carol);
    await carolAgain.socket.timeout(5000).emitWithAck('echo', { data: 'sync' });
    assert.deepEqual(carolAgain.events.all('notifications'), [], 'not delivered a second time');
    const listed = await carolAgain.socket.timeout(5000).emitWithAck('list-notifications', {});
    assert.deepEqual('notifications' in listed && listed.notifications, stored.notifications);
  });
});
