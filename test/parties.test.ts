import assert from 'node:assert/strict';
import type { JoinPartyReply, PartyPresence, PartyRequests, PartyView } from '../generated/types.js';
import type { Config } from '../src/config.js';
import type { JoinRequestNotice } from '../src/core/parties/parties.js';
import { cutProxy } from './helpers/cut-proxy.js';
import { registerUser, type TestUser } from './helpers/http.js';
import { ok, refused, refusedWith } from './helpers/requests.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { type Connected, connect, reconnectingClient } from './helpers/socket.js';

const PARTY_EVENTS = [
  'party-presence',
  'party-leader',
  'party-data',
  'party-join-request',
  'party-joined',
  'party-closed',
] as const;
const UNKNOWN_PARTY = '3f2b8c1e-9a4d-4e7b-8c21-5d6f7a8b9c0d';

/** A round trip: every event sent to this connection before it has arrived when this resolves. */
async function roundTrip(...clients: Connected[]): Promise<void> {
  for (const c of clients) await c.socket.timeout(5000).emitWithAck('echo', { data: 'sync' });
}

const presence = (c: Connected): PartyPresence => ({
  connectionId: c.welcome.connectionId,
  userId: c.welcome.userId,
  username: c.welcome.username,
});
const member = (partyId: string, c: Connected) => ({ partyId, connectionId: c.welcome.connectionId });

function partyEvents(c: Connected): unknown[] {
  return c.events.sequence([...PARTY_EVENTS]);
}

interface World {
  server: TestServer;
  users: TestUser[];
  open: Connected[];
  notices: JoinRequestNotice[];
  /** A new connection of the nth user (0-based), registering users as needed. */
  as(n: number): Promise<Connected>;
}

async function world(config: Partial<Config> = {}): Promise<World> {
  const notices: JoinRequestNotice[] = [];
  const server = await startTestServer(config, { hooks: { onPartyJoinRequest: (n) => notices.push(n) } });
  const w: World = {
    server,
    users: [],
    open: [],
    notices,
    as: async (n) => {
      while (w.users.length <= n) w.users.push(await registerUser(server));
      const client = await connect(server, { secret: (w.users[n] as TestUser).profile.socketSecret });
      w.open.push(client);
      return client;
    },
  };
  return w;
}

async function end(w: World): Promise<void> {
  for (const c of w.open) c.socket.close();
  await w.server.close();
}

