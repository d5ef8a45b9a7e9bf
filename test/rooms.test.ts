import assert from 'node:assert/strict';
import type {
  ChatMessage,
  ErrorReply,
  HistoryPage,
  JoinRoomReply,
  MessageReceipt,
  RoomInfo,
  RoomView,
} from '../generated/types.js';
import type { Config } from '../src/config.js';
import { registerUser, request, type TestUser } from './helpers/http.js';
import { ask, ok, refused } from './helpers/requests.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { type Connected, connect } from './helpers/socket.js';

/** A round trip: every event sent to this connection before it has arrived when this resolves. */
async function roundTrip(client: Connected): Promise<void> {
  await client.socket.timeout(5000).emitWithAck('echo', { data: 'sync' });
}

const say = (client: Connected, room: string, text: string) =>
  ok<MessageReceipt>(client, 'send-message', { room, body: { text } });

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

describe('rooms and chat', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });
  afterEach(() => end(w));

  describe('public rooms', () => {
    it('are created by the first join; joining twice is harmless; members hear of each other', async () => {
      const ada = await w.join(w.ada);
      const bob = await w.join(w.bob);
      const first = await ok<JoinRoomReply>(ada, 'join-room', { room: 'general' });
      assert.deepEqual(
        { ...first.room, createdAt: undefined },
        {
          id: 'general',
          kind: 'public',
          hidden: false,
          persistent: true,
          lastSeq: 0,
          memberCount: 1,
          createdAt: undefined,
        },
      );
      await ok<JoinRoomReply>(bob, 'join-room', { room: 'general' });
      assert.deepEqual(await ada.events.next('member-joined'), {
        room: 'general',
        user: { userId: w.bob.profile.id, username: w.bob.profile.username },
      });
      const again = await ok<JoinRoomReply>(bob, 'join-room', { room: 'general' });
      assert.equal(again.room.memberCount, 2);
      await roundTrip(ada);
      assert.equal(ada.events.all('member-joined').length, 1, 'no second member-joined');
    });

    it('delivers a message to the other members after storing it, not to the sending connection', async () => {
      const ada = await w.join(w.ada);
      const adaPhone = await w.join(w.ada);
      const bob = await w.join(w.bob);
      for (const c of [ada, adaPhone, bob]) await ok(c, 'join-room', { room: 'general' });
      const receipt = await say(ada, 'general', 'hello');
      assert.equal(receipt.seq, 1);
      const got = await bob.events.next('message');
      assert.deepEqual(got, {
        room: 'general',
        id: receipt.id,
        seq: 1,
        createdAt: receipt.createdAt,
        author: { userId: w.ada.profile.id, username: w.ada.profile.username },
        body: { text: 'hello' },
      });
      assert.deepEqual(await adaPhone.events.next('message'), got, 'the author’s other device gets it');
      await roundTrip(ada);
      assert.deepEqual(ada.events.all('message'), []);
      const history = await ok<HistoryPage>(bob, 'room-history', { room: 'general' });
      assert.deepEqual(history.messages, [got]);
    });

    it('never lets a message cross rooms', async () => {
      const ada = await w.join(w.ada);
      const bob = await w.join(w.bob);
      const carol = await w.join(w.carol);
      await ok(ada, 'join-room', { room: 'red' });
      await ok(ada, 'join-room', { room: 'blue' });
      await ok(bob, 'join-room', { room: 'red' });
      await ok(carol, 'join-room', { room: 'blue' });
      await say(ada, 'red', 'for red');
      await say(ada, 'blue', 'for blue');
      assert.equal((await bob.events.next('message')).room, 'red');
      assert.equal((await carol.events.next('message')).room, 'blue');
      await roundTrip(bob);
      await roundTrip(carol);
      assert.deepEqual(
        bob.events.all('message').map((m) => m.body),
        [{ text: 'for red' }],
      );
      assert.deepEqual(
        carol.events.all('message').map((m) => m.body),
        [{ text: 'for blue' }],
      );
      assert.deepEqual(
        (await ok<HistoryPage>(bob, 'room-history', { room: 'blue' })).messages.map((m) => m.room),
        ['blue'],
      );
    });

    it('lets a member leave: the others hear it, messages stop, and leaving again is NOT_MEMBER', async () => {
      const ada = await w.join(w.ada);
      const bob = await w.join(w.bob);
      await ok(ada, 'join-room', { room: 'general' });
      await ok(bob, 'join-room', { room: 'general' });
      assert.deepEqual(await ok(bob, 'leave-room', { room: 'general' }), { room: 'general' });
      assert.deepEqual(await ada.events.next('member-left'), {
        room: 'general',
        user: { userId: w.bob.profile.id, username: w.bob.profile.username },
        reason: 'left',
      });
      await say(ada, 'general', 'after bob left');
      await roundTrip(bob);
      assert.deepEqual(bob.events.all('message'), []);
      assert.deepEqual(await refused(bob, 'leave-room', { room: 'general' }), {
        code: 'NOT_MEMBER',
        message: 'you are not a member of general',
        field: 'room',
      });
      assert.equal(
        (await refused(bob, 'send-message', { room: 'general', body: { text: 'x' } })).code,
        'FORBIDDEN',
      );
      assert.equal((await refused(bob, 'leave-room', { room: 'nowhere' })).code, 'NOT_FOUND');
    });

    it('keeps membership of persistent rooms across reconnects, and lists it over REST', async () => {
      const ada = await w.join(w.ada);
      await ok(ada, 'join-room', { room: 'general' });
      ada.socket.close();
      const again = await w.join(w.ada);
      await say(again, 'general', 'still a member without joining');
      const rooms = await request<{ rooms: RoomInfo[] }>(w.server, 'GET', '/api/rooms', {
        token: w.ada.token,
      });
      assert.deepEqual(
        rooms.body.rooms.map((r) => [r.id, r.memberCount, r.lastSeq]),
        [['general', 1, 1]],
      );
    });
  });

  describe('private rooms', () => {
    it('refuse non-members: no join, send, view or history', async () => {
      const ada = await w.join(w.ada);
      const bob = await w.join(w.bob);
      const created = await ok<RoomInfo>(ada, 'create-room', { room: 'secret', kind: 'private' });
      assert.equal(created.ownerId, w.ada.profile.id);
      await say(ada, 'secret', 'for members');
      for (const [event, payload] of [
        ['join-room', { room: 'secret' }],
        ['send-message', { room: 'secret', body: { text: 'let me in' } }],
        ['view-room', { room: 'secret' }],
        ['room-history', { room: 'secret' }],
      ] as const) {
        const error = await refused(bob, event, payload);
        assert.equal(error.code, 'FORBIDDEN', event);
        assert.equal(error.field, 'room');
      }
      const rest = await request<ErrorReply>(w.server, 'GET', '/api/rooms/secret/messages', {
        token: w.bob.token,
      });
      assert.equal(rest.status, 403);
      assert.equal(rest.body.error.code, 'FORBIDDEN');
      assert.deepEqual((await ok<HistoryPage>(ada, 'room-history', { room: 'secret' })).messages.length, 1);
    });

    it('let their owner invite and remove members, who hear of it', async () => {
      const ada = await w.join(w.ada);
      const bob = await w.join(w.bob);
      const carol = await w.join(w.carol);
      await ok(ada, 'create-room', { room: 'team', kind: 'private' });
      assert.equal(
        (await refused(bob, 'invite-to-room', { room: 'team', userIds: [w.bob.profile.id] })).code,
        'FORBIDDEN',
      );
      const invited = await ok<{ added: { userId: string }[]; notFound: string[] }>(ada, 'invite-to-room', {
        room: 'team',
        userIds: [w.bob.profile.id, w.carol.profile.id, '00000000-0000-4000-8000-000000000000'],
      });
      assert.deepEqual(
        invited.added.map((a) => a.userId).sort(),
        [w.bob.profile.id, w.carol.profile.id].sort(),
      );
      assert.deepEqual(invited.notFound, ['00000000-0000-4000-8000-000000000000']);
      const invitation = await bob.events.next('room-invited');
      assert.equal(invitation.room.id, 'team');
      assert.equal(invitation.invitedBy.userId, w.ada.profile.id);
      await ok(bob, 'join-room', { room: 'team' });
      await ok(carol, 'join-room', { room: 'team' });
      const view = await ok<RoomView>(carol, 'view-room', { room: 'team' });
      assert.equal(view.memberCount, 3);
      assert.deepEqual(
        view.members.map((m) => [m.username, m.state]).sort(),
        [w.ada, w.bob, w.carol].map((u) => [u.profile.username, 'online']).sort(),
      );

      await ok(ada, 'remove-from-room', { room: 'team', userId: w.bob.profile.id });
      assert.deepEqual(await bob.events.next('room-removed'), {
        room: 'team',
        removedBy: { userId: w.ada.profile.id, username: w.ada.profile.username },
      });
      assert.equal(
        (await carol.events.next('member-left', (e) => e.reason === 'removed')).user.userId,
        w.bob.profile.id,
      );
      await say(ada, 'team', 'bob is gone');
      await carol.events.next('message');
      await roundTrip(bob);
      assert.deepEqual(bob.events.all('message'), [], 'a removed member hears nothing more');
      assert.equal((await refused(bob, 'join-room', { room: 'team' })).code, 'FORBIDDEN');
      assert.equal(
        (await refused(ada, 'remove-from-room', { room: 'team', userId: w.ada.profile.id })).code,
        'BAD_INPUT',
      );
      assert.equal(
        (await refused(ada, 'remove-from-room', { room: 'team', userId: w.bob.profile.id })).code,
        'NOT_MEMBER',
      );
    });

    it('send no member events when hidden', async () => {
      const ada = await w.join(w.ada);
      const bob = await w.join(w.bob);
      await ok(ada, 'create-room', { room: 'quiet', kind: 'private', hidden: true });
      await ok(ada, 'invite-to-room', { room: 'quiet', userIds: [w.bob.profile.id] });
      await ok(bob, 'join-room', { room: 'quiet' });
      await ok(bob, 'leave-room', { room: 'quiet' });
      await roundTrip(ada);
      assert.deepEqual([...ada.events.all('member-joined'), ...ada.events.all('member-left')], []);
    });
  });

  describe('direct rooms', () => {
    it('are one stable room per pair, reaching every connection of both users without joining', async () => {
      const ada = await w.join(w.ada);
      const bob = await w.join(w.bob);
      const bobPhone = await w.join(w.bob);
      const carol = await w.join(w.carol);
      const room = await ok<RoomInfo>(ada, 'open-direct', { userId: w.bob.profile.id });
      assert.equal(room.kind, 'direct');
      assert.equal(room.id, `dm:${[w.ada.profile.id, w.bob.profile.id].sort().join(':')}`);
      assert.equal((await bob.events.next('room-invited')).room.id, room.id);
      assert.equal(
        (await ok<RoomInfo>(bob, 'open-direct', { userId: w.ada.profile.id })).id,
        room.id,
        'the same room from either side',
      );
      await say(ada, room.id, 'psst');
      assert.equal((await bob.events.next('message')).body?.text, 'psst');
      assert.equal((await bobPhone.events.next('message')).body?.text, 'psst');
      await say(bob, room.id, 'hi ada');
      assert.equal((await ada.events.next('message')).body?.text, 'hi ada');
      await roundTrip(carol);
      assert.deepEqual(carol.events.all('message'), []);
      for (const [event, payload] of [
        ['join-room', { room: room.id }],
        ['room-history', { room: room.id }],
        ['send-message', { room: room.id, body: { text: 'me too' } }],
      ] as const) {
        assert.equal((await refused(carol, event, payload)).code, 'FORBIDDEN', event);
      }
      assert.equal(
        (await refused(ada, 'leave-room', { room: room.id })).code,
        'BAD_INPUT',
        'a direct room cannot be left',
      );
      assert.equal((await refused(ada, 'open-direct', { userId: w.ada.profile.id })).code, 'BAD_INPUT');
      assert.equal(
        (await refused(ada, 'open-direct', { userId: '00000000-0000-4000-8000-000000000000' })).code,
        'NOT_FOUND',
      );
      assert.equal(
        (await refused(ada, 'create-room', { room: 'dm:mine', kind: 'public' })).code,
        'BAD_INPUT',
      );
      assert.equal((await refused(ada, 'join-room', { room: 'dm:nobody' })).code, 'NOT_FOUND');
    });
  });

  describe('history', () => {
    it('numbers messages 1, 2, 3… with no gap under concurrent senders, delivered in that order', async () => {
      const listener = await w.join(w.carol);
      await ok(listener, 'join-room', { room: 'busy' });
      const senders = await Promise.all([w.ada, w.bob, w.ada, w.bob, w.ada].map((u) => w.join(u)));
      for (const s of senders) await ok(s, 'join-room', { room: 'busy' });
      const receipts = (
        await Promise.all(
          senders.map((s, i) =>
            Promise.all(Array.from({ length: 40 }, (_, n) => say(s, 'busy', `${i}:${n}`))),
          ),
        )
      ).flat();
      const seqs = receipts.map((r) => r.seq).sort((a, b) => a - b);
      assert.deepEqual(
        seqs,
        Array.from({ length: 200 }, (_, i) => i + 1),
      );
      const delivered: ChatMessage[] = [];
      for (let i = 0; i < 200; i++) delivered.push(await listener.events.next('message'));
      assert.deepEqual(
        delivered.map((m) => m.seq),
        seqs,
        'delivered in sequence order',
      );
      const bySeq = new Map(receipts.map((r) => [r.seq, r.id]));
      assert.ok(
        delivered.every((m) => bySeq.get(m.seq) === m.id),
        'each delivered message is the one its receipt named',
      );
    });

    it('pages both ways over the socket and REST, oldest first', async () => {
      const ada = await w.join(w.ada);
      await ok(ada, 'join-room', { room: 'paged' });
      for (let i = 1; i <= 25; i++) await say(ada, 'paged', `m${i}`);
      const seqsOf = (page: HistoryPage) => [page.messages.map((m) => m.seq), page.hasMore];
      const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
      assert.deepEqual(seqsOf(await ok(ada, 'room-history', { room: 'paged', limit: 10 })), [
        range(16, 25),
        true,
      ]);
      assert.deepEqual(seqsOf(await ok(ada, 'room-history', { room: 'paged', before: 16, limit: 10 })), [
        range(6, 15),
        true,
      ]);
      assert.deepEqual(seqsOf(await ok(ada, 'room-history', { room: 'paged', before: 6, limit: 10 })), [
        range(1, 5),
        false,
      ]);
      assert.deepEqual(seqsOf(await ok(ada, 'room-history', { room: 'paged', after: 0, limit: 10 })), [
        range(1, 10),
        true,
      ]);
      assert.deepEqual(seqsOf(await ok(ada, 'room-history', { room: 'paged', after: 20, limit: 10 })), [
        range(21, 25),
        false,
      ]);
      const rest = await request<HistoryPage>(
        w.server,
        'GET',
        '/api/rooms/paged/messages?before=16&limit=10',
        { token: w.bob.token },
      );
      assert.deepEqual(
        seqsOf(rest.body),
        [range(6, 15), true],
        'a public room’s history is open to anyone signed in',
      );
      const restAfter = await request<HistoryPage>(w.server, 'GET', '/api/rooms/paged/messages?after=20', {
        token: w.ada.token,
      });
      assert.deepEqual(seqsOf(restAfter.body), [range(21, 25), false]);

      assert.deepEqual(await refused(ada, 'room-history', { room: 'paged', before: 5, after: 1 }), {
        code: 'BAD_INPUT',
        message: 'give before or after, not both',
        field: 'after',
      });
      assert.equal((await refused(ada, 'room-history', { room: 'paged', limit: 101 })).field, 'limit');
      const both = await request<ErrorReply>(w.server, 'GET', '/api/rooms/paged/messages?before=5&after=1', {
        token: w.ada.token,
      });
      assert.equal(both.body.error.field, 'query.after');
      const badLimit = await request<ErrorReply>(w.server, 'GET', '/api/rooms/paged/messages?limit=0', {
        token: w.ada.token,
      });
      assert.equal(badLimit.body.error.field, 'query.limit');
      assert.equal(
        (await request(w.server, 'GET', '/api/rooms/nowhere/messages', { token: w.ada.token })).status,
        404,
      );
    });

    it('gives a client that rejoins with the last seq it saw what it missed, in order', async () => {
      const ada = await w.join(w.ada);
      const bob = await w.join(w.bob);
      await ok(ada, 'join-room', { room: 'replay' });
      await ok(bob, 'join-room', { room: 'replay' });
      await say(ada, 'replay', 'one');
      const lastSeen = (await bob.events.next('message')).seq;
      bob.socket.close();
      for (const text of ['two', 'three', 'four']) await say(ada, 'replay', text);
      const back = await w.join(w.bob);
      const reply = await ok<JoinRoomReply>(back, 'join-room', { room: 'replay', since: lastSeen });
      assert.deepEqual(
        reply.missed.map((m) => [m.seq, m.body?.text]),
        [
          [2, 'two'],
          [3, 'three'],
          [4, 'four'],
        ],
      );
      assert.equal(reply.hasMore, false);
      await say(ada, 'replay', 'five');
      assert.equal((await back.events.next('message')).seq, 5, 'and then live again');

      for (let i = 0; i < 105; i++) await say(ada, 'replay', `bulk ${i}`);
      const far = await ok<JoinRoomReply>(back, 'join-room', { room: 'replay', since: 5 });
      assert.equal(far.missed.length, 100);
      assert.equal(far.hasMore, true);
      const rest = await ok<HistoryPage>(back, 'room-history', {
        room: 'replay',
        after: far.missed.at(-1)?.seq,
      });
      assert.deepEqual(
        rest.messages.map((m) => m.seq),
        [106, 107, 108, 109, 110],
      );
    });

    it('lets authors edit and delete their messages; members see it; deleted messages keep their place', async () => {
      const ada = await w.join(w.ada);
      const bob = await w.join(w.bob);
      await ok(ada, 'join-room', { room: 'edits' });
      await ok(bob, 'join-room', { room: 'edits' });
      const first = await say(ada, 'edits', 'typo');
      await say(ada, 'edits', 'second');
      const edited = await ok<MessageReceipt>(ada, 'edit-message', {
        room: 'edits',
        id: first.id,
        body: { text: 'fixed' },
      });
      assert.ok(edited.editedAt);
      const seenEdit = await bob.events.next('message-edited');
      assert.deepEqual(
        [seenEdit.id, seenEdit.seq, seenEdit.body, seenEdit.editedAt],
        [first.id, 1, { text: 'fixed' }, edited.editedAt],
      );
      assert.equal(
        (await refused(bob, 'edit-message', { room: 'edits', id: first.id, body: { text: 'mine now' } }))
          .code,
        'FORBIDDEN',
      );
      assert.equal((await refused(bob, 'delete-message', { room: 'edits', id: first.id })).code, 'FORBIDDEN');

      const deleted = await ok<MessageReceipt>(ada, 'delete-message', { room: 'edits', id: first.id });
      const seenDelete = await bob.events.next('message-deleted');
      assert.equal(seenDelete.body, undefined);
      assert.equal(seenDelete.deletedAt, deleted.deletedAt);
      const history = await ok<HistoryPage>(bob, 'room-history', { room: 'edits' });
      assert.deepEqual(
        history.messages.map((m) => [m.seq, m.body?.text, Boolean(m.deletedAt)]),
        [
          [1, undefined, true],
          [2, 'second', false],
        ],
      );
      assert.equal(
        (await refused(ada, 'edit-message', { room: 'edits', id: first.id, body: { text: 'back' } })).code,
        'NOT_FOUND',
      );
      assert.equal((await refused(ada, 'delete-message', { room: 'edits', id: first.id })).code, 'NOT_FOUND');
      assert.equal(
        (
          await refused(ada, 'edit-message', {
            room: 'edits',
            id: '00000000-0000-4000-8000-000000000000',
            body: {},
          })
        ).code,
        'NOT_FOUND',
      );
    });
  });

  describe('races', () => {
    it('never leaves a removed member subscribed when the removal and a join cross', async () => {
      const ada = await w.join(w.ada);
      const bob = await w.join(w.bob);
      await ok(ada, 'create-room', { room: 'crossing', kind: 'private' });
      for (let i = 0; i < 30; i++) {
        await ok(ada, 'invite-to-room', { room: 'crossing', userIds: [w.bob.profile.id] });
        await Promise.all([
          ask(bob, 'join-room', { room: 'crossing' }),
          ok(ada, 'remove-from-room', { room: 'crossing', userId: w.bob.profile.id }),
        ]);
        assert.equal(
          (await refused(bob, 'send-message', { room: 'crossing', body: { text: 'still here?' } })).code,
          'FORBIDDEN',
          `round ${i}`,
        );
      }
      await say(ada, 'crossing', 'members only');
      await roundTrip(bob);
      assert.deepEqual(bob.events.all('message'), []);
    });

    it('leaves nothing behind for connections that close during a join', async () => {
      const ada = await w.join(w.ada);
      await ok(ada, 'create-room', { room: 'flash', kind: 'public', persistent: false });
      for (let i = 0; i < 20; i++) {
        const bob = await connect(w.server, { secret: w.bob.profile.socketSecret });
        bob.socket.emit('join-room', { room: 'flash' }, () => {});
        bob.socket.close();
      }
      for (let i = 0; i < 100 && w.server.io.sockets.sockets.size > 1; i++)
        await new Promise((r) => setTimeout(r, 10));
      // Every join read before its connection closed has begun by now: once they are done, nothing is left.
      await w.server.requestsSettled();
      assert.deepEqual(w.server.services.rooms.stats(), {
        connections: 1,
        joinedConnections: 1,
        cachedRooms: 1,
      });
      const view = await ok<RoomView>(ada, 'view-room', { room: 'flash' });
      assert.deepEqual(
        view.members.map((m) => m.userId),
        [w.ada.profile.id],
        'no ephemeral membership outlives its connections',
      );
    });
  });

  describe('ephemeral rooms', () => {
    it('relay messages without storing them, and end membership with the last connection', async () => {
      const ada = await w.join(w.ada);
      const bob = await w.join(w.bob);
      await ok(ada, 'create-room', { room: 'live', kind: 'public', persistent: false });
      await ok(bob, 'join-room', { room: 'live' });
      const receipts = [await say(ada, 'live', 'tick'), await say(ada, 'live', 'tock')];
      assert.deepEqual(
        receipts.map((r) => r.seq),
        [1, 2],
      );
      assert.equal((await ok<RoomView>(ada, 'view-room', { room: 'live' })).room.lastSeq, 2);
      assert.equal((await bob.events.next('message')).body?.text, 'tick');
      assert.deepEqual(await ok<HistoryPage>(bob, 'room-history', { room: 'live' }), {
        messages: [],
        hasMore: false,
      });

      it('let their owner come back to a private one after leaving with their last connection', async () => {
        const ada = await w.join(w.ada);
        await ok(ada, 'create-room', { room: 'ephemeral-team', kind: 'private', persistent: false });
        ada.socket.close();
        const back = await w.join(w.ada);
        const joined = await ok<JoinRoomReply>(back, 'join-room', { room: 'ephemeral-team' });
        assert.equal(joined.room.ownerId, w.ada.profile.id);
      });
      assert.equal(
        (await refused(ada, 'edit-message', { room: 'live', id: receipts[0]?.id, body: {} })).code,
        'NOT_FOUND',
      );
      bob.socket.close();
      assert.deepEqual(await ada.events.next('member-left'), {
        room: 'live',
        user: { userId: w.bob.profile.id, username: w.bob.profile.username },
        reason: 'disconnected',
      });
      const rooms = await request<{ rooms: RoomInfo[] }>(w.server, 'GET', '/api/rooms', {
        token: w.bob.token,
      });
      assert.deepEqual(rooms.body.rooms, []);
    });
  });

  describe('bad input', () => {
    it('is answered with the field, and stores nothing', async () => {
      const ada = await w.join(w.ada);
      await ok(ada, 'join-room', { room: 'general' });
      const cases: [string, unknown, string, string][] = [
        ['join-room', { room: 'no spaces' }, 'BAD_INPUT', 'room'],
        ['join-room', { room: '' }, 'BAD_INPUT', 'room'],
        ['join-room', { room: 'x'.repeat(129) }, 'BAD_INPUT', 'room'],
        ['join-room', { room: 'general', since: -1 }, 'BAD_INPUT', 'since'],
        ['send-message', { room: 'general', body: 'just text' }, 'BAD_INPUT', 'body'],
        ['send-message', { room: 'general', body: [1, 2] }, 'BAD_INPUT', 'body'],
        ['send-message', { room: 'general' }, 'BAD_INPUT', 'body'],
        ['send-message', { room: 'nowhere', body: {} }, 'NOT_FOUND', 'room'],
        ['create-room', { room: 'general', kind: 'public' }, 'CONFLICT', 'room'],
        ['create-room', { room: 'new', kind: 'direct' }, 'BAD_INPUT', 'kind'],
        ['edit-message', { room: 'general', id: 'not-a-uuid', body: {} }, 'BAD_INPUT', 'id'],
        ['invite-to-room', { room: 'general', userIds: [] }, 'BAD_INPUT', 'userIds'],
      ];
      for (const [event, payload, code, field] of cases) {
        const error = await refused(ada, event, payload);
        assert.deepEqual(
          [error.code, error.field],
          [code, field],
          `${event} ${JSON.stringify(payload)}: ${error.message}`,
        );
      }
      assert.deepEqual((await ok<HistoryPage>(ada, 'room-history', { room: 'general' })).messages, []);
    });
  });
});

