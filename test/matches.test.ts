import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import type { ErrorReply, Match, MatchPresence, MatchRef } from '../generated/types.js';
import type { Config } from '../src/config.js';
import { cutProxy } from './helpers/cut-proxy.js';
import { registerUser, type TestUser } from './helpers/http.js';
import { ask, ok, refused } from './helpers/requests.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { type Connected, connect, reconnectingClient } from './helpers/socket.js';

/** Every event the server sent this connection before now has arrived when this resolves. */
async function roundTrip(client: Connected): Promise<void> {
  await client.socket.timeout(5000).emitWithAck('echo', { data: 'sync' });
}

const presenceOf = (client: Connected): MatchPresence => ({
  userId: client.welcome.userId,
  connectionId: client.welcome.connectionId,
  username: client.welcome.username,
});

interface World {
  server: TestServer;
  ada: TestUser;
  bob: TestUser;
  carol: TestUser;
  open: Connected[];
  join(user: TestUser): Promise<Connected>;
}

async function world(config: Partial<Config> = {}): Promise<World> {
  const server = await startTestServer(config);
  const w: World = {
    server,
    ada: await registerUser(server),
    bob: await registerUser(server),
    carol: await registerUser(server),
    open: [],
    join: async (user) => {
      const client = await connect(w.server, { secret: user.profile.socketSecret });
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

/** ada creates a match, bob joins it; carol is connected but in no match. */
async function twoPlayers(w: World, maxSize?: number) {
  const ada = await w.join(w.ada);
  const bob = await w.join(w.bob);
  const carol = await w.join(w.carol);
  const match = await ok<Match>(ada, 'create-match', maxSize === undefined ? {} : { maxSize });
  await ok<Match>(bob, 'join-match', { matchId: match.matchId });
  await ada.events.next('match-presence');
  return { ada, bob, carol, matchId: match.matchId };
}

describe('relayed matches', () => {
  let w: World;
  afterEach(() => end(w));

  describe('membership', () => {
    beforeEach(async () => {
      w = await world({ maxMatchSize: 8 });
    });

    it('creates a match with its creator in it, sized MAX_MATCH_SIZE unless asked', async () => {
      const ada = await w.join(w.ada);
      const match = await ok<Match>(ada, 'create-match', {});
      assert.match(match.matchId, /^[0-9a-f-]{36}$/);
      assert.deepEqual(match, { matchId: match.matchId, size: 1, maxSize: 8, presences: [presenceOf(ada)] });
      const small = await ok<Match>(ada, 'create-match', { maxSize: 2 });
      assert.equal(small.maxSize, 2);
      assert.notEqual(small.matchId, match.matchId);
    });

    it('refuses a maxSize over MAX_MATCH_SIZE, naming the field', async () => {
      const ada = await w.join(w.ada);
      const error = await refused(ada, 'create-match', { maxSize: 9 });
      assert.equal(error.code, 'BAD_INPUT');
      assert.equal(error.field, 'maxSize');
      assert.equal((await refused(ada, 'create-match', { maxSize: 1 })).code, 'BAD_INPUT');
    });

    it('joins by id: the reply lists every member, the others get match-presence', async () => {
      const ada = await w.join(w.ada);
      const bob = await w.join(w.bob);
      const { matchId } = await ok<Match>(ada, 'create-match', { maxSize: 4 });
      const joined = await ok<Match>(bob, 'join-match', { matchId });
      assert.deepEqual(joined, {
        matchId,
        size: 2,
        maxSize: 4,
        presences: [presenceOf(ada), presenceOf(bob)],
      });
      assert.deepEqual(await ada.events.next('match-presence'), {
        matchId,
        joins: [presenceOf(bob)],
        leaves: [],
      });
      // Joining again changes nothing and tells nobody.
      assert.deepEqual(await ok<Match>(bob, 'join-match', { matchId }), joined);
      await roundTrip(ada);
      await roundTrip(bob);
      assert.equal(ada.events.all('match-presence').length, 1);
      assert.deepEqual(bob.events.all('match-presence'), [], 'no presence event about one’s own join');
    });

    it('answers NOT_FOUND for an unknown id and BAD_INPUT for one that is not a match id', async () => {
      const ada = await w.join(w.ada);
      const unknown = await refused(ada, 'join-match', { matchId: randomUUID() });
      assert.deepEqual([unknown.code, unknown.field], ['NOT_FOUND', 'matchId']);
      const bad = await refused(ada, 'join-match', { matchId: 'lobby' });
      assert.deepEqual([bad.code, bad.field], ['BAD_INPUT', 'matchId']);
    });

    it('refuses to join a full match (LIMIT_REACHED)', async () => {
      const { carol, matchId } = await twoPlayers(w, 2);
      const error = await refused(carol, 'join-match', { matchId });
      assert.equal(error.code, 'LIMIT_REACHED');
      assert.match(error.message, /full/);
    });

    it('leaves: the others get match-presence; leaving again is NOT_MEMBER, an unknown match NOT_FOUND', async () => {
      const { ada, bob, carol, matchId } = await twoPlayers(w);
      assert.deepEqual(await ok<MatchRef>(bob, 'leave-match', { matchId }), { matchId });
      assert.deepEqual(await ada.events.next('match-presence'), {
        matchId,
        joins: [],
        leaves: [presenceOf(bob)],
      });
      assert.equal((await refused(bob, 'leave-match', { matchId })).code, 'NOT_MEMBER');
      assert.equal((await refused(carol, 'leave-match', { matchId })).code, 'NOT_MEMBER');
      assert.equal((await refused(carol, 'leave-match', { matchId: randomUUID() })).code, 'NOT_FOUND');
    });

    it('ends a match when its last member leaves: its id is NOT_FOUND from then on', async () => {
      const { ada, bob, carol, matchId } = await twoPlayers(w);
      await ok(bob, 'leave-match', { matchId });
      await ok(ada, 'leave-match', { matchId });
      assert.equal((await refused(carol, 'join-match', { matchId })).code, 'NOT_FOUND');
      assert.equal((await refused(ada, 'leave-match', { matchId })).code, 'NOT_FOUND');
    });

    it('a closing connection leaves its matches; the last one ends the match', async () => {
      const { ada, bob, carol, matchId } = await twoPlayers(w);
      bob.socket.close();
      assert.deepEqual(await ada.events.next('match-presence'), {
        matchId,
        joins: [],
        leaves: [presenceOf(bob)],
      });
      const view = await ok<Match>(carol, 'join-match', { matchId });
      assert.deepEqual(view.presences, [presenceOf(ada), presenceOf(carol)]);
      ada.socket.close();
      await carol.events.next('match-presence', (e) => e.leaves.length === 1);
      carol.socket.close();
      const dan = await w.join(w.bob);
      // The last member's leave runs as its connection closes: poll briefly rather than sleep.
      for (let i = 0; i < 50; i++) {
        const reply = await ask<Match | ErrorReply>(dan, 'join-match', { matchId });
        if ('error' in reply) {
          assert.equal(reply.error.code, 'NOT_FOUND');
          return;
        }
        await ok(dan, 'leave-match', { matchId });
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.fail('the match outlived its last member');
    });
  });

  describe('per-user limit', () => {
    beforeEach(async () => {
      w = await world({ maxMatchesPerUser: 2 });
    });

    it('counts a user’s memberships over all their connections (LIMIT_REACHED)', async () => {
      const ada = await w.join(w.ada);
      const adaPhone = await w.join(w.ada);
      const bob = await w.join(w.bob);
      const first = await ok<Match>(ada, 'create-match', {});
      await ok<Match>(adaPhone, 'join-match', { matchId: first.matchId });
      const create = await refused(ada, 'create-match', {});
      assert.equal(create.code, 'LIMIT_REACHED');
      assert.match(create.message, /MAX_MATCHES_PER_USER/);
      const other = await ok<Match>(bob, 'create-match', {});
      assert.equal((await refused(adaPhone, 'join-match', { matchId: other.matchId })).code, 'LIMIT_REACHED');
      // Leaving frees a place.
      await ok(adaPhone, 'leave-match', { matchId: first.matchId });
      await ok<Match>(adaPhone, 'join-match', { matchId: other.matchId });
    });
  });

  describe('match data', () => {
    beforeEach(async () => {
      w = await world();
    });

    it('relays JSON to every other member with the sender’s presence; never to the sender nor to non-members', async () => {
      const { ada, bob, carol, matchId } = await twoPlayers(w);
      const adaPhone = await w.join(w.ada);
      const dan = await w.join(w.carol);
      await ok<Match>(dan, 'join-match', { matchId });
      assert.deepEqual(
        await ok<MatchRef>(ada, 'send-match-data', { matchId, opCode: 3, data: { x: 1, y: [2] } }),
        {
          matchId,
        },
      );
      const expected = { matchId, presence: presenceOf(ada), opCode: 3, data: { x: 1, y: [2] } };
      assert.deepEqual(await bob.events.next('match-data'), expected);
      assert.deepEqual(await dan.events.next('match-data'), expected);
      for (const c of [ada, adaPhone, carol]) await roundTrip(c);
      assert.deepEqual(ada.events.all('match-data'), [], 'not back to the sender');
      assert.deepEqual(
        adaPhone.events.all('match-data'),
        [],
        'not to the sender’s other device, which is not in it',
      );
      assert.deepEqual(carol.events.all('match-data'), [], 'not to a non-member');
      assert.deepEqual(carol.events.all('match-presence'), [], 'no presence events to a non-member');
    });

    it('relays any JSON value, null and scalars included', async () => {
      const { ada, bob, matchId } = await twoPlayers(w);
      for (const data of [null, 0, 'text', false, [1, { a: null }]]) {
        await ok(ada, 'send-match-data', { matchId, opCode: 1, data });
        assert.deepEqual((await bob.events.next('match-data')).data, data);
      }
    });

    it('sends back to the sender when asked (echo)', async () => {
      const { ada, bob, matchId } = await twoPlayers(w);
      await ok(ada, 'send-match-data', { matchId, opCode: 9, data: 'ping', echo: true });
      const expected = { matchId, presence: presenceOf(ada), opCode: 9, data: 'ping' };
      assert.deepEqual(await ada.events.next('match-data'), expected);
      assert.deepEqual(await bob.events.next('match-data'), expected);
    });

    it('sends only to the chosen members; connections that are not members are ignored', async () => {
      const { ada, bob, carol, matchId } = await twoPlayers(w);
      const dan = await w.join(w.carol);
      await ok<Match>(dan, 'join-match', { matchId });
      await ok(ada, 'send-match-data', {
        matchId,
        opCode: 2,
        data: { to: 'bob' },
        // A target is a connection id, never any other audience: the one of every connection included.
        presences: [bob.welcome.connectionId, carol.welcome.connectionId, 'presence:all', '#max', 'nobody'],
      });
      assert.deepEqual((await bob.events.next('match-data')).data, { to: 'bob' });
      for (const c of [ada, carol, dan]) await roundTrip(c);
      assert.deepEqual(dan.events.all('match-data'), [], 'a member not chosen');
      assert.deepEqual(carol.events.all('match-data'), [], 'a non-member named as a target');
      assert.deepEqual(ada.events.all('match-data'), []);
      // Naming oneself without echo sends nothing back; with echo it does.
      await ok(ada, 'send-match-data', {
        matchId,
        opCode: 2,
        data: 1,
        presences: [ada.welcome.connectionId],
      });
      await ok(ada, 'send-match-data', {
        matchId,
        opCode: 2,
        data: 2,
        presences: [dan.welcome.connectionId],
        echo: true,
      });
      assert.equal((await ada.events.next('match-data')).data, 2);
      assert.equal((await dan.events.next('match-data')).data, 2);
      await roundTrip(bob);
      assert.equal(bob.events.all('match-data').length, 1);
    });

    it('carries bytes through base64 unchanged', async () => {
      const { ada, bob, matchId } = await twoPlayers(w);
      const bytes = Buffer.concat([Buffer.from([0, 255, 128, 10, 13]), randomBytes(1000)]);
      for (const chunk of [bytes, bytes.subarray(0, 1), bytes.subarray(0, 2), Buffer.alloc(0)]) {
        await ok(ada, 'send-match-data', { matchId, opCode: 4, dataBase64: chunk.toString('base64') });
        const got = await bob.events.next('match-data');
        assert.equal(got.data, undefined);
        assert.ok(got.dataBase64 !== undefined);
        assert.deepEqual(Buffer.from(got.dataBase64, 'base64'), chunk);
      }
    });

    it('refuses bad payloads with BAD_INPUT naming the field', async () => {
      const { ada, bob, matchId } = await twoPlayers(w);
      const cases: [unknown, string][] = [
        [{ matchId, opCode: 1, data: 1, dataBase64: 'AA==' }, 'dataBase64'],
        [{ matchId, opCode: 1 }, ''],
        [{ matchId, opCode: 1, echo: true }, 'data'],
        [{ matchId, opCode: 1, dataBase64: 'abc' }, 'dataBase64'],
        [{ matchId, opCode: 1, dataBase64: 'ab$=' }, 'dataBase64'],
        [{ matchId, opCode: 1, dataBase64: 'AAAA\n' }, 'dataBase64'],
        [{ matchId, opCode: -1, data: 1 }, 'opCode'],
        [{ matchId, opCode: 1.5, data: 1 }, 'opCode'],
        [{ matchId, opCode: 2 ** 31, data: 1 }, 'opCode'],
        [{ matchId, opCode: 1, data: 1, presences: [] }, 'presences'],
        [{ matchId, opCode: 1, data: 1, echo: 'yes' }, 'echo'],
      ];
      for (const [payload, field] of cases) {
        const error = await refused(ada, 'send-match-data', payload);
        assert.deepEqual([error.code, error.field], ['BAD_INPUT', field], JSON.stringify(payload));
      }
      await roundTrip(bob);
      assert.deepEqual(bob.events.all('match-data'), [], 'nothing refused was relayed');
    });

    it('refuses a non-member (NOT_MEMBER): one never in, one who left, one whose match ended', async () => {
      const { ada, bob, carol, matchId } = await twoPlayers(w);
      const send = { matchId, opCode: 1, data: 'x' };
      assert.equal((await refused(carol, 'send-match-data', send)).code, 'NOT_MEMBER');
      assert.equal(
        (await refused(carol, 'send-match-data', { ...send, matchId: randomUUID() })).code,
        'NOT_MEMBER',
      );
      await ok(bob, 'leave-match', { matchId });
      assert.equal((await refused(bob, 'send-match-data', send)).code, 'NOT_MEMBER');
      await ok(ada, 'leave-match', { matchId });
      assert.equal((await refused(ada, 'send-match-data', send)).code, 'NOT_MEMBER');
      await roundTrip(bob);
      assert.deepEqual(bob.events.all('match-data'), []);
    });

    it('leaks nothing of a match to a former member', async () => {
      const { ada, bob, matchId } = await twoPlayers(w);
      await ok(bob, 'leave-match', { matchId });
      await ok(ada, 'send-match-data', { matchId, opCode: 1, data: 'after' });
      await ok(ada, 'send-match-data', {
        matchId,
        opCode: 1,
        data: 'after',
        presences: [bob.welcome.connectionId],
      });
      await roundTrip(bob);
      assert.deepEqual(bob.events.all('match-data'), []);
    });
  });

  describe('data limits', () => {
    beforeEach(async () => {
      w = await world({ maxMatchDataBytes: 64, matchDataRateLimit: 5 });
    });

    it('refuses data over MAX_MATCH_DATA_BYTES, JSON or bytes (PAYLOAD_TOO_LARGE)', async () => {
      const { ada, bob, matchId } = await twoPlayers(w);
      const json = await refused(ada, 'send-match-data', { matchId, opCode: 1, data: 'x'.repeat(63) });
      assert.deepEqual([json.code, json.field], ['PAYLOAD_TOO_LARGE', 'data']);
      const bytes = await refused(ada, 'send-match-data', {
        matchId,
        opCode: 1,
        dataBase64: Buffer.alloc(65).toString('base64'),
      });
      assert.deepEqual([bytes.code, bytes.field], ['PAYLOAD_TOO_LARGE', 'dataBase64']);
      await ok(ada, 'send-match-data', {
        matchId,
        opCode: 1,
        dataBase64: Buffer.alloc(64).toString('base64'),
      });
      await ok(ada, 'send-match-data', { matchId, opCode: 1, data: 'x'.repeat(62) });
      await roundTrip(bob);
      assert.equal(bob.events.all('match-data').length, 2);
    });

    it('rate-limits sends per user, over all their connections (RATE_LIMITED)', async () => {
      const { ada, bob, matchId } = await twoPlayers(w);
      const adaPhone = await w.join(w.ada);
      await ok(adaPhone, 'join-match', { matchId });
      const send = { matchId, opCode: 1, data: 0 };
      for (let i = 0; i < 3; i++) await ok(ada, 'send-match-data', send);
      for (let i = 0; i < 2; i++) await ok(adaPhone, 'send-match-data', send);
      const error = await refused(adaPhone, 'send-match-data', send);
      assert.equal(error.code, 'RATE_LIMITED');
      assert.ok(error.retryAfterSeconds && error.retryAfterSeconds >= 1);
      assert.match(error.message, /MATCH_DATA_RATE_LIMIT/);
      await ok(bob, 'send-match-data', send);
    });
  });

  describe('a dropped connection', () => {
    beforeEach(async () => {
      w = await world();
    });

    it('leaves its matches as it drops and is not resumed into them, nor replayed what they sent', async () => {
      const proxy = await cutProxy(w.server.port);
      try {
        const ada = await w.join(w.ada);
        const bob = await reconnectingClient(proxy.url, w.bob.profile.socketSecret as string);
        w.open.push(bob);
        const { matchId } = await ok<Match>(ada, 'create-match', {});
        await ok<Match>(bob, 'join-match', { matchId });
        // A client asks to be resumed from the last broadcast it received: it needs one.
        await ok(ada, 'send-match-data', { matchId, opCode: 1, data: 'before' });
        await bob.events.next('match-data');
        proxy.hold();
        const gone = new Promise<void>((resolve) => bob.socket.once('disconnect', () => resolve()));
        proxy.drop();
        await gone;
        const left = await ada.events.next('match-presence', (e) => e.leaves.length === 1);
        assert.equal(left.leaves[0]?.connectionId, bob.welcome.connectionId);
        await ok(ada, 'send-match-data', { matchId, opCode: 1, data: 'while away' });
        const wire: unknown[] = [];
        bob.socket.io.on('packet', (packet: { data?: unknown }) => wire.push(packet.data));
        proxy.release();
        const welcome = await bob.events.next('welcome');
        assert.equal(welcome.recovered, undefined, 'a new connection, which joins again');
        assert.ok(!JSON.stringify(wire).includes('while away'), JSON.stringify(wire));
        assert.equal(
          (await refused(bob, 'send-match-data', { matchId, opCode: 1, data: 0 })).code,
          'NOT_MEMBER',
        );
        const view = await ok<Match>(bob, 'join-match', { matchId });
        assert.deepEqual(view.presences, [
          presenceOf(ada),
          { ...presenceOf(bob), connectionId: welcome.connectionId },
        ]);
      } finally {
        await proxy.close();
      }
    });
  });
});
