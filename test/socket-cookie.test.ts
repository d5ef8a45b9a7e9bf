import assert from 'node:assert/strict';
import type { CallerDetails, Session } from '../generated/types.js';
import type { Config } from '../src/config.js';
import { registerUser, request, uniqueUsername } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { type ConnectError, type Connected, connect, emitRaw, refusedConnect } from './helpers/socket.js';

/** The `switchboard_socket=…` pair of a Set-Cookie header, and its attributes. */
function parseCookie(header: string | null): { pair: string; attributes: string[] } {
  assert.ok(header, 'a Set-Cookie header');
  const [pair = '', ...attributes] = header.split(';').map((p) => p.trim());
  return { pair, attributes };
}

/**
 * The socket cookie (actionhero's connection fingerprint, made safe): a browser that logged in over HTTP
 * opens its Socket.IO connection without handling the socket secret in page script.
 */
describe('socket cookie', () => {
  let server: TestServer;
  const open: Connected[] = [];
  const start = async (config: Partial<Config> = {}) => {
    await server?.close();
    server = await startTestServer(config);
  };
  before(() => start());
  afterEach(() => {
    for (const c of open.splice(0)) c.socket.close();
  });
  after(() => server?.close());

  async function loggedIn(headers: Record<string, string> = {}) {
    const user = await registerUser(server);
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ username: user.profile.username, password: user.password }),
    });
    const session = (await login.json()) as Session;
    return { user, session, cookie: parseCookie(login.headers.get('set-cookie')) };
  }

  it('login and registration set it HttpOnly, SameSite=Strict, on Engine.IO’s path, for the session’s life', async () => {
    const { cookie, session } = await loggedIn();
    assert.match(cookie.pair, /^switchboard_socket=[A-Za-z0-9_-]{43}$/);
    assert.ok(cookie.attributes.includes('HttpOnly'));
    assert.ok(cookie.attributes.includes('SameSite=Strict'));
    assert.ok(cookie.attributes.includes('Path=/socket.io/'));
    assert.ok(!cookie.attributes.includes('Secure'), 'not over plain HTTP');
    const maxAge = Number(cookie.attributes.find((a) => a.startsWith('Max-Age='))?.slice(8));
    const left = (Date.parse(session.expiresAt) - Date.now()) / 1000;
    assert.ok(Math.abs(maxAge - left) < 5, `Max-Age ${maxAge} ≈ the session's ${left} s`);
    const registered = await fetch(`${server.url}/api/users/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: uniqueUsername('cookie'), password: 'correct horse battery staple' }),
    });
    assert.equal(registered.status, 201);
    assert.match(parseCookie(registered.headers.get('set-cookie')).pair, /^switchboard_socket=/);
  });

  it('opens a connection without a secret, as the session that logged in, and names it by fingerprint', async () => {
    const { user, session, cookie } = await loggedIn();
    const connected = await connect(server, { headers: { cookie: cookie.pair } });
    open.push(connected);
    assert.equal(connected.welcome.userId, user.profile.id);
    const io = (await emitRaw(connected.socket, 'details-view', {})) as CallerDetails;
    const http = await request<CallerDetails>(server, 'POST', '/api/actions/details-view', {
      token: session.token,
    });
    assert.equal(io.fingerprint, http.body.fingerprint, 'the socket is linked to the web session');
    // The same origin's pages may use it (the Origin names the server's own host).
    const sameOrigin = await connect(server, { headers: { cookie: cookie.pair, origin: server.url } });
    open.push(sameOrigin);
    assert.equal(sameOrigin.welcome.userId, user.profile.id);
  });

  it('is refused from another origin’s page, even with ALLOWED_ORIGINS=*', async () => {
    const { cookie } = await loggedIn();
    const refused = (await refusedConnect(server, {
      headers: { cookie: cookie.pair, origin: 'http://evil.example' },
    })) as ConnectError;
    assert.equal(refused.data?.code, 'UNAUTHENTICATED');
    assert.equal(refused.data?.field, 'header.cookie');
    await start({ allowedOrigins: '*' });
    const again = await loggedIn();
    const star = (await refusedConnect(server, {
      headers: { cookie: again.cookie.pair, origin: 'http://evil.example' },
    })) as ConnectError;
    assert.equal(star.data?.field, 'header.cookie');
  });

  it('is accepted from an origin ALLOWED_ORIGINS names', async () => {
    await start({ allowedOrigins: ['http://app.example'] });
    const { user, cookie } = await loggedIn();
    const connected = await connect(server, {
      headers: { cookie: cookie.pair, origin: 'http://app.example' },
    });
    open.push(connected);
    assert.equal(connected.welcome.userId, user.profile.id);
    await start();
  });

  it('a secret sent explicitly wins over the cookie; a wrong cookie is refused naming it', async () => {
    const { cookie } = await loggedIn();
    const other = await registerUser(server);
    const explicit = await connect(server, {
      secret: other.profile.socketSecret,
      headers: { cookie: cookie.pair },
    });
    open.push(explicit);
    assert.equal(explicit.welcome.userId, other.profile.id);
    const wrong = (await refusedConnect(server, {
      headers: { cookie: 'theme=dark; switchboard_socket=not-a-secret' },
    })) as ConnectError;
    assert.deepEqual([wrong.data?.code, wrong.data?.field], ['UNAUTHENTICATED', 'header.cookie']);
  });

  it('over HTTPS behind a trusted proxy it is Secure', async () => {
    await start({ trustProxyHops: 1 });
    const { cookie } = await loggedIn({ 'x-forwarded-proto': 'https' });
    assert.ok(cookie.attributes.includes('Secure'));
    await start();
  });

  it('rotation replaces it, and logout removes it and closes what it opened', async () => {
    const { session, cookie } = await loggedIn();
    const rotated = await fetch(`${server.url}/api/users/me/socket-secret`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}` },
    });
    const fresh = parseCookie(rotated.headers.get('set-cookie'));
    assert.notEqual(fresh.pair, cookie.pair);
    const stale = (await refusedConnect(server, { headers: { cookie: cookie.pair } })) as ConnectError;
    assert.equal(stale.data?.field, 'header.cookie');
    const connected = await connect(server, { headers: { cookie: fresh.pair } });
    open.push(connected);
    const closing = connected.events.next('closing');
    const logout = await fetch(`${server.url}/api/users/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}` },
    });
    assert.equal(logout.status, 204);
    const cleared = parseCookie(logout.headers.get('set-cookie'));
    assert.equal(cleared.pair, 'switchboard_socket=');
    assert.ok(cleared.attributes.includes('Max-Age=0'));
    assert.equal((await closing).reason, 'logged-out');
  });
});
