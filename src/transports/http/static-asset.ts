import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context } from 'koa';

/** A file the server sends as it is: the docs, the spec documents, the client bundle and the demo page. */
export interface Asset {
  type: string;
  body: Buffer;
  etag: string;
  /** Compressed on first request and kept: the doc pages are megabytes of inlined script. */
  gzipped?: Buffer;
}

/** An asset with an ETag from its content, so a client revalidates with `If-None-Match` and gets a 304. */
export function asset(type: string, body: Buffer): Asset {
  return { type, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/** Sends `found` (gzipped when accepted), or 304 when the client's copy has its ETag. */
export function sendAsset(ctx: Context, found: Asset): void {
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
