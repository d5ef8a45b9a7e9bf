import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Context } from 'koa';
import type { BuiltinImplementation } from './builtins.js';
import { type Asset, asset, sendAsset } from './static-asset.js';

/** The client package's entry point (clients/js/): what a page imports from `/client.js`. */
const CLIENT_ENTRY = fileURLToPath(new URL('../../../clients/js/src/index.ts', import.meta.url));

/**
 * The client package and the Socket.IO client it imports as one browser ES module. esbuild is already
 * here (tsx runs on it) and bundles it in about 50 ms, so it is built from the package's source on the
 * first request and kept for the life of the process: no build step to forget, and it cannot be older
 * than the package the server was started with.
 */
export async function buildClientBundle(): Promise<Buffer> {
  const result = await build({
    entryPoints: [CLIENT_ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    banner: { js: '// @switchboard/client with socket.io-client, bundled by the server (GET /client.js)' },
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no output for the client bundle');
  return Buffer.from(output.contents);
}

// After a failed build, how long every request answers that failure before the next build is tried: a
// broken deployment must not let anyone start esbuild once per request.
export const FAILED_BUILD_RETRY_MS = 10_000;

/** `GET /client.js` (getClientBundle): the bundle, with an ETag, gzipped when the browser accepts it. */
export function clientBundleBuiltin(
  builder: () => Promise<Buffer> = buildClientBundle,
  now: () => number = Date.now,
): BuiltinImplementation {
  let bundle: Promise<Asset> | undefined;
  let failedAt = 0;
  return () => async (ctx: Context) => {
    if (!bundle || (failedAt && now() - failedAt >= FAILED_BUILD_RETRY_MS)) {
      failedAt = 0;
      bundle = builder().then((body) => asset('text/javascript; charset=utf-8', body));
      // Concurrent first requests share one build; a failure is answered (500 INTERNAL) until the retry time.
      bundle.catch(() => {
        failedAt = now();
      });
    }
    sendAsset(ctx, await bundle);
  };
}
