import assert from 'node:assert/strict';
import type { Document, ErrorReply, RoomView } from '../../generated/types.js';
import { addMember, registerUser, request, type TestUser } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { type Connected, connect, emitRaw } from '../helpers/socket.js';

type Reply = Record<string, unknown> & Partial<ErrorReply>;
const emit = (c: Connected, event: string, payload: Record<string, unknown>) =>
  emitRaw(c.socket, event, payload) as Promise<Reply>;

describe('hardening: the smaller findings, decided and pinned', () => {
  let server: TestServer;
  let ada: TestUser;
  let bob: TestUser;
  const open: Connected[] = [];
  const as = async (user: TestUser, appearOnline?: boolean) => {
    const c = await connect(server, { secret: user.profile.socketSecret, appearOnline });
    open.push(c);
    return c;
  };

  before(async () => {
    server = await startTestServer();
    ada = await registerUser(server);
    bob = await registerUser(server);
  });
  after(async () => {
    for (const c of open) c.socket.close();
    await server.close();
  });

  it('_742_: the account reads the owner’s documents but may not write them; a write-only digit grants nothing', async () => {
    const member = await addMember(server, ada);
    const created = await request<Document>(server, 'POST', '/api/db/notes_742_', {
      token: ada.token,
      body: { title: 'mine' },
    });
    assert.equal(created.status, 201);
    const path = `/api/db/notes_742_/${created.body.id}`;
    assert.equal(
      (await request(server, 'GET', path, { token: member.token })).status,
      200,
      'the account reads',
    );
    for (const [method, body] of [
      ['PUT', { title: 'theirs' }],
      ['PATCH', { by: 'member' }],
    ] as const) {
      const write = await request<ErrorReply>(server, method, path, { token: member.token, body });
      assert.equal(write.status, 403, `the account may not ${method}: its digit has no write`);
    }
    // Everyone's digit is write-only: a stranger can neither read nor write.
    assert.equal((await request(server, 'PUT', path, { token: bob.token, body: { x: 1 } })).status, 404);
    assert.deepEqual((await request<Document>(server, 'GET', path, { token: ada.token })).body.data, {
      title: 'mine',
    });
  });

  it('keeps a user who appears offline from showing up through member-joined and member-left', async () => {
    const watcher = await as(bob);
    await emit(watcher, 'join-room', { room: 'lobby' });
    const hidden = await as(ada, false);
    await emit(hidden, 'join-room', { room: 'lobby' });
    await emit(hidden, 'leave-room', { room: 'lobby' });
    const visible = await as(ada);
    await emit(visible, 'set-activity', { state: 'online' });
    await emit(visible, 'join-room', { room: 'lobby' });
    // The first event the watcher gets is Ada's visible join: the hidden join and leave sent nothing.
    const first = await watcher.events.next('member-joined');
    assert.equal(first.user.userId, ada.profile.id);
    assert.deepEqual(watcher.events.all('member-left'), []);
    const view = (await emit(watcher, 'view-room', { room: 'lobby' })) as unknown as RoomView;
    assert.ok(
      view.members.some((m) => m.userId === ada.profile.id),
      'membership itself is no secret',
    );
  });

  it('lists only the caller to a non-owner member of a hidden room; its owner sees everyone', async () => {
    const owner = await as(ada);
    await emit(owner, 'create-room', { room: 'backstage', kind: 'public', hidden: true });
    const guest = await as(bob);
    await emit(guest, 'join-room', { room: 'backstage' });
    const carol = await registerUser(server);
    await emit(await as(carol), 'join-room', { room: 'backstage' });
    const seen = (await emit(guest, 'view-room', { room: 'backstage' })) as unknown as RoomView;
    assert.deepEqual(
      seen.members.map((m) => m.userId),
      [bob.profile.id],
    );
    assert.equal(seen.memberCount, 3);
    const all = (await emit(owner, 'view-room', { room: 'backstage' })) as unknown as RoomView;
    assert.equal(all.members.length, 3);
  });

  it('tells a private room from a missing one (403 vs 404): room names are one namespace, taken names are no secret', async () => {
    const owner = await as(ada);
    await emit(owner, 'create-room', { room: 'vault', kind: 'private' });
    const history = (room: string) =>
      request<ErrorReply>(server, 'GET', `/api/rooms/${room}/messages`, { token: bob.token });
    assert.equal((await history('vault')).body.error.code, 'FORBIDDEN');
    assert.equal((await history('no-such-room')).body.error.code, 'NOT_FOUND');
    // create-room would say so anyway: the name is taken.
    const other = await as(bob);
    assert.equal(
      (await emit(other, 'create-room', { room: 'vault', kind: 'private' })).error?.code,
      'CONFLICT',
    );
  });
});
