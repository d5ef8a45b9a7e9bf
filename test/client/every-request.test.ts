import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { acknowledgedRequests } from '../../clients/js/src/generated/socket.js';
import {
  connect,
  createHttpClient,
  type Match,
  type MessageReceipt,
  type PartyView,
  type RequestEvent,
  type SocketRequests,
  type SwitchboardClient,
} from '../../clients/js/src/index.js';
import { uniqueUsername } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const PASSWORD = 'correct horse battery staple';

/**
 * Every request of the spec, through the typed client, against a real server. The payloads are a mapped
 * type over the generated table, so a request added to the spec fails to compile here until it has one;
 * each runs in an order where it can succeed, and must resolve with its reply (not an error).
 */
describe('client package: every Socket.IO request round-trips', () => {
  let server: TestServer;
  const clients: SwitchboardClient[] = [];
  let publicDir: string;
  before(async () => {
    publicDir = await mkdtemp(path.join(os.tmpdir(), 'every-public-'));
    await writeFile(path.join(publicDir, 'hello.txt'), 'hello');
    server = await startTestServer({ publicDir });
  });
  after(async () => {
    for (const client of clients) client.close();
    await server?.close();
    await rm(publicDir, { recursive: true, force: true });
  });

  async function signedIn(): Promise<SwitchboardClient> {
    const http = createHttpClient({ url: server.url });
    await http.call('registerUser', { body: { username: uniqueUsername('every'), password: PASSWORD } });
    const client = await connect({ url: server.url, http, transports: ['websocket'] });
    clients.push(client);
    return client;
  }

  it('sends each request with a typed payload and gets its typed reply', async () => {
    const ada = await signedIn();
    const grace = await signedIn();
    const graceId = grace.socket.welcome.userId;
    const room = `every-${Math.random().toString(36).slice(2, 8)}`;
    const repo = 'every_744_';
    let sent: MessageReceipt | undefined;
    const graceConnection = grace.socket.welcome.connectionId;
    // Grace's open party, which ada joins and leaves; then ada's closed one, which grace asks to join.
    let graces: PartyView | undefined;
    let adas: PartyView | undefined;
    const party = (which: PartyView | undefined) => {
      assert.ok(which, 'the party was created first');
      return which.partyId;
    };
    let match: Match | undefined;
    const matchId = () => {
      assert.ok(match, 'create-match ran first');
      return match.matchId;
    };
    const message = () => {
      assert.ok(sent, 'send-message ran first');
      return { room, id: sent.id };
    };

    const payloads: { [E in RequestEvent]: () => SocketRequests[E]['payload'] } = {
      echo: () => ({ data: 'hello' }),
      'set-activity': () => ({ state: 'online', status: 'testing' }),
      'get-activities': () => ({}),
      'follow-users': () => ({ userIds: [graceId] }),
      'unfollow-users': () => ({ userIds: [graceId] }),
      'create-room': () => ({ room, kind: 'private' }),
      'invite-to-room': () => ({ room, userIds: [graceId] }),
      'join-room': () => ({ room }),
      'view-room': () => ({ room }),
      'room-stats': () => ({ room }),
      'server-time': () => ({}),
      'details-view': () => ({}),
      file: () => ({ path: 'hello.txt' }),
      'notify-user': () => ({ userId: graceId, subject: 'hi', content: { x: 1 }, code: 7 }),
      'send-message': () => ({ room, body: { text: 'first' } }),
      'edit-message': () => ({ ...message(), body: { text: 'edited' } }),
      'room-history': () => ({ room, limit: 10 }),
      'delete-message': () => message(),
      'remove-from-room': () => ({ room, userId: graceId }),
      'leave-room': () => ({ room }),
      'open-direct': () => ({ userId: graceId }),
      'subscribe-db': () => ({ repo }),
      'db-changes': () => ({ repo, after: 0 }),
      'unsubscribe-db': () => ({ repo }),
      // grace was invited above: she has a notification, but ada lists (and deletes in) her own.
      'list-notifications': () => ({ limit: 10 }),
      'delete-notifications': () => ({ ids: ['9a7c2e4b-1d3f-4b6a-8c5e-0f2a4d6b8e10'] }),
      'join-party': () => ({ partyId: party(graces) }),
      'leave-party': () => ({ partyId: party(graces) }),
      'create-party': () => ({ open: false, maxSize: 4 }),
      'list-party-requests': () => ({ partyId: party(adas) }),
      'reject-party-member': () => ({ partyId: party(adas), connectionId: graceConnection }),
      'accept-party-member': () => ({ partyId: party(adas), connectionId: graceConnection }),
      'send-party-data': () => ({ partyId: party(adas), opCode: 1, data: { x: 1 } }),
      'remove-party-member': () => ({ partyId: party(adas), connectionId: graceConnection }),
      'promote-party-member': () => ({ partyId: party(adas), connectionId: ada.socket.welcome.connectionId }),
      'close-party': () => ({ partyId: party(adas) }),
      'create-match': () => ({ maxSize: 4 }),
      'join-match': () => ({ matchId: matchId() }),
      'send-match-data': () => ({ matchId: matchId(), opCode: 1, data: { move: 'e4' } }),
      'leave-match': () => ({ matchId: matchId() }),
    };
    const order = Object.keys(payloads) as RequestEvent[];
    assert.deepEqual([...order].sort(), Object.keys(acknowledgedRequests).sort(), 'every request, once');

    const replies = new Map<RequestEvent, unknown>();
    const send = async <E extends RequestEvent>(event: E): Promise<SocketRequests[E]['reply']> => {
      // grace joins the private room ada invited her to, before ada removes her again.
      if (event === 'remove-from-room') await grace.request('join-room', { room });
      if (event === 'join-party') graces = await grace.request('create-party', { open: true, maxSize: 2 });
      // grace asks to join ada's closed party: once to be rejected, once to be accepted.
      if (event === 'list-party-requests' || event === 'accept-party-member')
        await grace.request('join-party', { partyId: party(adas) });
      const reply = await ada.request(event, payloads[event]());
      replies.set(event, reply);
      return reply;
    };
    for (const event of order) {
      const reply = await send(event);
      if (event === 'send-message') sent = reply as MessageReceipt;
      if (event === 'create-party') adas = reply as PartyView;
      if (event === 'create-match') match = reply as Match;
    }

    assert.equal(replies.size, order.length);
    assert.deepEqual(replies.get('echo'), { data: 'echo: hello' });
    assert.equal((replies.get('edit-message') as MessageReceipt).id, sent?.id);
    assert.ok((replies.get('delete-message') as MessageReceipt).deletedAt);
    assert.deepEqual(replies.get('leave-room'), { room });
    assert.equal((replies.get('file') as { content: string }).content, 'hello');
    assert.deepEqual(replies.get('leave-match'), { matchId: matchId() });
  });
});
