import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Context } from 'koa';
import { parse } from 'yaml';
import { ApiError } from '../../core/errors.js';
import type { BuiltinImplementation } from './builtins.js';

interface Asset {
  type: string;
  body: Buffer;
  etag: string;
  /** Compressed on first request and kept: the doc pages are megabytes of inlined script. */
  gzipped?: Buffer;
}

const GENERATED_SPEC_DIR = fileURLToPath(new URL('../../../generated/spec/', import.meta.url));

function asset(type: string, body: Buffer): Asset {
  return { type, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/** The documents the server serves, read once at start-up: a request never touches the disk. */
function loadAssets(docsDir: string): { docs: Map<string, Asset | undefined>; specs: Map<string, Asset> } {
  const html = (file: string) =>
    existsSync(file) ? asset('text/html; charset=utf-8', readFileSync(file)) : undefined;
  const docs = new Map([
    ['http', html(path.join(docsDir, 'http', 'index.html'))],
    ['async', html(path.join(docsDir, 'async', 'index.html'))],
  ]);
  const specs = new Map<string, Asset>();
  for (const name of ['asyncapi', 'openapi']) {
    const yaml = readFileSync(path.join(GENERATED_SPEC_DIR, `${name}.yaml`));
    specs.set(`${name}.yaml`, asset('application/yaml; charset=utf-8', yaml));
    specs.set(
      `${name}.json`,
      asset('application/json; charset=utf-8', Buffer.from(JSON.stringify(parse(yaml.toString('utf8'))))),
    );
  }
  return { docs, specs };
}

function send(ctx: Context, found: Asset): void {
  ctx.set('ETag', found.etag);
  ctx.set('Cache-Control', 'no-cache');
  if (ctx.get('if-none-match') === found.etag) {
    ctx.status = 304;
    return;
  }
  ctx.type = found.type;
  ctx.vary('Accept-Encoding');
  if (ctx.acceptsEncodings('gzip', 'identity') === 'gzip') {
    found.gzipped ??= gzipSync(found.body);
    ctx.set('Content-Encoding', 'gzip');
    ctx.body = found.gzipped;
  } else {
    ctx.body = found.body;
  }
}

/**
 * The builtin operations that serve the HTML docs (`make docs` builds them into DOCS_DIR) at /api/docs
 * and /api/docs/async, and the bundled spec documents at /api/spec/{asyncapi,openapi}.{yaml,json}.
 */
export function docsBuiltins(docsDir: string): Record<string, BuiltinImplementation> {
  const { docs, specs } = loadAssets(docsDir);
  const page = (which: string) => () => (ctx: Context) => {
    const found = docs.get(which);
    if (!found) throw new ApiError('UNAVAILABLE', 'the HTML docs are not built: run `make docs`');
    send(ctx, found);
  };
  return {
    getHttpDocs: page('http'),
    getRealtimeDocs: page('async'),
    getSpecDocument: () => (ctx: Context) => {
      const found = specs.get(String(ctx.params.document));
      if (!found) throw new ApiError('NOT_FOUND', 'no such spec document', 'path.document');
      send(ctx, found);
    },
  };
}
