import assert from 'node:assert/strict';
import { createHttpClient, SwitchboardError } from '../../clients/js/src/index.js';
import { uniqueUsername } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const PASSWORD = 'correct horse battery staple';

describe('client package: HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  it('keeps the session token from registerUser and sends it to operations that need a session', async () => {
    const http = createHttpClient({ url: server.url });
    const username = uniqueUsername('cli');
    const reg = await http.call('registerUser', { body: { username, password: PASSWORD } });
    assert.equal(reg.status, 201);
    assert.equal(http.token, reg.body.token);
    const me = await http.call('getMe');
    assert.equal(me.body.username, username);
    assert.equal(typeof me.body.socketSecret, 'string');
  });

  it('logs in, fills path parameters and query, and forgets the token on logout', async () => {
    const first = createHttpClient({ url: server.url });
    const username = uniqueUsername('cli');
    const { body: session } = await first.call('registerUser', { body: { username, password: PASSWORD } });

    const http = createHttpClient({ url: server.url });
    const login = await http.call('loginUser', { body: { username, password: PASSWORD } });
    assert.equal(login.status, 200);
    assert.notEqual(http.token, session.token);
    const profile = await http.call('getUserProfile', { pathParams: { userId: session.user.id } });
    assert.equal(profile.body.username, username);
    const created = await http.call('createDocument', {
      pathParams: { repo: 'notes' },
      body: { text: 'hi' },
    });
    const page = await http.call('listDocuments', { pathParams: { repo: 'notes' }, query: { limit: 1 } });
    assert.deepEqual(
      page.body.documents.map((d) => d.id),
      [created.body.id],
    );

    await http.call('logoutUser');
    assert.equal(http.token, undefined);
    await assert.rejects(http.call('getMe'), (err: unknown) => {
      assert.ok(err instanceof SwitchboardError);
      assert.equal(err.code, 'UNAUTHENTICATED');
      assert.equal(err.status, 401);
      assert.equal(err.operation, 'getMe');
      return true;
    });
  });

  it('rejects with the code and the field of a refused body', async () => {
    const http = createHttpClient({ url: server.url });
    await assert.rejects(
      http.call('registerUser', { body: { username: uniqueUsername('cli'), password: 'short' } }),
      (err: unknown) => {
        assert.ok(err instanceof SwitchboardError);
        assert.equal(err.code, 'BAD_INPUT');
        assert.equal(err.field, 'body.password');
        assert.equal(err.status, 400);
        return true;
      },
    );
  });
});
