import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { httpRoutes } from '../generated/http.js';
import type { ErrorReply } from '../generated/types.js';
import { httpWireField } from '../src/transports/http/wire-fields.js';
import { registerUser, request, type TestUser } from './helpers/http.js';
import { RawClient } from './helpers/raw.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { connect, emitRaw } from './helpers/socket.js';

// Core names the argument at fault (`id`, `userId`, `room`); each transport says where the client put it.
describe('error fields: core names its arguments, each transport names them as the client sent them', () => {
  let server: TestServer;
  let ada: TestUser;
  before(async () => {
    server = await startTestServer();
    ada = await registerUser(server);
  });
  after(() => server.close());

  it('names a parameter where the route table says it arrives, for every HTTP operation', () => {
    for (const route of httpRoutes) {
      const toWire = httpWireField(route);
      for (const [name, where] of route.parameters)
        assert.equal(toWire(name), `${where}.${name}`, route.operationId);
    }
  });

  it('answers over HTTP with the path parameter, the query parameter, the header and the body field', async () => {
    const missing = await request<ErrorReply>(server, 'GET', `/api/db/tasks/${randomUUID()}`, {
      token: ada.token,
    });
    assert.deepEqual([missing.status, missing.body.error.field], [404, 'path.id']);
    const self = await request<ErrorReply>(server, 'DELETE', `/api/accounts/me/users/${ada.profile.id}`, {
      token: ada.token,
    });
    assert.deepEqual([self.status, self.body.error.field], [400, 'path.userId']);
    const both = await request<ErrorReply>(server, 'GET', '/api/rooms/general/messages?before=5&after=1', {
      token: ada.token,
    });
    assert.deepEqual([both.status, both.body.error.field], [400, 'query.after']);
    const unknown = await request<ErrorReply>(server, 'GET', '/api/users/me', { token: 'x'.repeat(43) });
    assert.deepEqual([unknown.status, unknown.body.error.field], [401, 'header.authorization']);
    const taken = await request<ErrorReply>(server, 'POST', '/api/users/register', {
      body: { username: ada.profile.username, password: 'another long password' },
    });
    assert.deepEqual([taken.status, taken.body.error.field], [409, 'body.username']);
    // A message that quotes its field quotes it as the client sent it.
    const lone = await request<ErrorReply>(server, 'POST', '/api/users/register', {
      body: `{"username":"lone_${randomUUID().slice(0, 8)}","password":"\\ud800abcdefgh"}`,
    });
    assert.deepEqual(lone.body.error, {
      code: 'BAD_INPUT',
      message: 'body.password: an unpaired UTF-16 surrogate is not text',
      field: 'body.password',
    });
    // A document is the whole body: core's `data.a` is the body's `a`.
    const nul = await request<ErrorReply>(server, 'POST', '/api/db/tasks', {
      token: ada.token,
      body: { a: 'x\u0000y' },
    });
    assert.deepEqual([nul.status, nul.body.error.field], [400, 'body.a']);
    assert.match(nul.body.error.message, /^body\.a: /);
  });

  it('answers a /ws request with the envelope field that carried the room: channel in chan_in, data in presence', async () => {
    const raw = await RawClient.open(server.url);
    try {
      assert.equal((await raw.auth(ada.token)).type, 'token');
      const room = `nowhere_${randomUUID().slice(0, 8)}`;
      const sent = await raw.request({ type: 'chan_in', channel: room, data: 'hello' }, 'ok');
      assert.deepEqual([sent.type, sent.code, sent.field], ['error', 'NOT_FOUND', 'channel']);
      const counted = await raw.request({ type: 'presence', data: room }, 'presence');
      assert.deepEqual([counted.type, counted.code, counted.field], ['error', 'NOT_FOUND', 'data']);
    } finally {
      raw.ws.terminate();
    }
  });

  it('answers a Socket.IO request with the payload field itself, as core names it', async () => {
    const client = await connect(server, { secret: ada.profile.socketSecret });
    try {
      const reply = (await emitRaw(client.socket, 'send-message', {
        room: `nowhere_${randomUUID().slice(0, 8)}`,
        body: { text: 'hello' },
      })) as ErrorReply;
      assert.deepEqual([reply.error.code, reply.error.field], ['NOT_FOUND', 'room']);
    } finally {
      client.socket.close();
    }
  });
});
