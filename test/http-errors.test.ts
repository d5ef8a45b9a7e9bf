import assert from 'node:assert/strict';
import { request as rawRequest } from 'node:http';
import { connect } from 'node:net';
import { type HttpRoute, httpRoutes } from '../generated/http.js';
import type { ErrorReply } from '../generated/types.js';
import * as V from '../generated/validators/openapi.js';
import { ApiError } from '../src/core/errors.js';
import { registerUser, request, uniqueUsername } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * Streams a body without a Content-Length, 1 KiB at a time, and never ends it: the server can only
 * answer by refusing it part-way. Resolves with the answer and how many bytes had been sent by then.
 */
function endlessUpload(
  server: TestServer,
  path: string,
  contentType = 'application/json',
): Promise<{ status: number; body: ErrorReply; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    const req = rawRequest(
      `${server.url}${path}`,
      { method: 'POST', headers: { 'content-type': contentType, 'transfer-encoding': 'chunked' } },
      (res) => {
        clearInterval(timer);
        const answeredAfter = sent;
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
        });
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as ErrorReply, sent: answeredAfter });
        });
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) =>
      err.code === 'EPIPE' || err.code === 'ECONNRESET' ? undefined : reject(err),
    );
    req.write('{"username": "');
    timer = setInterval(() => {
      if (sent > 10 * 1024 * 1024) {
        clearInterval(timer);
        reject(new Error('the server read 10 MiB without answering'));
      }
      req.write('x'.repeat(1024));
      sent += 1024;
    }, 1);
  });
}

/**
 * Uploads an endless chunked body as fast as the socket takes it and never stops, whatever the server
 * answers. Resolves when the server closes the connection, with what it answered and how much was sent.
 */
function relentlessUpload(server: TestServer, path: string): Promise<{ answer: string; sent: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
    let answer = '';
    let sent = 0;
    const chunk = `10000\r\n${'x'.repeat(0x10000)}\r\n`;
    const pump = () => {
      while (!socket.destroyed && socket.write(chunk)) sent += chunk.length;
    };
    socket.on('data', (c: Buffer) => {
      answer += c.toString('latin1');
    });
    socket.on('drain', pump);
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ answer, sent }));
    socket.setTimeout(15_000, () => reject(new Error(`still open after ${sent} bytes`)));
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
    );
    pump();
  });
}

/** Starts an upload that promises more bytes than it sends, then hangs up. */
function abandonedUpload(server: TestServer, path: string): Promise<void> {
  return new Promise((resolve) => {
    const req = rawRequest(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '1000' },
    });
    req.on('error', () => resolve());
    req.write('{"username": "ad', () => setTimeout(() => req.destroy(), 50));
    req.on('close', () => resolve());
  });
}

const route = (
  operationId: string,
  handler: HttpRoute['handler'],
  responses: [number | 'default', (typeof V)[keyof typeof V] | null][],
): HttpRoute => ({
  operationId,
  method: 'get',
  path: `/api/test/${operationId}`,
  routerPath: `/api/test/${operationId}`,
  auth: 'none',
  body: undefined,
  validatePath: undefined,
  validateQuery: undefined,
  parameters: new Map(),
  responses: new Map(responses),
  handler,
});

// Operations that exist only in this test, to reach server paths no spec'd operation takes on purpose.
const testRoutes: HttpRoute[] = [
  ...httpRoutes,
  route('throwsInternally', async () => {
    throw new Error('database password is hunter2');
  }, [['default', V.ErrorReply]]),
  route('answersOffSpec', async () => ({ status: 200, body: { status: 'fine' } }), [
    [200, V.Health],
    ['default', V.ErrorReply],
  ]),
  route('answersUndeclaredStatus', async () => ({ status: 202, body: { status: 'ok' } }), [
    [200, V.Health],
    ['default', V.ErrorReply],
  ]),
  route('throwsUndeclaredError', async () => {
    throw new ApiError('CONFLICT', 'declared nowhere');
  }, [[200, V.Health]]),
];

// The operator's token (METRICS_TOKEN), which shows health's details.
const OPERATOR_TOKEN = 'operator-token-of-http-errors';

