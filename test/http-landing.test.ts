import assert from 'node:assert/strict';
import { Landing } from '../generated/validators/openapi.js';
import { startTestServer, type TestServer } from './helpers/server.js';

describe('landing page at /', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.close());

  it('gives a browser a self-contained HTML page with the version and every link', async () => {
    const res = await fetch(`${server.url}/`, { headers: { accept: 'text/html,*/*;q=0.8' } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(res.headers.get('vary') ?? '', /Accept/i);
    assert.equal(
      res.headers.get('content-security-policy'),
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
    const html = await res.text();
    assert.ok(html.includes(server.config.serverVersion));
    assert.ok(!/<script|https?:\/\//i.test(html), 'no script and no absolute URL');
    for (const href of [
      '/api/docs',
      '/api/docs/async',
      '/api/spec/openapi.yaml',
      '/api/spec/asyncapi.json',
      '/api/health',
    ])
      assert.ok(html.includes(`href="${href}"`), href);
  });

  it('gives any other client the same facts as JSON that matches the spec', async () => {
    for (const accept of ['application/json', '*/*', undefined]) {
      const res = await fetch(`${server.url}/`, { headers: accept ? { accept } : {} });
      assert.equal(res.status, 200, String(accept));
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      const body = await res.json();
      assert.ok(Landing(body), JSON.stringify(Landing.errors));
      assert.equal(body.version, server.config.serverVersion);
      assert.equal(body.links.httpDocs.href, '/api/docs');
    }
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await fetch(`${server.url}/`, { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.equal(await res.text(), '');
  });

  it('answers another method with METHOD_NOT_ALLOWED', async () => {
    const res = await fetch(`${server.url}/`, { method: 'POST' });
    assert.equal(res.status, 405);
  });

  it('answers an unknown spec document with NOT_FOUND', async () => {
    const res = await fetch(`${server.url}/api/spec/secrets.yaml`);
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'NOT_FOUND');
  });
});