describe('room limits', () => {
  it('bounds rooms per connection, members per room, message rate and size', async () => {
    const w = await world({
      maxRoomsPerConnection: 2,
      maxRoomMembers: 2,
      messageRateLimit: 5,
      maxMessageBytes: 100,
    });
    try {
      const ada = await w.join(w.ada);
      const bob = await w.join(w.bob);
      const carol = await w.join(w.carol);
      await ok(ada, 'join-room', { room: 'one' });
      await ok(ada, 'join-room', { room: 'two' });
      await ok(ada, 'join-room', { room: 'two' });
      assert.deepEqual(await refused(ada, 'join-room', { room: 'three' }), {
        code: 'LIMIT_REACHED',
        message: 'a connection is in at most 2 rooms (MAX_ROOMS_PER_CONNECTION)',
        field: 'room',
      });
      await ok(bob, 'join-room', { room: 'one' });
      assert.equal((await refused(carol, 'join-room', { room: 'one' })).code, 'LIMIT_REACHED');

      const big = await refused(ada, 'send-message', { room: 'one', body: { text: 'x'.repeat(200) } });
      assert.deepEqual([big.code, big.field], ['PAYLOAD_TOO_LARGE', 'body']);
      // Of ada's five: the refused large message took one (a request costs before it is looked at).
      // Creating rooms has a budget of its own (ROOM_CREATE_RATE_LIMIT).
      for (let i = 0; i < 4; i++) await say(ada, 'one', `m${i}`);
      const limited = await refused(ada, 'send-message', { room: 'one', body: { text: 'one too many' } });
      assert.equal(limited.code, 'RATE_LIMITED');
      assert.ok((limited.retryAfterSeconds ?? 0) >= 1);
      await say(bob, 'one', 'bob has his own budget');
      assert.deepEqual(
        (await ok<HistoryPage>(bob, 'room-history', { room: 'one' })).messages.map((m) => m.seq),
        [1, 2, 3, 4, 5],
      );
      await ok(carol, 'create-room', { room: 'pair', kind: 'private' });
      await ok(carol, 'invite-to-room', { room: 'pair', userIds: [w.bob.profile.id] });
      const again = await ok<{ added: unknown[] }>(carol, 'invite-to-room', {
        room: 'pair',
        userIds: [w.bob.profile.id],
      });
      assert.deepEqual(
        again.added,
        [],
        'inviting a member again adds no one, so the member limit is not reached',
      );
    } finally {
      await end(w);
    }
  });
});

