import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {
  CallerDetails,
  ChatMessage,
  Match,
  PartyView,
  PublicFile,
  RoomStats,
  RoomView,
  ServerTime,
} from '../generated/types.js';
import { registerUser, type TestUser } from './helpers/http.js';
import { RawClient } from './helpers/raw.js';
import { ok, presenceOf } from './helpers/requests.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { type Connected, connect } from './helpers/socket.js';

/**
 * The seeds' flows, end to end, against one real server: what a client of actionhero and a client of
 * Nakama do with their realtime layer, played with Switchboard's events (issue 17's "done when").
 */
describe('seed flows', () => {
  let server: TestServer;
  let publicDir: string;
  let ada: TestUser;
  let bob: TestUser;
  const open: Connected[] = [];
  const io = async (user: TestUser) => {
    const c = await connect(server, { secret: user.profile.socketSecret });
    open.push(c);
    return c;
  };

  before(async () => {
    publicDir = await mkdtemp(path.join(os.tmpdir(), 'seed-public-'));
    await writeFile(path.join(publicDir, 'simple.html'), '<h1>ActionHero</h1>\nI am a flat file');
    server = await startTestServer({ publicDir });
    [ada, bob] = await Promise.all([registerUser(server), registerUser(server)]);
  });
  afterEach(() => {
    for (const c of open.splice(0)) c.socket.close();
  });
  after(async () => {
    await server?.close();
    await rm(publicDir, { recursive: true, force: true });
  });

  it('actionhero: action, roomAdd, roomView, say, detailsView, file, roomLeave', async () => {
    const adaIo = await io(ada);
    const bobIo = await io(bob);
    // client.action('serverTime', {}, cb), over Socket.IO and over the plain WebSocket.
    const time = await ok<ServerTime>(adaIo, 'server-time', {});
    assert.ok(Math.abs(time.epochMs - Date.now()) < 60_000);
    const raw = await RawClient.open(server.url);
    try {
      await raw.auth(bob.token);
      raw.send({ type: 'action', channel: 'server-time', data: {}, id: 'a1' });
      const result = (await raw.next('result')) as unknown as { id: string; data: ServerTime };
      assert.equal(result.id, 'a1');
      assert.equal(typeof result.data.epochMs, 'number');
    } finally {
      raw.close();
    }

    // client.roomAdd('defaultRoom'), client.roomView('defaultRoom'), client.say('defaultRoom', 'hi').
    const room = `defaultRoom-${Math.random().toString(36).slice(2, 7)}`;
    await ok(adaIo, 'join-room', { room });
    await ok(bobIo, 'join-room', { room });
    const view = await ok<RoomView>(adaIo, 'view-room', { room });
    assert.deepEqual(
      view.members.map((m) => m.username).sort(),
      [ada.profile.username, bob.profile.username].sort(),
    );
    const heard = bobIo.events.next('message');
    await ok(adaIo, 'send-message', { room, body: { text: 'hi' } });
    const said: ChatMessage = await heard;
    assert.deepEqual(
      [said.room, said.author.username, said.body],
      [room, ada.profile.username, { text: 'hi' }],
    );
    const stats = await ok<RoomStats>(bobIo, 'room-stats', { room });
    assert.deepEqual([stats.memberCount, stats.onlineMembers, stats.lastSeq], [2, 2, 1]);

    // client.detailsView(): what the server knows of this connection, its rooms among it.
    const details = await ok<CallerDetails>(adaIo, 'details-view', {});
    assert.equal(details.connectionId, adaIo.welcome.connectionId);
    assert.deepEqual(details.rooms, [room]);

    // client.file('simple.html').
    const file = await ok<PublicFile>(adaIo, 'file', { path: 'simple.html' });
    assert.deepEqual(
      [file.mime, file.length, file.content],
      ['text/html; charset=utf-8', 36, '<h1>ActionHero</h1>\nI am a flat file'],
    );

    // client.roomLeave('defaultRoom'): bob hears ada go.
    const left = bobIo.events.next('member-left');
    await ok(adaIo, 'leave-room', { room });
    assert.equal((await left).user.userId, ada.profile.id);
    assert.deepEqual((await ok<CallerDetails>(adaIo, 'details-view', {})).rooms, []);
  });

  it('Nakama: a closed party with a join request, a match relaying data, a notification received on reconnect', async () => {
    const adaIo = await io(ada);
    const bobIo = await io(bob);

    // Parties: ada's closed party; bob asks, ada hears it twice (the event and a -4 notification) and accepts.
    const party = await ok<PartyView>(adaIo, 'create-party', { open: false, maxSize: 2 });
    const notified = adaIo.events.next('notifications', (n) => n.notifications.some((x) => x.code === -4));
    assert.deepEqual(await ok(bobIo, 'join-party', { partyId: party.partyId }), {
      partyId: party.partyId,
      joined: false,
    });
    assert.deepEqual(await adaIo.events.next('party-join-request'), {
      partyId: party.partyId,
      presence: presenceOf(bobIo),
    });
    const request = (await notified).notifications.find((n) => n.code === -4);
    assert.equal(request?.senderId, bob.profile.id);
    assert.equal(request?.persistent, false);
    await ok(adaIo, 'accept-party-member', {
      partyId: party.partyId,
      connectionId: bobIo.welcome.connectionId,
    });
    assert.deepEqual((await bobIo.events.next('party-joined')).members, [
      presenceOf(adaIo),
      presenceOf(bobIo),
    ]);
    await ok(bobIo, 'send-party-data', { partyId: party.partyId, opCode: 1, data: { ready: true } });
    assert.deepEqual(await adaIo.events.next('party-data'), {
      partyId: party.partyId,
      opCode: 1,
      data: { ready: true },
      presence: presenceOf(bobIo),
    });

    // A relayed match: ada creates it, bob joins, ada sends binary data (base64) that only bob gets.
    const match = await ok<Match>(adaIo, 'create-match', { maxSize: 2 });
    await ok(bobIo, 'join-match', { matchId: match.matchId });
    assert.deepEqual((await adaIo.events.next('match-presence')).joins, [presenceOf(bobIo)]);
    const bytes = Buffer.from([0, 1, 2, 250, 255]);
    await ok(adaIo, 'send-match-data', {
      matchId: match.matchId,
      opCode: 42,
      dataBase64: bytes.toString('base64'),
    });
    const data = await bobIo.events.next('match-data');
    assert.equal(data.opCode, 42);
    assert.deepEqual(Buffer.from(data.dataBase64 ?? '', 'base64'), bytes);
    assert.deepEqual(data.presence, presenceOf(adaIo));
    assert.deepEqual(adaIo.events.all('match-data'), [], 'not back to the sender');

    // Bob goes away: he leaves the party and the match (they belong to his connection)…
    const partyLeft = adaIo.events.next('party-presence', (p) => p.leaves.length > 0);
    const matchLeft = adaIo.events.next('match-presence', (p) => p.leaves.length > 0);
    bobIo.socket.close();
    assert.deepEqual((await partyLeft).leaves, [presenceOf(bobIo)]);
    assert.deepEqual((await matchLeft).leaves, [presenceOf(bobIo)]);

    // …and a persistent notification sent meanwhile reaches him right after his next welcome.
    const sent = await ok<{ id: string }>(adaIo, 'notify-user', {
      userId: bob.profile.id,
      subject: 'rematch?',
      content: { matchId: match.matchId },
      code: 100,
    });
    const back = await io(bob);
    const { notifications } = await back.events.next('notifications');
    assert.deepEqual(
      notifications.map((n) => [n.id, n.subject, n.senderId]),
      [[sent.id, 'rematch?', ada.profile.id]],
    );
  });
});
