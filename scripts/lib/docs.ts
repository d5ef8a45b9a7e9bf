import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import Generator from '@asyncapi/generator';
import type { Layout } from './layout.js';
import { redocWithoutRemoteAssets } from './redoc-offline.js';

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

/**
 * Runs a Node script as a child that dies with this process: killed when `signal` aborts, and stopped
 * by exit-with-parent.mjs if this process is SIGKILLed, so that it never writes into a staging folder
 * after that folder was cleaned up.
 */
function runNodeChild(
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; signal?: AbortSignal },
): Promise<void> {
  const preload = new URL('./exit-with-parent.mjs', import.meta.url).href;
  const child = spawn(process.execPath, ['--import', preload, ...args], {
    cwd: opts.cwd,
    env: opts.env,
    signal: opts.signal,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(args[0] ?? '')} failed (${signal ?? code}):\n${output}`)),
    );
  });
}

async function buildOpenApiDocs(layout: Layout, outDir: string, signal?: AbortSignal): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const cli = require.resolve('@redocly/cli/bin/cli.js');
  const page = path.join(outDir, 'index.html');
  // --inlineBundle: the page carries Redoc itself instead of loading it from a CDN, so docs work offline.
  await runNodeChild(
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
      signal,
    },
  );
  await writeFile(page, redocWithoutRemoteAssets(await readFile(page, 'utf8')));
}

/**
 * Where this process builds the docs before they replace `outDir`: beside it, so that the swap is a
 * rename on one filesystem, and named with the builder's process id, so that a later build can tell
 * the folder of a build still running from one whose builder died.
 */
export function stagingDirOf(outDir: string, pid = process.pid): string {
  return `${outDir}.tmp-${pid}`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what builds that were killed outright (SIGKILL, a power cut) left beside `outDir`: their staging
 * folders, and the previous docs of a swap cut in the middle. A running build's folders are left alone.
 */
async function removeAbandonedBuilds(outDir: string): Promise<void> {
  const parent = path.dirname(outDir);
  const mark = `${path.basename(outDir)}.tmp-`;
  const entries = await readdir(parent).catch(() => [] as string[]);
  for (const entry of entries) {
    if (!entry.startsWith(mark)) continue;
    const pid = Number(/^(\d+)(-old)?$/.exec(entry.slice(mark.length))?.[1]);
    if (pid && pid !== process.pid && !isRunning(pid))
      await rm(path.join(parent, entry), { recursive: true, force: true });
  }
}

/**
 * Builds the HTML docs into `outDir` (async/index.html, http/index.html) unless they were already built
 * from the same inputs (.spec-hash, written last). Builds into a staging folder and renames it into place
 * once complete, so neither a server nor the cache check ever sees half a build: an interrupted build
 * leaves the previous docs as they were. `signal` stops the renderer's child process; the caller removes
 * the staging folder (stagingDirOf) before it exits, and a later build removes those of killed builds.
 */
export async function buildDocs(
  layout: Layout,
  outDir: string,
  opts: { force: boolean; signal?: AbortSignal },
): Promise<'built' | 'cached'> {
  await removeAbandonedBuilds(outDir);
  const hash = await docsInputHash(layout);
  const hashFile = path.join(outDir, HASH_FILE);
  if (!opts.force && existsSync(hashFile) && (await readFile(hashFile, 'utf8')) === hash) return 'cached';

  const staging = stagingDirOf(outDir);
  const previous = `${staging}-old`;
  await rm(staging, { recursive: true, force: true });
  try {
    await mkdir(staging, { recursive: true });
    await Promise.all([
      buildAsyncApiDocs(layout, path.join(staging, 'async')),
      buildOpenApiDocs(layout, path.join(staging, 'http'), opts.signal),
    ]);
    await writeFile(path.join(staging, HASH_FILE), hash);
    // Moved aside rather than deleted first: outDir is missing only between two renames.
    if (existsSync(outDir)) await rename(outDir, previous);
    await rename(staging, outDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(previous, { recursive: true, force: true });
  }
  return 'built';
}