describe('HTTP errors', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer(
      { maxHttpBodyBytes: 2048, metricsToken: OPERATOR_TOKEN },
      { routes: testRoutes },
    );
  });
  after(() => server.close());

  it('answers malformed JSON with MALFORMED', async () => {
    const res = await request<ErrorReply>(server, 'POST', '/api/users/login', {
      body: '{"username": "ada",',
    });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'MALFORMED');
    assert.equal(res.body.error.field, 'body');
  });

  it('answers a body that is not JSON with 415', async () => {
    const res = await request<ErrorReply>(server, 'POST', '/api/users/login', {
      body: 'username=ada',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(res.status, 415);
    assert.deepEqual(res.body.error, {
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'the body must be application/json, not application/x-www-form-urlencoded',
      field: 'header.content-type',
    });
  });

  it('answers a JSON body in another charset with 415', async () => {
    const res = await request<ErrorReply>(server, 'POST', '/api/users/login', {
      body: '{}',
      headers: { 'content-type': 'application/json; charset=latin1' },
    });
    assert.equal(res.status, 415);
  });

  it('answers a missing body with BAD_INPUT', async () => {
    const res = await request<ErrorReply>(server, 'POST', '/api/users/login');
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.error, {
      code: 'BAD_INPUT',
      message: 'a JSON body is required',
      field: 'body',
    });
  });

  it('answers a body over the limit with 413, by its Content-Length', async () => {
    const res = await request<ErrorReply>(server, 'POST', '/api/users/register', {
      body: { username: 'x'.repeat(4000), password: 'long enough' },
    });
    assert.equal(res.status, 413);
    assert.equal(res.body.error.code, 'PAYLOAD_TOO_LARGE');
  });

  it('answers a chunked body over the limit with 413 as soon as it passes the limit', async () => {
    const res = await endlessUpload(server, '/api/users/register');
    assert.equal(res.status, 413);
    assert.equal(res.body.error.code, 'PAYLOAD_TOO_LARGE');
    assert.ok(res.sent < 1024 * 1024, `answered after ${res.sent} bytes of an endless body (limit 2048)`);
  });

  it('answers an endless upload of the wrong type with 415, which the client gets to read', async () => {
    const res = await endlessUpload(server, '/api/users/register', 'text/plain');
    assert.equal(res.status, 415);
    assert.equal(res.body.error.code, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('closes the connection of a client that keeps uploading after it was refused', async () => {
    const { answer, sent } = await relentlessUpload(server, '/api/users/register');
    assert.match(answer, /^HTTP\/1\.1 413 /);
    assert.match(answer, /\r\nconnection: close\r\n/i);
    // The server reads on after its answer only so that the client can read it: about 1 MiB, then it closes.
    assert.ok(sent < 32 * 1024 * 1024, `the server read ${sent} bytes before closing`);
  });

  it('does not log a client that hangs up mid-upload as a server error', async () => {
    const before = server.logs.lines.length;
    await abandonedUpload(server, '/api/users/login');
    // The server is done with the request once it logs its answer; errors about it come before that.
    await server.logs.waitFor((l) => l.msg === 'request' && l.path === '/api/users/login', before);
    const errors = server.logs.lines.slice(before).filter((l) => l.level >= 50);
    assert.deepEqual(errors, []);
  });

  it('keeps client text in error messages within the spec’s bounds', async () => {
    const longPath = await request<ErrorReply>(server, 'GET', `/api/${'x'.repeat(5000)}`);
    assert.equal(longPath.status, 404);
    assert.ok(V.ErrorReply(longPath.body));
    const longType = await request<ErrorReply>(server, 'POST', '/api/users/login', {
      body: '{}',
      headers: { 'content-type': `text/${'y'.repeat(3000)}` },
    });
    assert.equal(longType.status, 415);
    assert.ok(V.ErrorReply(longType.body));
  });

  it('answers an unknown method on an unknown path with 404, on a known path with 405', async () => {
    assert.equal((await request(server, 'PROPFIND', '/api/nope')).status, 404);
    const known = await request<ErrorReply>(server, 'PROPFIND', '/api/users/me');
    assert.equal(known.status, 405);
    assert.equal(known.body.error.code, 'METHOD_NOT_ALLOWED');
  });

  it('answers OPTIONS with 204 and the allowed methods', async () => {
    const res = await request(server, 'OPTIONS', '/api/users/me');
    assert.equal(res.status, 204);
    assert.match(res.headers.get('allow') ?? '', /GET/);
  });

  it('answers an unknown path with NOT_FOUND', async () => {
    const res = await request<ErrorReply>(server, 'GET', '/api/no/such/thing');
    assert.equal(res.status, 404);
    assert.equal(res.body.error.code, 'NOT_FOUND');
  });

  it('answers a known path with the wrong method with 405 and an Allow header', async () => {
    const res = await request<ErrorReply>(server, 'DELETE', '/api/users/me');
    assert.equal(res.status, 405);
    assert.equal(res.body.error.code, 'METHOD_NOT_ALLOWED');
    assert.match(res.headers.get('allow') ?? '', /GET/);
  });

  it('answers a path the spec names exactly with 405 for its other methods, not as a neighbouring route’s parameter', async () => {
    // GET /api/users/{userId} would otherwise take `login` as a user id (and ask for a session first).
    for (const [method, path, allow] of [
      ['GET', '/api/users/login', 'POST'],
      ['GET', '/api/users/register', 'POST'],
      ['DELETE', '/api/users/logout', 'POST'],
      ['POST', '/api/users/me', 'GET, HEAD'],
    ] as const) {
      const res = await request<ErrorReply>(server, method, path);
      assert.equal(res.status, 405, `${method} ${path}`);
      assert.equal(res.body.error.code, 'METHOD_NOT_ALLOWED');
      assert.equal(res.headers.get('allow'), allow, `${method} ${path}`);
    }
    // Its own methods, HEAD with GET, and the routes with parameters are served as before.
    assert.equal((await request(server, 'HEAD', '/api/health')).status, 200);
    const user = await registerUser(server);
    const parameter = await request<ErrorReply>(server, 'GET', '/api/users/not-a-uuid', {
      token: user.token,
    });
    assert.equal(parameter.status, 400);
  });

  it('answers a handler that throws with INTERNAL, logs it, and leaks nothing', async () => {
    const res = await request<ErrorReply>(server, 'GET', '/api/test/throwsInternally');
    assert.equal(res.status, 500);
    assert.deepEqual(res.body, { error: { code: 'INTERNAL', message: 'internal server error' } });
    const logged = server.logs.lines.find(
      (l) => l.msg === 'request failed' && l.operationId === 'throwsInternally',
    );
    assert.ok(logged, 'the failure is logged');
    assert.match(JSON.stringify(logged), /hunter2/, 'the log keeps the detail for the operator');
    assert.equal(logged.level, 50);
  });

  it('answers INTERNAL instead of a response that violates the spec (outbound validation)', async () => {
    const offSpec = await request<ErrorReply>(server, 'GET', '/api/test/answersOffSpec');
    assert.equal(offSpec.status, 500);
    assert.equal(offSpec.body.error.code, 'INTERNAL');
    const undeclared = await request<ErrorReply>(server, 'GET', '/api/test/answersUndeclaredStatus');
    assert.equal(undeclared.status, 500);
    const undeclaredError = await request<ErrorReply>(server, 'GET', '/api/test/throwsUndeclaredError');
    assert.equal(undeclaredError.status, 500);
    assert.ok(
      server.logs.lines.some(
        (l) => l.msg === 'outbound message violates the spec' && l.operationId === 'answersOffSpec',
      ),
    );
    // 202 is not declared, so the `default` response (an ErrorReply) is what it must match, and does not.
    assert.ok(
      server.logs.lines.some(
        (l) => l.msg === 'outbound message violates the spec' && l.operationId === 'answersUndeclaredStatus',
      ),
    );
    assert.ok(
      server.logs.lines.some(
        (l) =>
          l.msg === 'error status is not in the spec for this route' &&
          l.operationId === 'throwsUndeclaredError',
      ),
    );
  });

  it('never answers 500 to bad input', async () => {
    const bodies = [
      '',
      'null',
      '"text"',
      '12',
      '[]',
      '{"username": null}',
      '{"__proto__": {"admin": true}}',
      '\u0000',
      '{"username":"ada","password":"x"}'.repeat(10),
    ];
    for (const body of bodies) {
      for (const path of ['/api/users/register', '/api/users/login']) {
        const res = await request<ErrorReply>(server, 'POST', path, {
          body,
          headers: { 'content-type': 'application/json' },
        });
        assert.ok(
          res.status >= 400 && res.status < 500,
          `${path} ${JSON.stringify(body)} answered ${res.status}`,
        );
        assert.ok(res.body.error.code, 'with a spec’d error body');
      }
    }
    const registered = await request(server, 'POST', '/api/users/register', {
      body: { username: uniqueUsername(), password: 'still works fine' },
    });
    assert.equal(registered.status, 201, 'and the server still works');
  });

  it('reports health with the database kind, to the operator', async () => {
    const res = await request<{ status: string; database: { kind: string; ok: boolean } }>(
      server,
      'GET',
      '/api/health',
      { token: OPERATOR_TOKEN },
    );
    assert.equal(res.status, 200);
    assert.equal(res.body.status, 'ok');
    assert.equal(res.body.database.kind, server.database.kind);
    assert.equal(res.body.database.ok, true);
  });
});

describe('when the database is gone', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ healthDetails: 'public' });
    await server.database.db.destroy();
  });
  after(() => server.close().catch(() => {}));

  it('reports health 503 with status unavailable', async () => {
    const res = await request<{ status: string; database: { ok: boolean } }>(server, 'GET', '/api/health');
    assert.equal(res.status, 503);
    assert.equal(res.body.status, 'unavailable');
    assert.equal(res.body.database.ok, false);
  });

  it('answers requests that need it with UNAVAILABLE and Retry-After, logged as a warning', async () => {
    const res = await request<ErrorReply>(server, 'POST', '/api/users/login', {
      body: { username: 'someone', password: 'long enough' },
    });
    assert.equal(res.status, 503);
    assert.equal(res.body.error.code, 'UNAVAILABLE');
    assert.equal(res.headers.get('retry-after'), '5');
    assert.ok(server.logs.lines.some((l) => l.msg === 'database unavailable' && l.level === 40));
  });
});

