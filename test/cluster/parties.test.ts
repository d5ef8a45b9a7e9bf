import assert from 'node:assert/strict';
import type { JoinPartyReply, PartyPresence, PartyView } from '../../generated/types.js';
import { type Cluster, startCluster } from '../helpers/cluster.js';
import { clusterClients } from '../helpers/cluster-clients.js';
import { registerUser } from '../helpers/http.js';
import { ok, refusedWith } from '../helpers/requests.js';
import type { Connected } from '../helpers/socket.js';

const presence = (c: Connected): PartyPresence => ({
  connectionId: c.welcome.connectionId,
  userId: c.welcome.userId,
  username: c.welcome.username,
});

/** Parties kept in Redis: members on different processes play in one party, which any process serves. */
describe('cluster: parties across processes', () => {
  let cluster: Cluster;
  const { on, io, closeAll } = clusterClients(() => cluster);

  before(async function () {
    this.timeout(120_000);
    cluster = await startCluster({ size: 2 });
  });
  afterEach(() => {
    closeAll();
  });
  after(async function () {
    this.timeout(60_000);
    await cluster?.close();
  });

  it("plays Nakama's closed party with one member on each process: request, accept, data relay", async () => {
    const [ada, bob, eve] = [await registerUser(on(0)), await registerUser(on(1)), await registerUser(on(1))];
    const leader = await io(0, ada);
    const guest = await io(1, bob);
    const outsider = await io(1, eve);
    const { partyId } = await ok<PartyView>(leader, 'create-party', { open: false, maxSize: 2 });

    assert.deepEqual(await ok<JoinPartyReply>(guest, 'join-party', { partyId }), { partyId, joined: false });
    assert.deepEqual(await leader.events.next('party-join-request'), { partyId, presence: presence(guest) });
    const view = await ok<PartyView>(leader, 'accept-party-member', {
      partyId,
      connectionId: guest.welcome.connectionId,
    });
    assert.deepEqual(view.members, [presence(leader), presence(guest)]);
    assert.deepEqual(await guest.events.next('party-joined'), view);
    // The party is full, whichever process is asked.
    await refusedWith(outsider, 'join-party', { partyId }, 'LIMIT_REACHED');

    // The accepted connection, held by the other process, hears the party at once.
    await ok(leader, 'send-party-data', { partyId, opCode: 1, data: { from: 'process 0' } });
    assert.deepEqual(await guest.events.next('party-data'), {
      partyId,
      opCode: 1,
      data: { from: 'process 0' },
      presence: presence(leader),
    });
    await ok(guest, 'send-party-data', { partyId, opCode: 2, dataBase64: 'AAECAw==' });
    assert.equal((await leader.events.next('party-data')).presence.connectionId, guest.welcome.connectionId);

    // The leader's connection closes on process 0: process 1's member leads now.
    leader.socket.close();
    assert.deepEqual(await guest.events.next('party-presence'), {
      partyId,
      joins: [],
      leaves: [presence(leader)],
    });
    assert.deepEqual(await guest.events.next('party-leader'), { partyId, leader: presence(guest) });
    await ok(outsider, 'join-party', { partyId });
    await guest.events.next('party-join-request');
    await ok(guest, 'reject-party-member', { partyId, connectionId: outsider.welcome.connectionId });
    assert.deepEqual(await outsider.events.next('party-closed'), { partyId, reason: 'rejected' });
    await ok(guest, 'send-party-data', { partyId, opCode: 3 });
    await outsider.socket.timeout(5000).emitWithAck('echo', { data: 'sync' });
    assert.deepEqual(outsider.events.all('party-data'), [], 'nothing reaches a non-member');
  });

  it('removes a member held by another process from the party and its events', async () => {
    const [ada, bob] = [await registerUser(on(0)), await registerUser(on(1))];
    const leader = await io(0, ada);
    const member = await io(1, bob);
    const { partyId } = await ok<PartyView>(leader, 'create-party', { open: true, maxSize: 4 });
    await ok(member, 'join-party', { partyId });
    await leader.events.next('party-presence');
    await ok(leader, 'remove-party-member', { partyId, connectionId: member.welcome.connectionId });
    assert.deepEqual(await member.events.next('party-closed'), { partyId, reason: 'removed' });
    await ok(leader, 'send-party-data', { partyId, opCode: 9 });
    await member.socket.timeout(5000).emitWithAck('echo', { data: 'sync' });
    assert.deepEqual(member.events.all('party-data'), []);
    await refusedWith(member, 'send-party-data', { partyId, opCode: 1 }, 'NOT_MEMBER');
    await ok(leader, 'close-party', { partyId });
    await refusedWith(member, 'join-party', { partyId }, 'NOT_FOUND');
  });

  // Last: it kills process 1.
  it('a killed process’s members leave their parties once a live process sweeps it', async function () {
    this.timeout(60_000);
    const [ada, bob, carol] = [
      await registerUser(on(0)),
      await registerUser(on(1)),
      await registerUser(on(0)),
    ];
    const leader = await io(0, ada);
    const doomed = await io(1, bob);
    const { partyId } = await ok<PartyView>(leader, 'create-party', { open: true, maxSize: 2 });
    await ok(doomed, 'join-party', { partyId });
    await leader.events.next('party-presence');
    const left = leader.events.next('party-presence', (p) => p.leaves.length > 0, 45_000);
    const killedAt = Date.now();
    await cluster.kill(1, 'SIGKILL');
    // Presence's 15 s expiry and 5 s sweep: the party hears it with the user's offline.
    assert.deepEqual(await left, { partyId, joins: [], leaves: [presence(doomed)] });
    console.log(`      the killed member left its party ${Date.now() - killedAt} ms after the kill`);
    // Its place is free again: the full party takes someone else.
    const newcomer = await io(0, carol);
    await ok(newcomer, 'join-party', { partyId });
  });
});
