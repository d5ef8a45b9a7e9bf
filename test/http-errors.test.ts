import assert from 'node:assert/strict';
import { request as rawRequest } from 'node:http';
import { type HttpRoute, httpRoutes } from '../generated/http.js';
import type { ErrorReply } from '../generated/types.js';
import * as V from '../generated/validators/openapi.js';
import { ApiError } from '../src/core/errors.js';
import { request, uniqueUsername } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/** Sends a body in chunks without a Content-Length, as a client streaming an upload would. */
function chunkedPost(
  server: TestServer,
  path: string,
  chunks: string[],
): Promise<{ status: number; body: ErrorReply }> {
  return new Promise((resolve, reject) => {
    const req = rawRequest(
      `${server.url}${path}`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as ErrorReply }));
      },
    );
    req.on('error', (err) =>
      err.message.includes('EPIPE') || err.message.includes('ECONNRESET') ? undefined : reject(err),
    );
    for (const c of chunks) req.write(c);
    req.end();
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
  responses: new Map(responses),
  handler,
});

// Operations that exist only in this test, to reach server paths no spec'd operation takes on purpose.
const testRoutes: HttpRoute[] = [
  ...httpRoutes,
  route('throwsInternally', async () => {
    throw new Error('database password is hunter2');
  }, [['default', V.ErrorReply]]),
  route('answersOffSpec', async () => ({ status: 200, body: { status: 'ok' } }), [
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

describe('HTTP errors', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ maxHttpBodyBytes: 2048 }, { routes: testRoutes });
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

  it('answers a chunked body over the limit with 413 without reading all of it', async () => {
    const res = await chunkedPost(server, '/api/users/register', [
      '{"username": "',
      'x'.repeat(1500),
      'x'.repeat(1500),
      'x'.repeat(100_000),
      '"}',
    ]);
    assert.equal(res.status, 413);
    assert.equal(res.body.error.code, 'PAYLOAD_TOO_LARGE');
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

  it('reports health with the database kind', async () => {
    const res = await request<{ status: string; database: { kind: string; ok: boolean } }>(
      server,
      'GET',
      '/api/health',
    );
    assert.equal(res.status, 200);
    assert.equal(res.body.status, 'ok');
    assert.equal(res.body.database.kind, server.database.kind);
    assert.equal(res.body.database.ok, true);
  });
});

describe('health when the database is gone', () => {
  it('answers 503 with status unavailable', async () => {
    const server = await startTestServer();
    try {
      await server.database.db.destroy();
      const res = await request<{ status: string; database: { ok: boolean } }>(server, 'GET', '/api/health');
      assert.equal(res.status, 503);
      assert.equal(res.body.status, 'unavailable');
      assert.equal(res.body.database.ok, false);
    } finally {
      await server.close().catch(() => {});
    }
  });
});