describe('room limits on creating, inviting and editing', () => {
  it('refuses past MAX_ROOMS_PER_CONNECTION and MAX_ROOM_MEMBERS, db- names, and edits over MAX_MESSAGE_BYTES', async () => {
    const w = await world({ maxRoomsPerConnection: 1, maxRoomMembers: 2, maxMessageBytes: 100 });
    try {
      const ada = await w.join(w.ada);
      const carol = await w.join(w.carol);
      await ok(ada, 'create-room', { room: 'first', kind: 'private' });
      const full = await refused(ada, 'create-room', { room: 'second', kind: 'public' });
      assert.deepEqual([full.code, full.field], ['LIMIT_REACHED', 'room']);
      const channel = await refused(carol, 'create-room', { room: 'db-tasks', kind: 'public' });
      assert.deepEqual([channel.code, channel.field], ['FORBIDDEN', 'room']);

      await ok(ada, 'invite-to-room', { room: 'first', userIds: [w.bob.profile.id] });
      const crowded = await refused(ada, 'invite-to-room', { room: 'first', userIds: [w.carol.profile.id] });
      assert.equal(crowded.code, 'LIMIT_REACHED');

      const { id } = await say(ada, 'first', 'short');
      const big = await refused(ada, 'edit-message', { room: 'first', id, body: { text: 'x'.repeat(200) } });
      assert.deepEqual([big.code, big.field], ['PAYLOAD_TOO_LARGE', 'body']);
      const history = await ok<HistoryPage>(ada, 'room-history', { room: 'first' });
      assert.deepEqual(
        history.messages.map((m) => m.body),
        [{ text: 'short' }],
        'the refused edit changed nothing',
      );
    } finally {
      await end(w);
    }
  });
});
