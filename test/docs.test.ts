import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../src/config.js';
import { request } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/** The text a reader sees before any script runs: markup without scripts and styles. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('served docs and spec', () => {
  let server: TestServer;
  const asyncapi = parse(readFileSync('generated/spec/asyncapi.yaml', 'utf8'));
  const openapi = parse(readFileSync('generated/spec/openapi.yaml', 'utf8'));

  before(async () => {
    const docsDir = loadConfig({ DOCS_DIR: process.env.DOCS_DIR }).docsDir;
    if (!existsSync(path.join(docsDir, 'http', 'index.html'))) {
      throw new Error(
        `the HTML docs are not built in ${docsDir}: run \`make docs\` (make test does it first)`,
      );
    }
    server = await startTestServer();
  });
  after(() => server?.close());

  // Redoc 3 renders each tag as a page of its own once its script runs, so the markup sent lists the
  // tags and carries the operations in its data; test/docs/http-docs.browser.test.ts checks that a
  // reader sees every operation and status.
  it('serves the HTTP docs at /api/docs with every tag and operation', async () => {
    const res = await fetch(`${server.url}/api/docs`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    const html = await res.text();
    const text = visibleText(html);
    for (const tag of openapi.tags as { name: string }[])
      assert.ok(text.includes(tag.name), `tag ${tag.name}`);
    for (const [route, item] of Object.entries(
      openapi.paths as Record<string, Record<string, { summary: string }>>,
    )) {
      for (const op of Object.values(item))
        assert.ok(html.includes(JSON.stringify(op.summary)), `${route}: "${op.summary}" is in the page`);
    }
  });

  it('serves the realtime docs at /api/docs/async: a section per operation with its wire name, and every schema', async () => {
    const res = await fetch(`${server.url}/api/docs/async`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.ok(!/<script/i.test(html), 'a static page: no script');
    for (const id of Object.keys(asyncapi.operations))
      assert.match(html, new RegExp(`<section class="op" id="op-${id}"`), `operation ${id}`);
    for (const name of Object.keys(asyncapi.components.schemas as Record<string, unknown>))
      assert.ok(html.includes(`id="schema-${name}"`), `schema ${name}`);
  });

  it('sends the pages gzipped to clients that accept it', async () => {
    const { request: rawGet } = await import('node:http');
    const { gunzipSync } = await import('node:zlib');
    const { headers, body } = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        rawGet(`${server.url}/api/docs`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      },
    );
    assert.equal(headers['content-encoding'], 'gzip');
    const plain = await (
      await fetch(`${server.url}/api/docs`, { headers: { 'accept-encoding': 'identity' } })
    ).text();
    assert.equal(gunzipSync(body).toString('utf8'), plain);
    assert.ok(body.length < plain.length / 2, `${body.length} bytes gzipped of ${plain.length}`);
  });

  it('answers a repeated request with 304 by ETag, for the pages and the spec documents', async () => {
    for (const path of [
      '/api/docs',
      '/api/docs/async',
      '/api/spec/asyncapi.yaml',
      '/api/spec/openapi.json',
    ]) {
      const first = await fetch(`${server.url}${path}`);
      const etag = first.headers.get('etag');
      assert.ok(etag, path);
      const second = await fetch(`${server.url}${path}`, { headers: { 'if-none-match': etag } });
      assert.equal(second.status, 304, path);
    }
  });

  for (const name of ['asyncapi', 'openapi'] as const) {
    it(`serves the bundled ${name} document as YAML and JSON`, async () => {
      const yaml = await fetch(`${server.url}/api/spec/${name}.yaml`);
      assert.equal(yaml.status, 200);
      assert.match(yaml.headers.get('content-type') ?? '', /^application\/yaml/);
      const doc = parse(await yaml.text());
      assert.deepEqual(doc, name === 'asyncapi' ? asyncapi : openapi);
      assert.ok(!/\.yaml#/.test(JSON.stringify(doc)), 'no external references are left');
      const json = await request(server, 'GET', `/api/spec/${name}.json`);
      assert.deepEqual(json.body, doc);
    });
  }
});

describe('docs not built', () => {
  it('answers UNAVAILABLE saying how to build them', async () => {
    const server = await startTestServer({ docsDir: '/nonexistent/docs' });
    try {
      for (const path of ['/api/docs', '/api/docs/async']) {
        const res = await request<{ error: { code: string; message: string } }>(server, 'GET', path);
        assert.equal(res.status, 503, path);
        assert.deepEqual(res.body.error, {
          code: 'UNAVAILABLE',
          message: 'the HTML docs are not built: run `make docs`',
        });
      }
    } finally {
      await server.close();
    }
  });
});