describe('parties', () => {
  let w: World;
  afterEach(() => end(w));

  describe('with the default limits', () => {
    beforeEach(async () => {
      w = await world();
    });

    it('an open party: the creator leads, joiners get in at once, members hear of them', async () => {
      const [ada, bob] = [await w.as(0), await w.as(1)];
      const party = await ok<PartyView>(ada, 'create-party', { open: true, maxSize: 3 });
      assert.deepEqual(party, {
        partyId: party.partyId,
        open: true,
        maxSize: 3,
        leader: presence(ada),
        members: [presence(ada)],
      });
      assert.match(party.partyId, /^[0-9a-f-]{36}$/);
      const joined = await ok<JoinPartyReply>(bob, 'join-party', { partyId: party.partyId });
      assert.deepEqual(joined, {
        partyId: party.partyId,
        joined: true,
        party: { ...party, members: [presence(ada), presence(bob)] },
      });
      assert.deepEqual(await ada.events.next('party-presence'), {
        partyId: party.partyId,
        joins: [presence(bob)],
        leaves: [],
      });
      await refusedWith(bob, 'join-party', { partyId: party.partyId }, 'CONFLICT');
      await roundTrip(bob);
      assert.deepEqual(partyEvents(bob), [], 'the joiner has its answer, not an event');
    });

    it("plays Nakama's closed-party flow: request, accept, data relay; outsiders hear nothing", async () => {
      const [ada, bob, carol, eve] = [await w.as(0), await w.as(1), await w.as(2), await w.as(3)];
      const { partyId } = await ok<PartyView>(ada, 'create-party', { open: false, maxSize: 4 });
      assert.deepEqual(await ok<JoinPartyReply>(bob, 'join-party', { partyId }), { partyId, joined: false });
      assert.deepEqual(await ada.events.next('party-join-request'), { partyId, presence: presence(bob) });
      assert.deepEqual(w.notices, [{ partyId, leader: presence(ada), requester: presence(bob) }]);
      await refusedWith(bob, 'join-party', { partyId }, 'CONFLICT');
      await refusedWith(bob, 'send-party-data', { partyId, opCode: 1 }, 'NOT_MEMBER');
      assert.deepEqual(await ok<PartyRequests>(ada, 'list-party-requests', { partyId }), {
        partyId,
        requests: [presence(bob)],
      });

      const view = await ok<PartyView>(ada, 'accept-party-member', member(partyId, bob));
      assert.deepEqual(view.members, [presence(ada), presence(bob)]);
      assert.deepEqual(await bob.events.next('party-joined'), view);
      assert.deepEqual(await ok<PartyRequests>(ada, 'list-party-requests', { partyId }), {
        partyId,
        requests: [],
      });
      await ok(carol, 'join-party', { partyId });
      await ok(ada, 'accept-party-member', member(partyId, carol));
      assert.deepEqual(await bob.events.next('party-presence'), {
        partyId,
        joins: [presence(carol)],
        leaves: [],
      });

      await ok(bob, 'send-party-data', { partyId, opCode: 7, data: { x: 1, y: [2, 3] } });
      const expected = { partyId, opCode: 7, data: { x: 1, y: [2, 3] }, presence: presence(bob) };
      assert.deepEqual(await ada.events.next('party-data'), expected);
      assert.deepEqual(await carol.events.next('party-data'), expected);
      await ok(carol, 'send-party-data', { partyId, opCode: 2, dataBase64: 'AAECAw==' });
      assert.deepEqual(await bob.events.next('party-data'), {
        partyId,
        opCode: 2,
        dataBase64: 'AAECAw==',
        presence: presence(carol),
      });
      await ok(ada, 'send-party-data', { partyId, opCode: 0 });
      assert.deepEqual(await carol.events.next('party-data'), {
        partyId,
        opCode: 0,
        presence: presence(ada),
      });
      await ok(ada, 'send-party-data', { partyId, opCode: 3, data: null });
      assert.deepEqual((await bob.events.next('party-data', (d) => d.opCode === 3)).data, null);

      await roundTrip(ada, bob, carol, eve);
      assert.equal(
        bob.events.all('party-data').filter((d) => d.presence.connectionId === bob.welcome.connectionId)
          .length,
        0,
        'never back to the sender',
      );
      assert.deepEqual(partyEvents(eve), [], 'an outsider gets nothing of the party');
      await refusedWith(eve, 'send-party-data', { partyId, opCode: 1 }, 'NOT_MEMBER');
      await refusedWith(eve, 'list-party-requests', { partyId }, 'NOT_MEMBER');
    });

    it('a rejected requester is told, and sees nothing of the party after', async () => {
      const [ada, bob] = [await w.as(0), await w.as(1)];
      const { partyId } = await ok<PartyView>(ada, 'create-party', { open: false, maxSize: 4 });
      await ok(bob, 'join-party', { partyId });
      assert.deepEqual(await ok(ada, 'reject-party-member', member(partyId, bob)), member(partyId, bob));
      assert.deepEqual(await bob.events.next('party-closed'), { partyId, reason: 'rejected' });
      await refusedWith(ada, 'accept-party-member', member(partyId, bob), 'NOT_FOUND');
      await refusedWith(ada, 'reject-party-member', member(partyId, bob), 'NOT_FOUND');
      await ok(ada, 'send-party-data', { partyId, opCode: 1, data: 'secret' });
      await roundTrip(ada, bob);
      assert.deepEqual(bob.events.all('party-data'), []);
      // It may ask again; withdrawing the request with leave-party tells nobody.
      await ok(bob, 'join-party', { partyId });
      await ada.events.next('party-join-request');
      assert.deepEqual(await ok(bob, 'leave-party', { partyId }), { partyId });
      assert.deepEqual(await ok<PartyRequests>(ada, 'list-party-requests', { partyId }), {
        partyId,
        requests: [],
      });
      await refusedWith(bob, 'leave-party', { partyId }, 'NOT_MEMBER');
    });

    it('promotes a member; only the leader leads', async () => {
      const [ada, bob, carol] = [await w.as(0), await w.as(1), await w.as(2)];
      const { partyId } = await ok<PartyView>(ada, 'create-party', { open: true, maxSize: 4 });
      await ok(bob, 'join-party', { partyId });
      await ok(carol, 'join-party', { partyId });
      const view = await ok<PartyView>(ada, 'promote-party-member', member(partyId, bob));
      assert.deepEqual(view.leader, presence(bob));
      assert.deepEqual(await carol.events.next('party-leader'), { partyId, leader: presence(bob) });
      assert.deepEqual(await bob.events.next('party-leader'), { partyId, leader: presence(bob) });
      await refusedWith(ada, 'list-party-requests', { partyId }, 'FORBIDDEN');
      await refusedWith(ada, 'promote-party-member', member(partyId, carol), 'FORBIDDEN');
      await refusedWith(ada, 'remove-party-member', member(partyId, carol), 'FORBIDDEN');
      await refusedWith(ada, 'accept-party-member', member(partyId, carol), 'FORBIDDEN');
      await refusedWith(ada, 'reject-party-member', member(partyId, carol), 'FORBIDDEN');
      await refusedWith(ada, 'close-party', { partyId }, 'FORBIDDEN');
      // Promoting itself changes nothing and tells nobody.
      assert.deepEqual(
        (await ok<PartyView>(bob, 'promote-party-member', member(partyId, bob))).leader,
        presence(bob),
      );
      await roundTrip(ada, carol);
      assert.equal(carol.events.all('party-leader').length, 1);
    });

    it('when the leader leaves, the longest-standing member leads; the last one out ends the party', async () => {
      const [ada, bob, carol, dave] = [await w.as(0), await w.as(1), await w.as(2), await w.as(3)];
      const { partyId } = await ok<PartyView>(ada, 'create-party', { open: true, maxSize: 4 });
      await ok(bob, 'join-party', { partyId });
      await ok(carol, 'join-party', { partyId });
      await ok(ada, 'leave-party', { partyId });
      assert.deepEqual(await carol.events.next('party-presence', (p) => p.leaves.length > 0), {
        partyId,
        joins: [],
        leaves: [presence(ada)],
      });
      assert.deepEqual(await carol.events.next('party-leader'), { partyId, leader: presence(bob) });
      await refusedWith(ada, 'send-party-data', { partyId, opCode: 1 }, 'NOT_MEMBER');
      await ok(bob, 'send-party-data', { partyId, opCode: 1 });
      await carol.events.next('party-data');

      await ok(bob, 'leave-party', { partyId });
      await carol.events.next('party-leader', (l) => l.leader.connectionId === carol.welcome.connectionId);
      await ok(carol, 'leave-party', { partyId });
      await refusedWith(dave, 'join-party', { partyId }, 'NOT_FOUND');
      await refusedWith(carol, 'leave-party', { partyId }, 'NOT_FOUND');
      await roundTrip(ada, bob);
      const adaSaw = ada.events.all('party-data').length + ada.events.all('party-leader').length;
      assert.equal(adaSaw, 0, 'nothing after leaving');
    });

    it('a closed party that ends tells the connections still waiting', async () => {
      const [ada, bob] = [await w.as(0), await w.as(1)];
      const { partyId } = await ok<PartyView>(ada, 'create-party', { open: false, maxSize: 4 });
      await ok(bob, 'join-party', { partyId });
      await ok(ada, 'leave-party', { partyId });
      assert.deepEqual(await bob.events.next('party-closed'), { partyId, reason: 'closed' });
    });

    it('close ends it for the members and the waiting; the leader has its answer', async () => {
      const [ada, bob, carol] = [await w.as(0), await w.as(1), await w.as(2)];
      const { partyId } = await ok<PartyView>(ada, 'create-party', { open: false, maxSize: 4 });
      await ok(bob, 'join-party', { partyId });
      await ok(ada, 'accept-party-member', member(partyId, bob));
      await ok(carol, 'join-party', { partyId });
      await refusedWith(bob, 'close-party', { partyId }, 'FORBIDDEN');
      assert.deepEqual(await ok(ada, 'close-party', { partyId }), { partyId });
      assert.deepEqual(await bob.events.next('party-closed'), { partyId, reason: 'closed' });
      assert.deepEqual(await carol.events.next('party-closed'), { partyId, reason: 'closed' });
      await roundTrip(ada);
      assert.deepEqual(ada.events.all('party-closed'), []);
      await refusedWith(bob, 'send-party-data', { partyId, opCode: 1 }, 'NOT_FOUND');
      await refusedWith(ada, 'close-party', { partyId }, 'NOT_FOUND');
      // Their parties no longer count: each may be in another.
      await ok(bob, 'create-party', { open: true, maxSize: 2 });
    });

    it('removes a member, who gets nothing of the party after', async () => {
      const [ada, bob, carol] = [await w.as(0), await w.as(1), await w.as(2)];
      const { partyId } = await ok<PartyView>(ada, 'create-party', { open: true, maxSize: 4 });
      await ok(bob, 'join-party', { partyId });
      await ok(carol, 'join-party', { partyId });
      await refusedWith(ada, 'remove-party-member', member(partyId, ada), 'BAD_INPUT');
      const view = await ok<PartyView>(ada, 'remove-party-member', member(partyId, bob));
      assert.deepEqual(view.members, [presence(ada), presence(carol)]);
      assert.deepEqual(await bob.events.next('party-closed'), { partyId, reason: 'removed' });
      assert.deepEqual(await carol.events.next('party-presence', (p) => p.leaves.length > 0), {
        partyId,
        joins: [],
        leaves: [presence(bob)],
      });
      await refusedWith(ada, 'remove-party-member', member(partyId, bob), 'NOT_MEMBER');
      await refusedWith(ada, 'promote-party-member', member(partyId, bob), 'NOT_MEMBER');
      await refusedWith(bob, 'send-party-data', { partyId, opCode: 1 }, 'NOT_MEMBER');
      await ok(carol, 'send-party-data', { partyId, opCode: 5, data: { after: 'removal' } });
      await ada.events.next('party-data');
      await roundTrip(bob);
      assert.deepEqual(bob.events.all('party-data'), []);
      assert.deepEqual(bob.events.all('party-presence'), [{ partyId, joins: [presence(carol)], leaves: [] }]);
    });

    it('membership is the connection’s: a connection that closes leaves, and passes the lead on', async () => {
      const [ada, bob, carol] = [await w.as(0), await w.as(1), await w.as(2)];
      const adaAgain = await w.as(0);
      const { partyId } = await ok<PartyView>(ada, 'create-party', { open: false, maxSize: 4 });
      await refusedWith(adaAgain, 'send-party-data', { partyId, opCode: 1 }, 'NOT_MEMBER');
      await ok(bob, 'join-party', { partyId });
      await ok(ada, 'accept-party-member', member(partyId, bob));
      await ok(carol, 'join-party', { partyId });
      await ok(bob, 'send-party-data', { partyId, opCode: 1 });
      await roundTrip(adaAgain);
      assert.deepEqual(partyEvents(adaAgain), [], "the user's other connection is not in the party");

      ada.socket.close();
      assert.deepEqual(await bob.events.next('party-presence', (p) => p.leaves.length > 0), {
        partyId,
        joins: [],
        leaves: [presence(ada)],
      });
      assert.deepEqual(await bob.events.next('party-leader'), { partyId, leader: presence(bob) });
      // The request survives its leader; the new one answers it.
      assert.deepEqual((await ok<PartyRequests>(bob, 'list-party-requests', { partyId })).requests, [
        presence(carol),
      ]);
      carol.socket.close();
      await waitFor(
        async () => (await ok<PartyRequests>(bob, 'list-party-requests', { partyId })).requests.length === 0,
      );
      bob.socket.close();
      // The last member gone, the party is: NOT_MEMBER while it lasts, NOT_FOUND after.
      await waitFor(async () => (await refused(adaAgain, 'leave-party', { partyId })).code === 'NOT_FOUND');
    });

    it('answers NOT_FOUND for a party that does not exist, to every operation', async () => {
      const ada = await w.as(0);
      const partyId = UNKNOWN_PARTY;
      await refusedWith(ada, 'join-party', { partyId }, 'NOT_FOUND');
      await refusedWith(ada, 'leave-party', { partyId }, 'NOT_FOUND');
      await refusedWith(ada, 'close-party', { partyId }, 'NOT_FOUND');
      await refusedWith(ada, 'list-party-requests', { partyId }, 'NOT_FOUND');
      await refusedWith(ada, 'send-party-data', { partyId, opCode: 1 }, 'NOT_FOUND');
      for (const op of [
        'promote-party-member',
        'remove-party-member',
        'accept-party-member',
        'reject-party-member',
      ])
        await refusedWith(ada, op, member(partyId, ada), 'NOT_FOUND');
    });

    it('answers NOT_MEMBER to a connection outside the party', async () => {
      const [ada, eve] = [await w.as(0), await w.as(1)];
      const { partyId } = await ok<PartyView>(ada, 'create-party', { open: true, maxSize: 4 });
      await refusedWith(eve, 'leave-party', { partyId }, 'NOT_MEMBER');
      await refusedWith(eve, 'close-party', { partyId }, 'NOT_MEMBER');
      await refusedWith(eve, 'list-party-requests', { partyId }, 'NOT_MEMBER');
      for (const op of [
        'promote-party-member',
        'remove-party-member',
        'accept-party-member',
        'reject-party-member',
      ])
        await refusedWith(eve, op, member(partyId, ada), 'NOT_MEMBER');
      await ok(ada, 'send-party-data', { partyId, opCode: 1, data: 'members only' });
      await roundTrip(ada, eve);
      assert.deepEqual(partyEvents(eve), []);
    });

    it('refuses bad input: schema, both kinds of data, a size over MAX_PARTY_SIZE', async () => {
      const ada = await w.as(0);
      const { partyId } = await ok<PartyView>(ada, 'create-party', { open: true, maxSize: 256 });
      const bad = [
        ['create-party', { open: true, maxSize: 1 }, 'maxSize'],
        ['create-party', { open: 'yes', maxSize: 2 }, 'open'],
        ['join-party', { partyId: 'not-a-uuid' }, 'partyId'],
        ['send-party-data', { partyId, opCode: -1 }, 'opCode'],
        ['send-party-data', { partyId, opCode: 1.5 }, 'opCode'],
        ['send-party-data', { partyId, opCode: 1, dataBase64: 'not base64!' }, 'dataBase64'],
        ['send-party-data', { partyId, opCode: 1, data: { x: 1 }, dataBase64: 'AA==' }, 'dataBase64'],
        ['promote-party-member', { partyId, connectionId: '' }, 'connectionId'],
      ] as const;
      for (const [event, payload, field] of bad) {
        const error = await refused(ada, event, payload);
        assert.deepEqual(
          [error.code, error.field],
          ['BAD_INPUT', field],
          `${event} ${JSON.stringify(payload)}`,
        );
      }
    });
  });

  it('a connection that dropped is not resumed into its parties, nor replayed what they said meanwhile', async () => {
    w = await world();
    const proxy = await cutProxy(w.server.port);
    try {
      const ada = await w.as(0);
      await w.as(1);
      const bob = await reconnectingClient(proxy.url, (w.users[1] as TestUser).profile.socketSecret);
      w.open.push(bob);
      const { partyId } = await ok<PartyView>(ada, 'create-party', { open: true, maxSize: 4 });
      await ok(bob, 'join-party', { partyId });
      // Something broadcast to it first: Socket.IO resumes only a client that holds an offset.
      await ok(ada, 'send-party-data', { partyId, opCode: 1, data: 'before' });
      await bob.events.next('party-data');
      proxy.hold();
      const gone = new Promise<void>((resolve) => bob.socket.once('disconnect', () => resolve()));
      proxy.drop();
      await gone;
      await ada.events.next('party-presence', (p) => p.leaves.length > 0);
      await ok(ada, 'send-party-data', { partyId, opCode: 1, data: 'while away' });
      const wire: unknown[] = [];
      bob.socket.io.on('packet', (packet: { data?: unknown }) => wire.push(packet.data));
      proxy.release();
      const welcome = await bob.events.next('welcome');
      assert.equal(welcome.recovered, undefined, 'a new connection');
      assert.ok(!JSON.stringify(wire).includes('while away'), JSON.stringify(wire));
    } finally {
      await proxy.close();
    }
  });

  describe('limits', () => {
    it('MAX_PARTY_SIZE bounds maxSize; a full party takes no one, by join or by accept', async () => {
      w = await world({ maxPartySize: 4 });
      const [ada, bob, carol, dave] = [await w.as(0), await w.as(1), await w.as(2), await w.as(3)];
      const error = await refused(ada, 'create-party', { open: true, maxSize: 5 });
      assert.deepEqual([error.code, error.field], ['BAD_INPUT', 'maxSize']);
      const open = await ok<PartyView>(ada, 'create-party', { open: true, maxSize: 2 });
      await ok(bob, 'join-party', { partyId: open.partyId });
      await refusedWith(carol, 'join-party', { partyId: open.partyId }, 'LIMIT_REACHED');
      const closed = await ok<PartyView>(ada, 'create-party', { open: false, maxSize: 2 });
      await ok(carol, 'join-party', { partyId: closed.partyId });
      await ok(dave, 'join-party', { partyId: closed.partyId });
      await ok(ada, 'accept-party-member', member(closed.partyId, carol));
      await refusedWith(ada, 'accept-party-member', member(closed.partyId, dave), 'LIMIT_REACHED');
    });

    it('MAX_PARTIES_PER_USER counts parties joined and asked to join, across connections', async () => {
      w = await world({ maxPartiesPerUser: 2 });
      const [ada, bob, bobAgain] = [await w.as(0), await w.as(1), await w.as(1)];
      const open = await ok<PartyView>(ada, 'create-party', { open: true, maxSize: 8 });
      const closed = await ok<PartyView>(ada, 'create-party', { open: false, maxSize: 8 });
      await refusedWith(ada, 'create-party', { open: true, maxSize: 2 }, 'LIMIT_REACHED');
      await ok(bob, 'join-party', { partyId: open.partyId });
      await ok(bobAgain, 'join-party', { partyId: closed.partyId });
      const error = await refused(bobAgain, 'join-party', { partyId: open.partyId });
      assert.equal(error.code, 'LIMIT_REACHED');
      assert.match(error.message, /MAX_PARTIES_PER_USER/);
      // Leaving gives one back.
      await ok(bob, 'leave-party', { partyId: open.partyId });
      await ok(bobAgain, 'join-party', { partyId: open.partyId });
    });

    it('MAX_PARTY_REQUESTS bounds the requests waiting in one party', async () => {
      w = await world({ maxPartyRequests: 2 });
      const ada = await w.as(0);
      const { partyId } = await ok<PartyView>(ada, 'create-party', { open: false, maxSize: 8 });
      await ok(await w.as(1), 'join-party', { partyId });
      await ok(await w.as(2), 'join-party', { partyId });
      const error = await refused(await w.as(3), 'join-party', { partyId });
      assert.equal(error.code, 'LIMIT_REACHED');
      assert.match(error.message, /MAX_PARTY_REQUESTS/);
    });

    it('PARTY_RATE_LIMIT counts creations and joins per user', async () => {
      w = await world({ partyRateLimit: 2 });
      const [ada, bob] = [await w.as(0), await w.as(1)];
      const { partyId } = await ok<PartyView>(ada, 'create-party', { open: true, maxSize: 8 });
      await ok(ada, 'create-party', { open: true, maxSize: 8 });
      const error = await refused(ada, 'create-party', { open: true, maxSize: 8 });
      assert.equal(error.code, 'RATE_LIMITED');
      assert.ok((error.retryAfterSeconds ?? 0) >= 1);
      await ok(bob, 'join-party', { partyId });
      await refusedWith(bob, 'join-party', { partyId: UNKNOWN_PARTY }, 'NOT_FOUND');
      await refusedWith(bob, 'join-party', { partyId }, 'RATE_LIMITED');
    });

    it('PARTY_DATA_RATE_LIMIT counts party data per user, refused ones included', async () => {
      w = await world({ partyDataRateLimit: 2 });
      const [ada, bob] = [await w.as(0), await w.as(1)];
      const { partyId } = await ok<PartyView>(ada, 'create-party', { open: true, maxSize: 8 });
      await ok(bob, 'join-party', { partyId });
      await refusedWith(ada, 'send-party-data', { partyId: UNKNOWN_PARTY, opCode: 1 }, 'NOT_FOUND');
      await ok(ada, 'send-party-data', { partyId, opCode: 1 });
      await refusedWith(ada, 'send-party-data', { partyId, opCode: 1 }, 'RATE_LIMITED');
      await roundTrip(bob);
      assert.equal(bob.events.all('party-data').length, 1);
    });
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
