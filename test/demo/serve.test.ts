import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from '../helpers/server.js';

describe('the browser client and the demo page', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.close());

  for (const [path, type] of [
    ['/client.js', /^text\/javascript/],
    ['/demo.js', /^text\/javascript/],
    ['/demo', /^text\/html/],
  ] as const) {
    it(`serves ${path} with its type and an ETag, and answers a revalidation with 304`, async () => {
      const res = await fetch(`${server.url}${path}`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', type);
      assert.equal(res.headers.get('cache-control'), 'no-cache');
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      const etag = res.headers.get('etag');
      assert.ok(etag, 'an ETag');
      assert.ok((await res.text()).length > 0);
      const again = await fetch(`${server.url}${path}`, { headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
    });
  }

  it('bundles the client package with socket.io-client as one ES module, gzipped when accepted', async () => {
    const res = await fetch(`${server.url}/client.js`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    // fetch inflates what it was sent: compress again to report about what travelled.
    const raw = Buffer.from(await res.arrayBuffer());
    console.log(
      `      /client.js: ${(raw.length / 1024).toFixed(1)} KiB, ${(gzipSync(raw).length / 1024).toFixed(1)} KiB gzipped`,
    );
    const text = raw.toString('utf8');
    assert.ok(!/^\s*import\s/m.test(text), 'no import left: the bundle stands alone');
    for (const name of ['connect', 'createHttpClient', 'SocketClient', 'HttpClient', 'SwitchboardError'])
      assert.match(text, new RegExp(`\\b${name}\\b`), `exports ${name}`);
    assert.match(text, /engine\.io|socket\.io/, 'carries the Socket.IO client');
  });

  it('gives the demo page a policy that runs this server’s scripts only, and no inline script', async () => {
    const res = await fetch(`${server.url}/demo`);
    const policy = res.headers.get('content-security-policy') ?? '';
    assert.match(policy, /script-src 'self';/);
    assert.match(policy, /connect-src 'self';/);
    assert.doesNotMatch(policy, /unsafe-inline'[^;]*;.*script|script-src[^;]*unsafe/);
    const html = await res.text();
    assert.match(html, /<script type="module" src="demo.js"><\/script>/);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'every script is a file');
    const script = await (await fetch(`${server.url}/demo.js`)).text();
    assert.match(script, /from '\.\/client\.js'/, 'built on the client package, from /client.js');
  });

  it('links the demo and the client from the landing page', async () => {
    const html = await (await fetch(`${server.url}/`, { headers: { accept: 'text/html' } })).text();
    assert.ok(html.includes('href="/demo"'));
    assert.ok(html.includes('href="/client.js"'));
  });
});
