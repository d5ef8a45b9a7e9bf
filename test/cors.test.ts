import assert from 'node:assert/strict';
import WebSocket from 'ws';
import type { Profile } from '../generated/types.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { registerUser, request, type TestUser } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { connect, refusedConnect } from './helpers/socket.js';

const SECOND = 'http://second.example:8080';
const THIRD = 'https://third.example';

function preflight(server: TestServer, origin: string, path = '/api/users/me') {
  return request(server, 'OPTIONS', path, {
    headers: {
      origin,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization',
    },
  });
}

/** Opens /ws with these headers: the HTTP status it is answered with (101 when it opens). */
function wsUpgradeStatus(server: TestServer, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/ws`, { headers });
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
    ws.once('unexpected-response', (_req, res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    ws.once('error', reject);
  });
}

/** Engine.IO's polling handshake, as a browser's XHR sends it. */
function pollingHandshake(server: TestServer, origin: string) {
  return fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin } });
}

describe('ALLOWED_ORIGINS', () => {
  describe('unset (the default): same-origin only', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer();
    });
    after(() => server.close());

    it('answers a preflight from another origin without CORS headers', async () => {
      const res = await preflight(server, SECOND);
      assert.equal(res.status, 204);
      assert.equal(res.headers.get('access-control-allow-origin'), null);
      assert.equal(res.headers.get('access-control-allow-methods'), null);
    });

    it('gives a cross-origin GET no Access-Control-Allow-Origin, so the browser keeps it from the page', async () => {
      const res = await request(server, 'GET', '/api/health', { headers: { origin: SECOND } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), null);
    });

    it("gives Engine.IO's polling handshake from another origin no CORS headers", async () => {
      const res = await pollingHandshake(server, SECOND);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), null);
      await res.text();
    });

    it('leaves WebSocket upgrades unchecked, as before the setting existed', async () => {
      assert.equal(await wsUpgradeStatus(server, { origin: THIRD }), 101);
    });
  });

  describe('set to a second origin', () => {
    let server: TestServer;
    let user: TestUser;
    before(async () => {
      server = await startTestServer({ allowedOrigins: [SECOND] });
      user = await registerUser(server);
    });
    after(() => server.close());

    it('answers its preflight 204 with the methods, headers and max-age, security headers kept', async () => {
      const res = await preflight(server, SECOND);
      assert.equal(res.status, 204);
      assert.equal(res.headers.get('access-control-allow-origin'), SECOND);
      const methods = res.headers.get('access-control-allow-methods')?.split(', ') ?? [];
      for (const method of ['GET', 'POST', 'PUT', 'DELETE']) assert.ok(methods.includes(method), method);
      assert.match(res.headers.get('access-control-allow-headers') ?? '', /\bAuthorization\b/);
      assert.match(res.headers.get('access-control-allow-headers') ?? '', /\bContent-Type\b/);
      assert.equal(res.headers.get('access-control-max-age'), '600');
      assert.match(res.headers.get('vary') ?? '', /\bOrigin\b/);
      assert.equal(res.headers.get('access-control-allow-credentials'), null);
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    });

    it('answers a preflight from an origin not listed like any OPTIONS, with no CORS headers', async () => {
      const res = await preflight(server, THIRD);
      assert.equal(res.status, 204);
      assert.ok(res.headers.get('allow'));
      assert.equal(res.headers.get('access-control-allow-origin'), null);
      assert.equal(res.headers.get('access-control-allow-methods'), null);
      assert.match(res.headers.get('vary') ?? '', /\bOrigin\b/);
    });

    it('lets the second origin log in with a JSON POST and read its profile with Authorization', async () => {
      const login = await request<{ token: string }>(server, 'POST', '/api/users/login', {
        headers: { origin: SECOND },
        body: { username: user.profile.username, password: user.password },
      });
      assert.equal(login.status, 200);
      assert.equal(login.headers.get('access-control-allow-origin'), SECOND);
      const me = await request<Profile>(server, 'GET', '/api/users/me', {
        headers: { origin: SECOND },
        token: login.body.token,
      });
      assert.equal(me.status, 200);
      assert.equal(me.body.id, user.profile.id);
      assert.equal(me.headers.get('access-control-allow-origin'), SECOND);
      assert.match(me.headers.get('vary') ?? '', /\bOrigin\b/);
    });

    it('lets the page read an error and its WWW-Authenticate', async () => {
      const res = await request<{ error: { code: string } }>(server, 'GET', '/api/users/me', {
        headers: { origin: SECOND },
      });
      assert.equal(res.status, 401);
      assert.equal(res.body.error.code, 'UNAUTHENTICATED');
      assert.equal(res.headers.get('access-control-allow-origin'), SECOND);
      assert.match(res.headers.get('access-control-expose-headers') ?? '', /\bWWW-Authenticate\b/);
    });

    it('gives a real request from an origin not listed no CORS headers', async () => {
      const res = await request(server, 'GET', '/api/users/me', {
        headers: { origin: THIRD },
        token: user.token,
      });
      assert.equal(res.headers.get('access-control-allow-origin'), null);
    });

    for (const transport of ['polling', 'websocket'] as const) {
      it(`connects Socket.IO over ${transport} from the second origin`, async () => {
        const { socket, welcome } = await connect(server, {
          secret: user.profile.socketSecret,
          transports: [transport],
          headers: { origin: SECOND },
        });
        assert.equal(welcome.userId, user.profile.id);
        assert.equal(socket.io.engine.transport.name, transport);
        socket.close();
      });

      it(`refuses a Socket.IO handshake over ${transport} from an origin not listed`, async () => {
        const err = await refusedConnect(server, {
          secret: user.profile.socketSecret,
          transports: [transport],
          headers: { origin: THIRD },
        });
        // Engine.IO answers the handshake 403 before any session exists: the client sees a transport error.
        assert.equal(err.message, transport === 'polling' ? 'xhr poll error' : 'websocket error');
        assert.equal(err.data, undefined);
      });
    }

    it("answers Engine.IO's polling handshake with CORS headers for the second origin, 403 for another", async () => {
      const allowed = await pollingHandshake(server, SECOND);
      assert.equal(allowed.status, 200);
      assert.equal(allowed.headers.get('access-control-allow-origin'), SECOND);
      assert.equal(allowed.headers.get('access-control-allow-credentials'), null);
      await allowed.text();
      const refused = await pollingHandshake(server, THIRD);
      assert.equal(refused.status, 403);
      assert.equal(refused.headers.get('access-control-allow-origin'), null);
      await refused.text();
    });

    it('refuses a /ws upgrade from an origin not listed with 403, and logs why', async () => {
      assert.equal(await wsUpgradeStatus(server, { origin: THIRD }), 403);
      const line = server.logs.lines.find((l) => l.msg === 'upgrade from an origin not allowed');
      assert.equal(line?.origin, THIRD);
    });

    it('opens /ws from the second origin, from the server itself, and with no Origin (not a browser)', async () => {
      assert.equal(await wsUpgradeStatus(server, { origin: SECOND }), 101);
      assert.equal(await wsUpgradeStatus(server, { origin: server.url }), 101);
      assert.equal(await wsUpgradeStatus(server, {}), 101);
    });

    it("connects Socket.IO from the server's own pages (Origin naming its Host)", async () => {
      const { socket } = await connect(server, {
        secret: user.profile.socketSecret,
        transports: ['websocket'],
        headers: { origin: server.url },
      });
      socket.close();
    });
  });

  describe('set to * (any origin)', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ allowedOrigins: '*' });
    });
    after(() => server.close());

    it('answers any preflight with Access-Control-Allow-Origin: *, which browsers never combine with credentials', async () => {
      const res = await preflight(server, THIRD);
      assert.equal(res.status, 204);
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
      assert.equal(res.headers.get('access-control-allow-credentials'), null);
    });

    it("answers Engine.IO's polling handshake from any origin with Access-Control-Allow-Origin: *", async () => {
      const res = await pollingHandshake(server, THIRD);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
      await res.text();
    });

    it('opens /ws from any origin', async () => {
      assert.equal(await wsUpgradeStatus(server, { origin: THIRD }), 101);
    });
  });

  describe('validation at start-up', () => {
    const load = (value: string) => loadConfig({ ALLOWED_ORIGINS: value }).allowedOrigins;

    it('serializes origins as browsers send them', () => {
      assert.deepEqual(load(' https://App.Example:443 , http://localhost:5173,capacitor://localhost'), [
        'https://app.example',
        'http://localhost:5173',
        'capacitor://localhost',
      ]);
      assert.equal(load('*'), '*');
      assert.deepEqual(load(''), []);
    });

    it('names the entry that is not an origin, and suggests the fix', () => {
      assert.throws(() => load('https://ok.example,https://a.example/path'), {
        name: 'Error',
        message:
          'ALLOWED_ORIGINS entry https://a.example/path is not an origin: an origin has no path, query or fragment (did you mean https://a.example?)',
      });
      assert.throws(() => load('a.example'), /ALLOWED_ORIGINS entry a\.example is not an origin/);
      assert.throws(() => load('https://user@a.example'), /no user name/);
    });

    it('refuses * listed with other origins, and empty entries', () => {
      assert.throws(() => load('*,https://a.example'), ConfigError);
      assert.throws(() => load('https://a.example,'), /empty entry/);
    });
  });
});
