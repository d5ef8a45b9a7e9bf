import assert from 'node:assert/strict';
import type { HttpOperation } from '../../scripts/mock/http-operations.js';
import type { SchemaPointer } from '../../scripts/mock/schema-validators.js';
import {
  assertMatches,
  exampleOf,
  httpOperations,
  httpSchemas,
  session,
  specs,
  useMock,
} from './mock-fixture.js';

/** A request to `op` built from the spec alone: path parameters and body from its examples. */
function validRequest(op: HttpOperation, token: string | undefined): { path: string; init: RequestInit } {
  let path = op.path;
  for (const p of op.pathParameters)
    path = path.replace(`{${p.name}}`, encodeURIComponent(String(exampleOf(p.schema))));
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const init: RequestInit = { method: op.method, headers };
  if (op.body) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(exampleOf(op.body.schema));
  }
  return { path, init };
}

/** Checks a response against the operation's declared responses: status, content type and body schema. */
async function assertDeclared(op: HttpOperation, res: Response): Promise<unknown> {
  const declared = op.responses.get(res.status);
  assert.ok(declared, `${op.operationId} answered ${res.status}, which it does not declare`);
  const text = await res.text();
  if (declared.media.size === 0) {
    assert.equal(text, '', `${op.operationId} ${res.status} declares no body`);
    return undefined;
  }
  const type = (res.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  assert.ok(declared.media.has(type), `${op.operationId} ${res.status} answered ${type}, not declared`);
  const schema = declared.media.get(type) as SchemaPointer;
  const body = /json/.test(type) ? JSON.parse(text) : type === 'application/yaml' ? text : text;
  assertMatches(httpSchemas, schema, body, `${op.operationId} ${res.status}`);
  return body;
}

/** A path parameter value its schema refuses, found among a few candidates. */
function invalidParameter(schema: SchemaPointer): string {
  for (const candidate of ['not valid!', 'x'.repeat(600), '-1'])
    if (httpSchemas.checkParameters('path', [{ name: 'p', schema, required: true }], { p: candidate }))
      return candidate;
  throw new Error(`no refused value found for ${schema}`);
}

// The spec's example session token: well-formed, but no session of the mock's.
const exampleToken = String(exampleOf('#/components/schemas/Session/properties/token'));

describe('mock server: HTTP', () => {
  const ctx = useMock();
  let token: string;
  before(async () => {
    ({ token } = await session(ctx.mock));
  });

  it('answers every operation with its first declared 2xx, valid against the spec', async () => {
    for (const op of httpOperations) {
      // Logout and sign-out everywhere end the session: each gets its own.
      const own = op.secured
        ? op.operationId.match(/logout|revoke/i)
          ? (await session(ctx.mock)).token
          : token
        : undefined;
      const { path, init } = validRequest(op, own);
      const res = await fetch(`${ctx.mock.url}${path}`, init);
      assert.equal(res.status, op.success.status, `${op.operationId}: ${res.status}`);
      await assertDeclared(op, res);
    }
  });

  it('answers in the media type Accept prefers, among those declared', async () => {
    const landing = httpOperations.find((o) => o.operationId === 'getLanding');
    assert.ok(landing && landing.success.media.length > 1, 'getLanding declares one media type');
    for (const [accept, type] of [
      ['text/html,application/xhtml+xml,*/*;q=0.8', 'text/html'],
      ['application/json', 'application/json'],
      ['*/*', 'application/json'],
    ] as const) {
      const res = await fetch(`${ctx.mock.url}${landing.path}`, { headers: { accept } });
      assert.equal(res.headers.get('content-type')?.split(';')[0], type, accept);
      await assertDeclared(landing, res);
    }
  });

  it('serves the real bundled documents at /api/spec/*', async () => {
    const json = await fetch(`${ctx.mock.url}/api/spec/asyncapi.json`);
    assert.match(json.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(await json.json(), specs.asyncapi.doc);
    const yaml = await fetch(`${ctx.mock.url}/api/spec/openapi.yaml`);
    assert.match(yaml.headers.get('content-type') ?? '', /^application\/yaml/);
    assert.equal(await yaml.text(), specs.openapi.yaml);
  });

  it('refuses a secured operation without a token, or with one it did not issue, with 401', async () => {
    for (const op of httpOperations.filter((o) => o.secured)) {
      for (const bearer of [undefined, 'not-a-token-the-mock-issued', exampleToken]) {
        const { path, init } = validRequest(op, bearer);
        const res = await fetch(`${ctx.mock.url}${path}`, init);
        assert.equal(res.status, 401, `${op.operationId} with ${bearer ?? 'no token'}`);
        const body = (await assertDeclared(op, res)) as { error: { code: string; field: string } };
        assert.equal(body.error.code, 'UNAUTHENTICATED');
        assert.equal(body.error.field, 'header.authorization');
      }
    }
  });

  it('refuses an invalid path parameter, query parameter or body with a declared 4xx naming the field', async () => {
    let refused = 0;
    for (const op of httpOperations) {
      const bad: { path: string; init: RequestInit; field: RegExp }[] = [];
      const base = validRequest(op, op.secured ? token : undefined);
      for (const p of op.pathParameters)
        bad.push({
          ...base,
          path: base.path.replace(
            encodeURIComponent(String(exampleOf(p.schema))),
            encodeURIComponent(invalidParameter(p.schema)),
          ),
          field: new RegExp(`^path\\.${p.name}`),
        });
      const query = op.queryParameters[0];
      if (query)
        bad.push({
          ...base,
          path: `${base.path}?${query.name}=${'x'.repeat(600)}`,
          field: new RegExp(`^query\\.${query.name}`),
        });
      if (op.body) {
        bad.push({ ...base, init: { ...base.init, body: '42' }, field: /^body/ });
        bad.push({ ...base, init: { ...base.init, body: '{"unterminated' }, field: /^body$/ });
        bad.push({
          ...base,
          init: {
            ...base.init,
            body: 'a=1',
            headers: { ...base.init.headers, 'content-type': 'text/plain' },
          },
          field: /^header\.content-type$/,
        });
      }
      for (const request of bad) {
        const res = await fetch(`${ctx.mock.url}${request.path}`, request.init);
        assert.ok(res.status >= 400 && res.status < 500, `${op.operationId} ${request.path}: ${res.status}`);
        const body = (await assertDeclared(op, res)) as { error: { code: string; field: string } };
        assert.match(body.error.field, request.field, `${op.operationId}: ${JSON.stringify(body)}`);
        refused++;
      }
    }
    assert.ok(refused > 30, `only ${refused} invalid requests were tried`);
  });

  it('refuses a body over 64 KiB with 413 PAYLOAD_TOO_LARGE', async () => {
    const op = httpOperations.find((o) => o.operationId === 'registerUser');
    assert.ok(op);
    const res = await fetch(`${ctx.mock.url}${op.path}`, {
      method: op.method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'ada', password: 'x'.repeat(70_000) }),
    });
    assert.equal(res.status, 413);
    assert.equal(
      ((await assertDeclared(op, res)) as { error: { code: string } }).error.code,
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('answers 404 for a path no operation has and 405 for a method a path lacks', async () => {
    const missing = await fetch(`${ctx.mock.url}/api/no-such-route`);
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'NOT_FOUND');
    const wrong = await fetch(`${ctx.mock.url}/api/health`, { method: 'DELETE' });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'GET');
    assert.equal(((await wrong.json()) as { error: { code: string } }).error.code, 'METHOD_NOT_ALLOWED');
  });

  it('ends a session at logout: its token is then refused', async () => {
    const own = await session(ctx.mock);
    const headers = { authorization: `Bearer ${own.token}` };
    assert.equal((await fetch(`${ctx.mock.url}/api/users/me`, { headers })).status, 200);
    assert.equal((await fetch(`${ctx.mock.url}/api/users/logout`, { method: 'POST', headers })).status, 204);
    assert.equal((await fetch(`${ctx.mock.url}/api/users/me`, { headers })).status, 401);
  });
});
