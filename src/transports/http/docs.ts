import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'koa';
import { parse } from 'yaml';
import { ApiError } from '../../core/errors.js';
import type { BuiltinImplementation } from './builtins.js';
import { type Asset, asset, sendAsset } from './static-asset.js';

const GENERATED_SPEC_DIR = fileURLToPath(new URL('../../../generated/spec/', import.meta.url));

/**
 * The bundled spec documents, as YAML and as JSON: committed files, the same for every server in the
 * process, so parsed once (a test run starts hundreds of servers, and parsing them took ~80 ms each).
 */
let specAssets: Map<string, Asset> | undefined;
function loadSpecs(): Map<string, Asset> {
  if (specAssets) return specAssets;
  const specs = new Map<string, Asset>();
  for (const name of ['asyncapi', 'openapi']) {
    const yaml = readFileSync(path.join(GENERATED_SPEC_DIR, `${name}.yaml`));
    specs.set(`${name}.yaml`, asset('application/yaml; charset=utf-8', yaml));
    specs.set(
      `${name}.json`,
      asset('application/json; charset=utf-8', Buffer.from(JSON.stringify(parse(yaml.toString('utf8'))))),
    );
  }
  specAssets = specs;
  return specs;
}

/** The documents the server serves, read once at start-up: a request never touches the disk. */
function loadAssets(docsDir: string): { docs: Map<string, Asset | undefined>; specs: Map<string, Asset> } {
  const html = (file: string) =>
    existsSync(file) ? asset('text/html; charset=utf-8', readFileSync(file)) : undefined;
  const docs = new Map([
    ['http', html(path.join(docsDir, 'http', 'index.html'))],
    ['async', html(path.join(docsDir, 'async', 'index.html'))],
  ]);
  return { docs, specs: loadSpecs() };
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
    sendAsset(ctx, found);
  };
  return {
    getHttpDocs: page('http'),
    getRealtimeDocs: page('async'),
    getSpecDocument: () => (ctx: Context) => {
      const found = specs.get(String(ctx.params.document));
      if (!found) throw new ApiError('NOT_FOUND', 'no such spec document', 'path.document');
      sendAsset(ctx, found);
    },
  };
}