describe('when the database refuses writes', () => {
  it('answers with a server error and logs no secret, hash or value of the failed query', async () => {
    const server = await startTestServer();
    try {
      const user = await registerUser(server);
      // SQLite: a read-only connection (UNAVAILABLE). PostgreSQL: a constraint every new or changed row
      // fails, whose error detail quotes the whole row, secrets included (INTERNAL).
      if (server.database.kind === 'sqlite') await server.database.db.raw('PRAGMA query_only = ON');
      else
        for (const table of ['users', 'sessions'])
          await server.database.db.raw(
            `ALTER TABLE ${table} ADD CONSTRAINT refuse_all CHECK (false) NOT VALID`,
          );
      const expected = server.database.kind === 'sqlite' ? 503 : 500;
      const rotate = await request<ErrorReply>(server, 'POST', '/api/users/me/socket-secret', {
        token: user.token,
      });
      const password = 'a password that must not be logged';
      const register = await request<ErrorReply>(server, 'POST', '/api/users/register', {
        body: { username: uniqueUsername(), password },
      });
      assert.equal(rotate.status, expected);
      assert.equal(register.status, expected);
      assert.ok(
        server.logs.lines.some((l) => l.level >= 40 && l.err),
        'the failure is logged',
      );
      const logs = server.logs.text();
      assert.ok(!logs.includes(password));
      assert.ok(!/scrypt\$/.test(logs), 'no password hash in the logs');
      assert.ok(
        !/[A-Za-z0-9_-]{43}/.test(logs.replace(/"(?:id|userId|connectionId)":"[^"]*"/g, '')),
        'no token or secret in the logs',
      );
    } finally {
      await server.close();
    }
  });
});

describe('HTTP errors with outbound validation off (production)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ outboundValidation: false, maxHttpBodyBytes: 2048 });
  });
  after(() => server.close());

  it('still answers every refusal with a body that matches the spec', async () => {
    const answers = [
      await request(server, 'GET', `/api/${'x'.repeat(5000)}`),
      await request(server, 'POST', '/api/users/login', {
        body: '{}',
        headers: { 'content-type': `text/${'y'.repeat(3000)}` },
      }),
      await request(server, 'POST', '/api/users/login', { body: '{"username":' }),
      await request(server, 'POST', '/api/users/register', {
        body: { username: 'x'.repeat(4000), password: 'long enough' },
      }),
      await request(server, 'POST', '/api/users/register', {
        body: { username: 'ok_name', password: 'short' },
      }),
      await request(server, 'GET', '/api/users/me', { token: 'nope' }),
      await request(server, 'DELETE', '/api/users/me'),
    ];
    for (const res of answers) {
      assert.ok(res.status >= 400 && res.status < 500, `status ${res.status}`);
      assert.ok(V.ErrorReply(res.body), JSON.stringify(V.ErrorReply.errors));
    }
  });
});

