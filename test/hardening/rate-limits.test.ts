import assert from 'node:assert/strict';
import type { ErrorReply, RoomList } from '../../generated/types.js';
import { registerUser, request, type TestUser } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { type Connected, connect, emitRaw } from '../helpers/socket.js';

type Reply = Record<string, unknown> & Partial<ErrorReply>;
const emit = (c: Connected, event: string, payload: Record<string, unknown>) =>
  emitRaw(c.socket, event, payload) as Promise<Reply>;
const codeOf = (reply: Reply) => reply.error?.code ?? 'ok';

describe('hardening: rate limits belong to the user, not to a connection', () => {
  let server: TestServer;
  let ada: TestUser;
  let bob: TestUser;
  const open: Connected[] = [];
  const as = async (user: TestUser) => {
    const c = await connect(server, { secret: user.profile.socketSecret });
    open.push(c);
    return c;
  };

  before(async () => {
    server = await startTestServer({ messageRateLimit: 5, roomCreateRateLimit: 3, membershipRateLimit: 4 });
    ada = await registerUser(server);
    bob = await registerUser(server);
  });
  after(async () => {
    for (const c of open) c.socket.close();
    await server.close();
  });

  it('shares MESSAGE_RATE_LIMIT across a user’s connections and reconnects', async () => {
    const first = await as(ada);
    await emit(first, 'join-room', { room: 'talk' });
    const more = await Promise.all(Array.from({ length: 4 }, () => as(ada)));
    for (const c of more) await emit(c, 'join-room', { room: 'talk' });
    const answers = await Promise.all(
      [first, ...more].flatMap((c) =>
        Array.from({ length: 3 }, (_, i) => emit(c, 'send-message', { room: 'talk', body: { i } })),
      ),
    );
    assert.equal(answers.filter((a) => codeOf(a) === 'ok').length, 5, 'five in all, not five per connection');
    first.socket.close();
    const reconnected = await as(ada);
    await emit(reconnected, 'join-room', { room: 'talk' });
    const after = await emit(reconnected, 'send-message', { room: 'talk', body: { again: true } });
    assert.equal(codeOf(after), 'RATE_LIMITED', 'a reconnect does not refill the budget');
    assert.match(after.error?.message ?? '', /MESSAGE_RATE_LIMIT/);
    const other = await as(bob);
    await emit(other, 'join-room', { room: 'talk' });
    assert.equal(codeOf(await emit(other, 'send-message', { room: 'talk', body: {} })), 'ok');
  });

  it('limits room creation per user (ROOM_CREATE_RATE_LIMIT), by create-room and by joining a new name alike', async () => {
    const c = await as(bob);
    assert.equal(codeOf(await emit(c, 'create-room', { room: 'b1', kind: 'private' })), 'ok');
    assert.equal(codeOf(await emit(c, 'join-room', { room: 'b2' })), 'ok');
    const elsewhere = await as(bob);
    assert.equal(codeOf(await emit(elsewhere, 'create-room', { room: 'b3', kind: 'public' })), 'ok');
    const refused = await emit(elsewhere, 'join-room', { room: 'b4' });
    assert.equal(codeOf(refused), 'RATE_LIMITED');
    assert.match(refused.error?.message ?? '', /ROOM_CREATE_RATE_LIMIT/);
    assert.equal(
      codeOf(await emit(elsewhere, 'create-room', { room: 'b5', kind: 'public' })),
      'RATE_LIMITED',
    );
    assert.equal(
      codeOf(await emit(elsewhere, 'join-room', { room: 'b2' })),
      'ok',
      'joining an existing room is fine',
    );
  });

  it('limits membership churn per user (MEMBERSHIP_RATE_LIMIT); subscribing again to one’s own room is free', async () => {
    const carol = await registerUser(server);
    const c = await as(carol);
    const answers: string[] = [];
    for (let i = 0; i < 3; i++) {
      answers.push(codeOf(await emit(c, 'join-room', { room: 'talk' })));
      answers.push(codeOf(await emit(c, 'leave-room', { room: 'talk' })));
    }
    assert.deepEqual(answers, ['ok', 'ok', 'ok', 'ok', 'RATE_LIMITED', 'RATE_LIMITED']);
    const d = await registerUser(server);
    const first = await as(d);
    await emit(first, 'join-room', { room: 'talk' });
    for (let i = 0; i < 6; i++) {
      const again = await as(d);
      assert.equal(codeOf(await emit(again, 'join-room', { room: 'talk' })), 'ok', 'a member coming back');
      again.socket.close();
    }
  });

  it('counts invitations and removals as membership changes (MEMBERSHIP_RATE_LIMIT) of the owner', async () => {
    const owner = await registerUser(server);
    const c = await as(owner);
    assert.equal(codeOf(await emit(c, 'create-room', { room: 'club', kind: 'private' })), 'ok');
    const answers: string[] = [];
    for (let i = 0; i < 3; i++) {
      answers.push(codeOf(await emit(c, 'invite-to-room', { room: 'club', userIds: [bob.profile.id] })));
      answers.push(codeOf(await emit(c, 'remove-from-room', { room: 'club', userId: bob.profile.id })));
    }
    // Four changes a minute (the room's creation has its own budget), then the invitation and the removal are refused.
    assert.deepEqual(answers, ['ok', 'ok', 'ok', 'ok', 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('pages GET /api/rooms: at most `limit` rooms by name, with `next` until the last page', async () => {
    const lister = await registerUser(server);
    const c = await as(lister);
    for (const room of ['talk', 'b2', 'b3']) await emit(c, 'join-room', { room });
    const page = (query: string) =>
      request<RoomList>(server, 'GET', `/api/rooms${query}`, { token: lister.token });
    const first = await page('?limit=2');
    assert.deepEqual(
      first.body.rooms.map((r) => r.id),
      ['b2', 'b3'],
    );
    assert.equal(first.body.next, 'b3');
    const second = await page(`?limit=2&after=${first.body.next}`);
    assert.deepEqual(
      second.body.rooms.map((r) => r.id),
      ['talk'],
    );
    assert.equal(second.body.next, undefined);
    assert.deepEqual(
      (await page('')).body.rooms.map((r) => r.id),
      ['b2', 'b3', 'talk'],
    );
    assert.equal((await page('?limit=101')).status, 400);
  });
});
