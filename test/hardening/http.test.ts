import assert from 'node:assert/strict';
import { once } from 'node:events';
import { type Socket, connect as tcpConnect } from 'node:net';
import type { ErrorReply } from '../../generated/types.js';
import { registerUser, request, uniqueUsername } from '../helpers/http.js';
import { RawClient } from '../helpers/raw.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** A TCP connection to the server that has sent `text` and keeps everything it is answered. */
async function rawHttp(
  server: TestServer,
  text = '',
): Promise<{ socket: Socket; answer: () => string; closed: Promise<void> }> {
  const socket = tcpConnect(server.port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk) => {
    received += chunk.toString();
  });
  socket.on('error', () => {});
  const closed = once(socket, 'close').then(() => undefined);
  await once(socket, 'connect');
  if (text) socket.write(text);
  return { socket, answer: () => received, closed };
}

const login = (server: TestServer, username: string, password: string, forwardedFor?: string) =>
  request<ErrorReply>(server, 'POST', '/api/users/login', {
    body: { username, password },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });

describe('hardening: HTTP', () => {
  describe('security headers', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer();
    });
    after(() => server.close());

    it('sends nosniff, DENY framing and a closed content policy with every API answer, errors included', async () => {
      for (const path of ['/api/health', '/api/nowhere']) {
        const { headers } = await request(server, 'GET', path);
        assert.equal(headers.get('x-content-type-options'), 'nosniff');
        assert.equal(headers.get('x-frame-options'), 'DENY');
        assert.equal(headers.get('referrer-policy'), 'no-referrer');
        assert.match(
          headers.get('content-security-policy') ?? '',
          /^default-src 'none'; frame-ancestors 'none'/,
        );
      }
    });

    it('lets the HTTP docs run their inlined scripts, and nothing from elsewhere', async () => {
      const res = await fetch(`${server.url}/api/docs`);
      await res.arrayBuffer();
      const policy = res.headers.get('content-security-policy') ?? '';
      assert.match(policy, /default-src 'self'/);
      assert.match(policy, /script-src 'self' 'unsafe-inline'; /);
      assert.doesNotMatch(policy, /unsafe-eval/);
      assert.match(policy, /frame-ancestors 'none'/);
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
    });

    it('runs no script at all on the realtime docs and the landing page', async () => {
      for (const route of ['/api/docs/async', '/']) {
        const res = await fetch(`${server.url}${route}`, { headers: { accept: 'text/html' } });
        await res.arrayBuffer();
        const policy = res.headers.get('content-security-policy') ?? '';
        assert.match(policy, /^default-src 'none'; style-src 'unsafe-inline'/, route);
        assert.doesNotMatch(policy, /script-src/, route);
      }
    });
  });

  describe('slow and idle clients', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({
        httpHeadersTimeoutMs: 1000,
        httpRequestTimeoutMs: 2000,
        maxHttpSocketsPerAddress: 5,
      });
    });
    after(() => server.close());

    it('cuts a client that sends its headers a byte at a time, with 408', async () => {
      const client = await rawHttp(server, 'GET /api/health HTTP/1.1\r\n');
      const dribble = setInterval(() => client.socket.write('X'), 200);
      try {
        await client.closed;
      } finally {
        clearInterval(dribble);
      }
      assert.match(client.answer(), /^HTTP\/1\.1 408 /);
    });

    it('cuts a client whose body never ends, with 408', async () => {
      const client = await rawHttp(
        server,
        'POST /api/users/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"username":',
      );
      await client.closed;
      assert.match(client.answer(), /^HTTP\/1\.1 408 /);
    });

    it('answers 503 with the spec’d error past MAX_HTTP_SOCKETS_PER_ADDRESS idle sockets, and serves again once they go', async () => {
      const idle = await Promise.all(Array.from({ length: 5 }, () => rawHttp(server)));
      const refused = await rawHttp(server);
      await refused.closed;
      const [head = '', body = ''] = refused.answer().split('\r\n\r\n');
      assert.match(head, /^HTTP\/1\.1 503 /);
      assert.match(head, /Retry-After: 1/);
      assert.equal((JSON.parse(body) as ErrorReply).error.code, 'UNAVAILABLE');
      for (const c of idle) c.socket.destroy();
      await Promise.all(idle.map((c) => c.closed));
      assert.equal((await request(server, 'GET', '/api/health')).status, 200);
    });

    it('does nothing a refused socket asks for: its request is not served', async () => {
      const idle = await Promise.all(Array.from({ length: 5 }, () => rawHttp(server)));
      const username = uniqueUsername('refused');
      const body = JSON.stringify({ username, password: 'long enough password' });
      const refused = await rawHttp(
        server,
        `POST /api/users/register HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      );
      await refused.closed;
      assert.match(refused.answer(), /^HTTP\/1\.1 503 /);
      for (const c of idle) c.socket.destroy();
      await Promise.all(idle.map((c) => c.closed));
      const login = await request(server, 'POST', '/api/users/login', {
        body: { username, password: 'long enough password' },
      });
      assert.equal(login.status, 401, 'the user was never registered');
    });

    it('does not count sockets that upgraded to a WebSocket against the HTTP caps', async () => {
      const raws = await Promise.all(Array.from({ length: 6 }, () => RawClient.open(server.url)));
      try {
        assert.equal((await request(server, 'GET', '/api/health')).status, 200);
      } finally {
        for (const r of raws) r.close();
      }
    });
  });

  describe('bodies', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer();
    });
    after(() => server.close());

    it('refuses a body that is not valid UTF-8 instead of storing U+FFFD', async () => {
      const res = await fetch(`${server.url}/api/users/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: Buffer.concat([
          Buffer.from('{"username":"ab'),
          Buffer.from([0xff]),
          Buffer.from('c","password":"long enough"}'),
        ]),
      });
      assert.equal(res.status, 400);
      assert.deepEqual(((await res.json()) as ErrorReply).error, {
        code: 'MALFORMED',
        message: 'the body is not valid UTF-8',
        field: 'body',
        requestId: res.headers.get('x-request-id'),
      });
    });

    it('refuses a password with an unpaired surrogate on register and on login, so no two passwords hash alike', async () => {
      const username = uniqueUsername();
      const register = await request<ErrorReply>(server, 'POST', '/api/users/register', {
        body: `{"username":"${username}","password":"\\ud800abcdefgh"}`,
      });
      assert.equal(register.status, 400);
      assert.equal(register.body.error.field, 'body.password');
      const user = await registerUser(server);
      const sameBytes = await login(server, user.profile.username, '\ufffdabcdefgh');
      assert.equal(sameBytes.status, 401);
      const lone = await request<ErrorReply>(server, 'POST', '/api/users/login', {
        body: `{"username":"${user.profile.username}","password":"\\udc00abcdefgh"}`,
      });
      assert.equal(lone.status, 400);
      assert.equal(lone.body.error.field, 'body.password');
    });
  });

  describe('login limits', () => {
    it('keys the address limit on the entry the trusted proxy wrote, not on the client’s own X-Forwarded-For', async () => {
      const server = await startTestServer({ trustProxyHops: 1, authRateLimit: 5, failedLoginLimit: 1000 });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 8; i++)
          statuses.push(
            (await login(server, 'nobody_here', 'wrong password', `10.0.${i}.1, 203.0.113.7`)).status,
          );
        assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429, 429]);
        // Another address, as the proxy saw it, has its own budget.
        assert.equal((await login(server, 'nobody_here', 'wrong password', '203.0.113.8')).status, 401);
      } finally {
        await server.close();
      }
    });

    it('limits failed logins per username whatever the address; successes do not count', async () => {
      const server = await startTestServer({ trustProxyHops: 1, failedLoginLimit: 3 });
      try {
        const user = await registerUser(server);
        for (let i = 0; i < 5; i++)
          assert.equal(
            (await login(server, user.profile.username, user.password, `198.51.100.${i}`)).status,
            200,
          );
        const guesses: number[] = [];
        for (let i = 0; i < 5; i++)
          guesses.push(
            (await login(server, user.profile.username.toUpperCase(), 'wrong password', `198.51.100.${i}`))
              .status,
          );
        assert.deepEqual(guesses, [401, 401, 401, 429, 429]);
        const locked = await login(server, user.profile.username, user.password, '198.51.100.99');
        assert.equal(
          locked.status,
          429,
          'the right password waits too: otherwise a 429 would confirm a guess',
        );
        assert.ok(Number(locked.headers.get('retry-after')) > 0);
        // An unknown username is limited alike, so a refusal does not tell whether the user exists.
        const unknown: number[] = [];
        for (let i = 0; i < 4; i++)
          unknown.push((await login(server, 'ghost_user', 'wrong password', `198.51.100.${i}`)).status);
        assert.deepEqual(unknown, [401, 401, 401, 429]);
      } finally {
        await server.close();
      }
    });
  });
});
