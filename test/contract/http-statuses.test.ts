import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { type HttpRoute, httpRoutes, type OperationRoute } from '../../generated/http.js';
import type { ErrorReply } from '../../generated/types.js';
import { registerUser, request, type TestUser } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * The statuses every HTTP operation declares for input it refuses before its handler runs (401, 400, 413,
 * 415) and for a database that does not answer (503), one table-driven test per status over the generated
 * route table: a route added to the spec is checked without a line here.
 */

// A valid value for each path parameter the spec uses; a new one fails `pathOf` until it is added here.
const VALID_PARAMS: Record<string, () => string> = {
  userId: () => randomUUID(),
  id: () => randomUUID(),
  repo: () => 'tasks_760_',
  room: () => 'general',
  name: () => 'server-time',
};

/** The route's path with every parameter filled in: valid values, or `invalid` for each. */
function pathOf(route: OperationRoute, invalid?: string): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const valid = VALID_PARAMS[name];
    if (!valid) throw new Error(`${route.operationId}: no sample value for the path parameter ${name}`);
    return encodeURIComponent(invalid ?? valid());
  });
}

const METHOD = (route: OperationRoute) => route.method.toUpperCase();
const declares = (route: OperationRoute, status: number) => route.responses.has(status);
const secured = httpRoutes.filter((r) => r.auth === 'session');
const withBody = httpRoutes.filter((r) => r.body !== undefined);

/** A request body the route's schema accepts in shape (an object), for the routes that take one. */
const credentials = { username: 'someone', password: 'long enough password' };

function assertRefused(
  route: HttpRoute,
  res: { status: number; body: unknown },
  status: number,
  code: string,
) {
  assert.equal(res.status, status, `${METHOD(route)} ${route.path}: ${JSON.stringify(res.body)}`);
  assert.equal((res.body as ErrorReply).error.code, code, `${METHOD(route)} ${route.path}`);
}

describe('HTTP statuses every operation declares', () => {
  const MAX_BODY = 1024;
  let server: TestServer;
  let user: TestUser;
  before(async () => {
    server = await startTestServer({ maxHttpBodyBytes: MAX_BODY });
    user = await registerUser(server);
  });
  after(() => server.close());

  it('declares 401 on every operation that needs a session, and 400, 413 and 415 where it reads input', () => {
    for (const route of secured) assert.ok(declares(route, 401), `${route.operationId} declares no 401`);
    for (const route of withBody) {
      for (const status of [400, 413, 415])
        assert.ok(declares(route, status), `${route.operationId}: ${status}`);
    }
  });

  it('answers 401 UNAUTHENTICATED, with WWW-Authenticate, to every secured operation without a session', async () => {
    for (const route of secured) {
      const res = await request(server, METHOD(route), pathOf(route));
      assertRefused(route, res, 401, 'UNAUTHENTICATED');
      assert.equal(res.headers.get('www-authenticate'), 'Bearer');
      const unknown = await request(server, METHOD(route), pathOf(route), { token: 'no-such-session' });
      assertRefused(route, unknown, 401, 'UNAUTHENTICATED');
    }
  });

  it('answers 400 BAD_INPUT to every operation given a path parameter, query or body its schema refuses', async () => {
    for (const route of httpRoutes.filter((r) => r.validatePath)) {
      const res = await request(server, METHOD(route), pathOf(route, 'x'.repeat(300)), { token: user.token });
      assertRefused(route, res, 400, 'BAD_INPUT');
      assert.match(String((res.body as ErrorReply).error.field), /^path\./);
    }
    for (const route of httpRoutes.filter((r) => r.validateQuery)) {
      const res = await request(server, METHOD(route), `${pathOf(route)}?unknownParameter=1`, {
        token: user.token,
      });
      assertRefused(route, res, 400, 'BAD_INPUT');
      assert.equal((res.body as ErrorReply).error.field, 'query.unknownParameter');
    }
    for (const route of withBody) {
      const res = await request(server, METHOD(route), pathOf(route), {
        token: user.token,
        body: [credentials],
      });
      assertRefused(route, res, 400, 'BAD_INPUT');
      assert.match(String((res.body as ErrorReply).error.field), /^body/);
    }
  });

  it('answers 415 to every operation that reads a body, given one that is not JSON', async () => {
    for (const route of withBody) {
      const res = await request(server, METHOD(route), pathOf(route), {
        token: user.token,
        body: 'username=someone',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      assertRefused(route, res, 415, 'UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('answers 413 to every operation that reads a body, given one over MAX_HTTP_BODY_BYTES', async () => {
    for (const route of withBody) {
      const res = await request(server, METHOD(route), pathOf(route), {
        token: user.token,
        body: { ...credentials, padding: 'x'.repeat(MAX_BODY) },
      });
      assertRefused(route, res, 413, 'PAYLOAD_TOO_LARGE');
    }
  });
});

describe('HTTP statuses when the database does not answer', () => {
  let server: TestServer;
  let user: TestUser;
  before(async () => {
    server = await startTestServer();
    user = await registerUser(server);
    await server.database.db.destroy();
  });
  after(() => server.close().catch(() => {}));

  it('answers 503 to every operation that declares it, UNAVAILABLE with Retry-After where it is an error', async () => {
    // Every operation with a handler; the builtins (docs pages) declare 503 for docs not built (test/docs.test.ts).
    const needDatabase = httpRoutes.filter((r) => declares(r, 503));
    assert.ok(needDatabase.length > 20, 'the route table has the spec’s operations');
    for (const route of needDatabase) {
      const res = await request(server, METHOD(route), pathOf(route), {
        token: user.token,
        ...(route.body
          ? { body: route.operationId === 'createDocument' ? { title: 'a' } : credentials }
          : {}),
      });
      // Liveness checks nothing but the process: its 503 is the shutdown's (test/hardening/shutdown.test.ts).
      if (route.operationId === 'getLiveness') {
        assert.equal(res.status, 200, 'liveness does not depend on the database');
        continue;
      }
      assert.equal(res.status, 503, `${METHOD(route)} ${route.path}: ${JSON.stringify(res.body)}`);
      // GET /api/health and /api/health/ready answer their own report ({status: 'unavailable'}); the
      // others the spec'd error.
      if (route.operationId === 'getHealth' || route.operationId === 'getReadiness') continue;
      assertRefused(route, res, 503, 'UNAVAILABLE');
      assert.equal(res.headers.get('retry-after'), '5', route.operationId);
    }
  });

  it('refuses an event stream with 503 before it opens, as the session cannot be read', async () => {
    const res = await request<ErrorReply>(server, 'GET', '/api/events', { token: user.token });
    assert.equal(res.status, 503);
    assert.equal(res.body.error.code, 'UNAVAILABLE');
  });
});