describe('login and registration limits', () => {
  it('answers RATE_LIMITED with Retry-After past AUTH_RATE_LIMIT attempts from one address', async () => {
    const server = await startTestServer({ authRateLimit: 3 });
    try {
      const attempt = () =>
        request<ErrorReply>(server, 'POST', '/api/users/login', {
          body: { username: 'nobody_here', password: 'wrong password' },
        });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await attempt()).status);
      assert.deepEqual(statuses, [401, 401, 401, 429]);
      const limited = await attempt();
      assert.equal(limited.status, 429);
      assert.equal(limited.body.error.code, 'RATE_LIMITED');
      assert.ok((limited.body.error.retryAfterSeconds ?? 0) >= 1);
      assert.equal(limited.headers.get('retry-after'), String(limited.body.error.retryAfterSeconds));
      const registering = await request<ErrorReply>(server, 'POST', '/api/users/register', {
        body: { username: uniqueUsername(), password: 'long enough' },
      });
      assert.equal(registering.status, 429, 'registration shares the limit');
      assert.equal(
        (await request(server, 'GET', '/api/health')).status,
        200,
        'other requests are not limited',
      );
    } finally {
      await server.close();
    }
  });

  it('counts users an owner adds toward AUTH_RATE_LIMIT, and refuses a taken username with CONFLICT', async () => {
    const server = await startTestServer({ authRateLimit: 3 });
    try {
      const owner = await registerUser(server);
      const add = (username: string) =>
        request<ErrorReply>(server, 'POST', '/api/accounts/me/users', {
          token: owner.token,
          body: { username, password: 'long enough password' },
        });
      const taken = await add(owner.profile.username);
      assert.deepEqual(
        [taken.status, taken.body.error.code, taken.body.error.field],
        [409, 'CONFLICT', 'body.username'],
      );
      assert.equal((await add(uniqueUsername())).status, 201);
      const limited = await add(uniqueUsername());
      assert.deepEqual([limited.status, limited.body.error.code], [429, 'RATE_LIMITED']);
      assert.equal(limited.headers.get('retry-after'), String(limited.body.error.retryAfterSeconds));
    } finally {
      await server.close();
    }
  });

  it('sheds logins past the hashing queue with UNAVAILABLE instead of stalling every request', async () => {
    // The production cost: the queue fills only while a hash takes longer than the flood takes to arrive.
    const server = await startTestServer({ passwordHashConcurrency: 1, passwordHashCost: 15 });
    try {
      // Sixty usernames: one would meet FAILED_LOGIN_LIMIT before the hashing queue.
      const flood = Array.from({ length: 60 }, (_, i) =>
        request<ErrorReply>(server, 'POST', '/api/users/login', {
          body: { username: `nobody_here_${i}`, password: 'wrong password' },
        }),
      );
      const health = await request(server, 'GET', '/api/health');
      const answers = await Promise.all(flood);
      assert.equal(health.status, 200, 'health answered during the flood');
      const shed = answers.filter((a) => a.status === 503);
      // How many are shed depends on how fast the 60 arrive; with 1 hashing and 32 waiting, some must be.
      assert.ok(shed.length >= 1, `${shed.length} of 60 shed`);
      assert.deepEqual(shed[0]?.body.error, {
        code: 'UNAVAILABLE',
        message: 'the server is busy with other logins; try again shortly',
        retryAfterSeconds: 1,
      });
      assert.ok(answers.every((a) => a.status === 401 || a.status === 503));
    } finally {
      await server.close();
    }
  });
});
