import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import Generator from '@asyncapi/generator';
import type { Layout } from './layout.js';
import { redocWithoutRemoteAssets } from './redoc-offline.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const HASH_FILE = '.spec-hash';
/** The page around Redoc: ours, so that it loads nothing from other hosts (see the template). */
const REDOC_TEMPLATE = 'templates/redoc/index.hbs';
/** What the HTTP docs are made from besides the spec: the page template and what is done to the page. */
const REDOC_INPUTS = [REDOC_TEMPLATE, 'scripts/lib/redoc-offline.ts'];

/** Our template for @asyncapi/generator: the realtime docs page (see its lib/ for why it looks as it does). */
const ASYNCAPI_TEMPLATE = 'templates/asyncapi-docs';

async function filesUnder(dir: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((f) => pattern.test(f) && !f.includes('__transpiled')).sort();
}

/** A digest of everything the docs are made from: the spec files, our template and the renderers' versions. */
async function docsInputHash(layout: Layout): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await filesUnder(layout.specDir, /\.ya?ml$/))
    hash.update(file).update(await readFile(path.join(layout.specDir, file)));
  const template = path.join(layout.root, ASYNCAPI_TEMPLATE);
  for (const file of await filesUnder(template, /\.(js|json)$/))
    hash.update(file).update(await readFile(path.join(template, file)));
  for (const file of REDOC_INPUTS) hash.update(file).update(await readFile(path.join(layout.root, file)));
  for (const pkg of ['@asyncapi/generator', 'markdown-it', '@redocly/cli']) {
    hash
      .update(pkg)
      .update(JSON.parse(await readFile(require.resolve(`${pkg}/package.json`), 'utf8')).version);
  }
  return hash.digest('hex');
}

/**
 * The realtime docs: our template renders the bundled document (generated/spec/asyncapi.yaml, which
 * `make generate` writes from spec/), so the page shows exactly what the server serves as its spec.
 * install: false, a local template; compile: true, the generator transpiles its JSX into __transpiled/.
 */
async function buildAsyncApiDocs(layout: Layout, outDir: string): Promise<void> {
  const generator = new Generator(path.join(layout.root, ASYNCAPI_TEMPLATE), outDir, {
    forceWrite: true,
    install: false,
    compile: true,
  });
  await generator.generateFromFile(path.join(layout.generatedDir, 'spec', 'asyncapi.yaml'));
}

async function buildOpenApiDocs(layout: Layout, outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const cli = require.resolve('@redocly/cli/bin/cli.js');
  const page = path.join(outDir, 'index.html');
  // --inlineBundle: the page carries Redoc itself instead of loading it from a CDN, so docs work offline.
  await run(
    process.execPath,
    [
      cli,
      'build-docs',
      layout.openapi,
      '--output',
      page,
      '--inlineBundle',
      '--title',
      'Switchboard HTTP API',
      '--template',
      path.join(layout.root, REDOC_TEMPLATE),
    ],
    {
      cwd: layout.root,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );
  await writeFile(page, redocWithoutRemoteAssets(await readFile(page, 'utf8')));
}

/**
 * Builds the HTML docs into `outDir` (async/index.html, http/index.html) unless they were already built
 * from the same spec. Builds into a temporary folder and swaps it in, so a server never reads half a page.
 */
export async function buildDocs(
  layout: Layout,
  outDir: string,
  opts: { force: boolean },
): Promise<'built' | 'cached'> {
  const hash = await docsInputHash(layout);
  const hashFile = path.join(outDir, HASH_FILE);
  if (!opts.force && existsSync(hashFile) && (await readFile(hashFile, 'utf8')) === hash) return 'cached';

  const staging = `${outDir}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    await Promise.all([
      buildAsyncApiDocs(layout, path.join(staging, 'async')),
      buildOpenApiDocs(layout, path.join(staging, 'http')),
    ]);
    await writeFile(path.join(staging, HASH_FILE), hash);
    await rm(outDir, { recursive: true, force: true });
    await rename(staging, outDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return 'built';
}
