import assert from 'node:assert/strict';
import type { Closing, Profile, Session, SocketSecret } from '../../generated/types.js';
import { registerUser, request, type TestUser } from '../helpers/http.js';
import { RawClient } from '../helpers/raw.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { type Connected, connect, refusedConnect } from '../helpers/socket.js';

/** A second session of the same user, with its own socket secret. */
async function login(server: TestServer, user: TestUser): Promise<{ token: string; secret: string }> {
  const session = await request<Session>(server, 'POST', '/api/users/login', {
    body: { username: user.profile.username, password: user.password },
  });
  const me = await request<Profile>(server, 'GET', '/api/users/me', { token: session.body.token });
  return { token: session.body.token, secret: me.body.socketSecret };
}

/** Resolves the `closing` event and the disconnect reason once the server closes the connection. */
function closedByServer(conn: Connected): Promise<{ closing: Closing; reason: string }> {
  return Promise.all([
    conn.events.next('closing'),
    new Promise<string>((resolve) => conn.socket.once('disconnect', resolve)),
  ]).then(([closing, reason]) => ({ closing, reason }));
}

async function rawAuthenticated(server: TestServer, token: string): Promise<RawClient> {
  const raw = await RawClient.open(server.url);
  assert.equal((await raw.auth(token)).type, 'token');
  return raw;
}

describe('hardening: realtime access ends with the session that obtained it', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('gives each session its own socket secret', async () => {
    const user = await registerUser(server);
    const other = await login(server, user);
    assert.notEqual(other.secret, user.profile.socketSecret);
    const conn = await connect(server, { secret: other.secret });
    assert.equal(conn.socket.connected, true);
    conn.socket.close();
  });

  it('at logout: closes the session’s connections on both transports with a reason, and its secret opens nothing', async () => {
    const user = await registerUser(server);
    const second = await login(server, user);
    const mine = await connect(server, { secret: user.profile.socketSecret });
    const raw = await rawAuthenticated(server, user.token);
    const elsewhere = await connect(server, { secret: second.secret });
    const closed = closedByServer(mine);

    assert.equal((await request(server, 'POST', '/api/users/logout', { token: user.token })).status, 204);
    const { closing, reason } = await closed;
    assert.deepEqual(closing, {
      reason: 'logged-out',
      message: 'the session that opened this connection was logged out',
    });
    assert.equal(reason, 'io server disconnect', 'socket.io-client does not reconnect by itself');
    assert.deepEqual(await raw.closed, { code: 4001, reason: 'logged-out' });
    const refused = await refusedConnect(server, { secret: user.profile.socketSecret });
    assert.equal(refused.data?.code, 'UNAUTHENTICATED');
    assert.equal(elsewhere.socket.connected, true, 'another session of the user stays');
    elsewhere.socket.close();
  });

  it('at sign-out-everywhere: every session ends, with its connections and secrets', async () => {
    const user = await registerUser(server);
    const second = await login(server, user);
    const first = await connect(server, { secret: user.profile.socketSecret });
    const other = await connect(server, { secret: second.secret });
    const raw = await rawAuthenticated(server, second.token);
    const closings = [closedByServer(first), closedByServer(other)];

    const revoked = await request(server, 'POST', '/api/users/me/sessions/revoke', { token: second.token });
    assert.equal(revoked.status, 204);
    for (const { closing } of await Promise.all(closings)) assert.equal(closing.reason, 'sessions-revoked');
    assert.equal((await raw.closed).code, 4001);
    for (const token of [user.token, second.token])
      assert.equal((await request(server, 'GET', '/api/users/me', { token })).status, 401);
    for (const secret of [user.profile.socketSecret, second.secret])
      assert.equal((await refusedConnect(server, { secret })).data?.code, 'UNAUTHENTICATED');
  });

  it('at rotation: closes the Socket.IO connections the old secret opened; the new one connects; /ws stays', async () => {
    const user = await registerUser(server);
    const old = await connect(server, { secret: user.profile.socketSecret });
    const raw = await rawAuthenticated(server, user.token);
    const closed = closedByServer(old);
    const rotated = await request<SocketSecret>(server, 'POST', '/api/users/me/socket-secret', {
      token: user.token,
    });
    assert.equal(rotated.status, 200);
    assert.equal((await closed).closing.reason, 'secret-rotated');
    assert.equal(
      (await refusedConnect(server, { secret: user.profile.socketSecret })).data?.code,
      'UNAUTHENTICATED',
    );
    const fresh = await connect(server, { secret: rotated.body.socketSecret });
    await raw.sync();
    const me = await request<Profile>(server, 'GET', '/api/users/me', { token: user.token });
    assert.equal(me.body.socketSecret, rotated.body.socketSecret, 'the profile shows the current secret');
    // Connections opened with the new secret survive the next rotation only if they use the newest.
    const closedAgain = closedByServer(fresh);
    await request(server, 'POST', '/api/users/me/socket-secret', { token: user.token });
    assert.equal((await closedAgain).closing.reason, 'secret-rotated');
    raw.close();
  });

  it('gives a session from before socket secrets per session its own secret at its next request', async () => {
    const user = await registerUser(server);
    await server.database.db('sessions').update({ socket_secret_digest: null });
    const me = await request<Profile>(server, 'GET', '/api/users/me', { token: user.token });
    assert.equal(me.body.socketSecret, user.profile.socketSecret, 'derived from the token, so the same');
    const conn = await connect(server, { secret: me.body.socketSecret });
    conn.socket.close();
  });

  it('leaves nothing bound once connections close', async () => {
    const quiet = await startTestServer();
    try {
      const stats = () => quiet.services.sessionConnections.stats();
      const user = await registerUser(quiet);
      const conn = await connect(quiet, { secret: user.profile.socketSecret });
      const raw = await rawAuthenticated(quiet, user.token);
      assert.deepEqual(stats(), { sessions: 1, connections: 2 });
      conn.socket.close();
      raw.close();
      await raw.closed;
      while (stats().connections > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.deepEqual(stats(), { sessions: 0, connections: 0 });
    } finally {
      await quiet.close();
    }
  });

  describe('expiry', () => {
    let short: TestServer;
    before(async () => {
      short = await startTestServer({ sessionTtlSeconds: 2 });
    });
    after(() => short.close());

    it('closes the session’s connections on both transports when it expires, and its secret opens nothing', async () => {
      const user = await registerUser(short);
      const conn = await connect(short, { secret: user.profile.socketSecret });
      const raw = await rawAuthenticated(short, user.token);
      const { closing } = await closedByServer(conn);
      assert.equal(closing.reason, 'session-expired');
      assert.deepEqual(await raw.closed, { code: 4001, reason: 'session-expired' });
      assert.equal(
        (await refusedConnect(short, { secret: user.profile.socketSecret })).data?.code,
        'UNAUTHENTICATED',
      );
      const rawLate = await RawClient.open(short.url);
      assert.equal((await rawLate.auth(user.token)).code, 'UNAUTHENTICATED');
      rawLate.close();
    });
  });
});
