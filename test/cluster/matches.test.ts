import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { ErrorReply, Match, MatchPresence } from '../../generated/types.js';
import { type Cluster, startCluster } from '../helpers/cluster.js';
import { clusterClients } from '../helpers/cluster-clients.js';
import { registerUser } from '../helpers/http.js';
import { ok } from '../helpers/requests.js';
import { type Connected, emitRaw } from '../helpers/socket.js';

async function refused(client: Connected, event: string, payload: unknown): Promise<string> {
  const reply = (await emitRaw(client.socket, event, payload)) as ErrorReply;
  assert.ok(reply && 'error' in reply, `${event} was accepted: ${JSON.stringify(reply)}`);
  return reply.error.code;
}

const presenceOf = (client: Connected): MatchPresence => ({
  userId: client.welcome.userId,
  connectionId: client.welcome.connectionId,
  username: client.welcome.username,
});

/**
 * Relayed matches on two processes sharing Redis: the match lives in Redis (RedisMatchStore), and its
 * data and presence events cross processes through the Socket.IO adapter.
 */
describe('relayed matches across processes', () => {
  let cluster: Cluster | undefined;
  const clients = clusterClients(() => cluster as Cluster);

  before(async function () {
    this.timeout(90_000);
    cluster = await startCluster({ size: 2, env: { MAX_MATCHES_PER_USER: '2', MAX_MATCH_SIZE: '3' } });
  });
  afterEach(() => clients.closeAll());
  after(async function () {
    this.timeout(60_000);
    await cluster?.close();
  });

  it('joins, relays to all or chosen members and tells presence across processes; nothing to others', async () => {
    const [ada, bob, carol] = [
      await registerUser(clients.on(0)),
      await registerUser(clients.on(1)),
      await registerUser(clients.on(1)),
    ];
    const a = await clients.io(0, ada);
    const b = await clients.io(1, bob);
    const stranger = await clients.io(1, carol);
    const { matchId } = await ok<Match>(a, 'create-match', {});
    const view = await ok<Match>(b, 'join-match', { matchId });
    assert.deepEqual(view, { matchId, size: 2, maxSize: 3, presences: [presenceOf(a), presenceOf(b)] });
    assert.deepEqual(await a.events.next('match-presence'), { matchId, joins: [presenceOf(b)], leaves: [] });

    await ok(a, 'send-match-data', { matchId, opCode: 1, data: { from: 'node 0' } });
    assert.deepEqual(await b.events.next('match-data'), {
      matchId,
      presence: presenceOf(a),
      opCode: 1,
      data: { from: 'node 0' },
    });
    await ok(b, 'send-match-data', { matchId, opCode: 2, dataBase64: 'AP8=', echo: true });
    assert.equal((await a.events.next('match-data')).dataBase64, 'AP8=');
    assert.equal((await b.events.next('match-data')).dataBase64, 'AP8=');

    // A second member on node 1; ada targets only bob, across processes, and names the stranger in vain.
    const c = await clients.io(1, carol);
    await ok<Match>(c, 'join-match', { matchId });
    await ok(a, 'send-match-data', {
      matchId,
      opCode: 3,
      data: 'just bob',
      presences: [b.welcome.connectionId, stranger.welcome.connectionId],
    });
    assert.equal((await b.events.next('match-data', (d) => d.opCode === 3)).data, 'just bob');
    // A member full house: the fourth is refused, whichever process it comes through.
    assert.equal(await refused(stranger, 'join-match', { matchId }), 'LIMIT_REACHED');
    await ok(a, 'send-match-data', { matchId, opCode: 4, data: 'sync' });
    await c.events.next('match-data', (d) => d.opCode === 4);
    await b.events.next('match-data', (d) => d.opCode === 4);
    assert.deepEqual(
      c.events.all('match-data').map((d) => d.opCode),
      [4],
      'the member not chosen got only the broadcast',
    );
    assert.deepEqual(stranger.events.all('match-data'), [], 'nothing to a non-member');
    assert.deepEqual(stranger.events.all('match-presence'), []);

    // bob's connection closes on node 1: ada on node 0 sees him leave.
    b.socket.close();
    const left = await a.events.next('match-presence', (e) => e.leaves.length === 1);
    assert.deepEqual(left.leaves, [presenceOf(b)]);
    await ok(c, 'leave-match', { matchId });
    await ok(a, 'leave-match', { matchId });
    assert.equal(await refused(stranger, 'join-match', { matchId }), 'NOT_FOUND', 'the match ended');
  });

  it('counts a user’s matches over their connections on every process', async () => {
    const ada = await registerUser(clients.on(0));
    const first = await clients.io(0, ada);
    const second = await clients.io(1, ada);
    await ok<Match>(first, 'create-match', {});
    const { matchId } = await ok<Match>(second, 'create-match', {});
    assert.equal(await refused(first, 'create-match', {}), 'LIMIT_REACHED');
    assert.equal(await refused(first, 'join-match', { matchId }), 'LIMIT_REACHED');
    await ok(second, 'leave-match', { matchId });
    assert.equal(await refused(first, 'join-match', { matchId }), 'NOT_FOUND');
    await ok<Match>(first, 'create-match', {});
    assert.equal(await refused(second, 'leave-match', { matchId: randomUUID() }), 'NOT_FOUND');
  });

  // Last: it kills process 1.
  it('a killed process’s members leave their matches once a live process sweeps it, freeing places and counts', async function () {
    this.timeout(60_000);
    const [ada, bob, carol, eve] = [
      await registerUser(clients.on(0)),
      await registerUser(clients.on(1)),
      await registerUser(clients.on(0)),
      await registerUser(clients.on(1)),
    ];
    const a = await clients.io(0, ada);
    const { matchId } = await ok<Match>(a, 'create-match', { maxSize: 2 });
    const { matchId: other } = await ok<Match>(a, 'create-match', { maxSize: 3 });
    // bob is in two matches (his limit) from two connections on process 1; eve is alone in a third.
    const doomed = await clients.io(1, bob);
    const doomedToo = await clients.io(1, bob);
    await ok<Match>(doomed, 'join-match', { matchId });
    await ok<Match>(doomedToo, 'join-match', { matchId: other });
    const lonely = await clients.io(1, eve);
    const { matchId: alone } = await ok<Match>(lonely, 'create-match', {});
    await a.events.next('match-presence', (e) => e.matchId === matchId);
    await a.events.next('match-presence', (e) => e.matchId === other);
    const bobLive = await clients.io(0, bob);
    const c = await clients.io(0, carol);
    assert.equal(await refused(bobLive, 'create-match', {}), 'LIMIT_REACHED', 'bob is in two matches');
    assert.equal(await refused(c, 'join-match', { matchId }), 'LIMIT_REACHED', 'the match is full');

    const leaves = (id: string) => a.events.next('match-presence', (e) => e.matchId === id, 45_000);
    const [left, leftOther] = [leaves(matchId), leaves(other)];
    const killedAt = Date.now();
    await cluster?.kill(1, 'SIGKILL');
    // Presence's 15 s expiry and 5 s sweep: the members that remain hear the dead ones leave.
    assert.deepEqual(await left, { matchId, joins: [], leaves: [presenceOf(doomed)] });
    assert.deepEqual(await leftOther, { matchId: other, joins: [], leaves: [presenceOf(doomedToo)] });
    console.log(`      the killed members left their matches ${Date.now() - killedAt} ms after the kill`);
    // bob's memberships are given back, the full match has a place again, and eve's match ended with her
    // (a leave by a non-member is NOT_MEMBER while the match lasts, and changes nothing).
    await ok<Match>(bobLive, 'create-match', {});
    await ok<Match>(bobLive, 'create-match', {});
    await ok<Match>(c, 'join-match', { matchId });
    const deadline = Date.now() + 10_000;
    while ((await refused(c, 'leave-match', { matchId: alone })) !== 'NOT_FOUND') {
      assert.ok(Date.now() < deadline, 'the match of a dead connection alone in it did not end');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
});
