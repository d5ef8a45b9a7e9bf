import { readFileSync } from 'node:fs';
import type { Context } from 'koa';
import type { BuiltinImplementation } from './builtins.js';
import { asset, sendAsset } from './static-asset.js';

/** The demo (demo/ at the root of the repository): a page and its module script, built on /client.js. */
const DEMO_DIR = new URL('../../../demo/', import.meta.url);

/**
 * `GET /demo` (getDemo) and `GET /demo.js` (getDemoScript): the files are read once at start, so a request
 * never touches the disk. The page's policy (app.ts) lets it run scripts from this server only, so it has
 * no inline script: its one module, /demo.js, imports the client package from /client.js.
 */
export function demoBuiltins(): Record<string, BuiltinImplementation> {
  const page = asset('text/html; charset=utf-8', readFileSync(new URL('index.html', DEMO_DIR)));
  const script = asset('text/javascript; charset=utf-8', readFileSync(new URL('demo.js', DEMO_DIR)));
  return {
    getDemo: () => (ctx: Context) => sendAsset(ctx, page),
    getDemoScript: () => (ctx: Context) => sendAsset(ctx, script),
  };
}
