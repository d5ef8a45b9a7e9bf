import assert from 'node:assert/strict';
import { acknowledgedRequests } from '../../clients/js/src/generated/socket.js';
import {
  connect,
  createHttpClient,
  type Match,
  type MessageReceipt,
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
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    for (const client of clients) client.close();
    await server?.close();
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
      const reply = await ada.request(event, payloads[event]());
      replies.set(event, reply);
      return reply;
    };
    for (const event of order) {
      const reply = await send(event);
      if (event === 'send-message') sent = reply as MessageReceipt;
      if (event === 'create-match') match = reply as Match;
    }

    assert.equal(replies.size, order.length);
    assert.deepEqual(replies.get('echo'), { data: 'echo: hello' });
    assert.equal((replies.get('edit-message') as MessageReceipt).id, sent?.id);
    assert.ok((replies.get('delete-message') as MessageReceipt).deletedAt);
    assert.deepEqual(replies.get('leave-room'), { room });
    assert.deepEqual(replies.get('leave-match'), { matchId: matchId() });
  });
});
