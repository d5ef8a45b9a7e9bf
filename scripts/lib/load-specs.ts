import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkAsyncApiStructure } from './asyncapi-structure.js';
import { bundleAsyncApi } from './bundle-asyncapi.js';
import { type Diagnostic, type Locator, SpecError } from './diagnostics.js';
import type { StepCache } from './step-cache.js';

/** A spec document with every external `$ref` inlined into its components; internal refs are kept. */
export type Bundled = Record<string, unknown>;

/**
 * spec/asyncapi.yaml: assembled by our bundler (which parses each file once), then checked for what
 * @asyncapi/parser used to check (see asyncapi-structure.ts), each problem located in the file that
 * holds it.
 */
export async function loadAsyncApi(
  file: string,
  cache: StepCache,
): Promise<{ doc: Bundled; locate: Locator }> {
  const bundled = await bundleAsyncApi(file);
  const problems = await checkAsyncApiStructure(bundled.doc, cache);
  if (problems.length > 0)
    throw new SpecError(
      problems.map((p) => ({
        severity: 'error',
        ...bundled.locate(p.where),
        where: p.where.join('.'),
        rule: p.rule,
        message: p.message,
      })),
    );
  return bundled;
}

export interface OpenApiResult {
  diagnostics: Diagnostic[];
  bundled: Bundled | undefined;
}

/**
 * Validates spec/openapi.yaml with Redocly's rules as configured in redocly.yaml, and bundles it, in a
 * worker thread without tsx (see openapi-worker.mjs): started at once, it runs while this thread reads
 * the AsyncAPI document.
 */
function lintAndBundleOpenApi(file: string, configPath: string): Promise<OpenApiResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./openapi-worker.mjs', import.meta.url), {
      execArgv: [],
      workerData: { file, configPath },
    });
    worker.once('message', (result: OpenApiResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`the OpenAPI worker stopped (exit ${code}) without an answer`)),
    );
  });
}

/** Every `$ref` value in a YAML or JSON text, read without parsing it (parsing costs more than Redocly saves). */
const REF_VALUE = /["']?\$ref["']?\s*:\s*["']?([^"'\s,}]*)/g;

/**
 * The text of every file the document reaches through external `$ref`s, named relative to the
 * document's folder (so copies of spec/ elsewhere share entries), as a cache key; undefined when one
 * cannot be read (Redocly then runs and reports it). A key that names a file too many only costs a cache
 * miss, so the scan may be coarse; it must not miss a file, and every `$ref` is written `$ref:`.
 */
async function inputsOf(file: string, configPath: string): Promise<string | undefined> {
  const base = path.dirname(file);
  const texts = new Map<string, string>();
  const visit = async (f: string): Promise<boolean> => {
    const name = path.relative(base, f);
    if (texts.has(name)) return true;
    const text = await readFile(f, 'utf8').catch(() => undefined);
    if (text === undefined) return false;
    texts.set(name, text);
    for (const [, ref = ''] of text.matchAll(REF_VALUE)) {
      const target = ref.split('#')[0];
      if (target && !(await visit(path.resolve(path.dirname(f), target)))) return false;
    }
    return true;
  };
  if (!(await visit(file))) return undefined;
  const config = await readFile(configPath, 'utf8').catch(() => '');
  return JSON.stringify([
    path.relative(base, configPath),
    config,
    ...[...texts].sort(([a], [b]) => (a < b ? -1 : 1)),
  ]);
}

export async function loadOpenApi(
  file: string,
  configPath: string,
  cache: StepCache,
): Promise<OpenApiResult> {
  const inputs = await inputsOf(file, configPath);
  if (inputs === undefined) return lintAndBundleOpenApi(file, configPath);
  // Kept with paths relative to the document's folder, like the key.
  const base = path.dirname(file);
  const stored = await cache.get('openapi', inputs, async () => {
    const result = await lintAndBundleOpenApi(file, configPath);
    return {
      ...result,
      diagnostics: result.diagnostics.map((d) => ({ ...d, file: path.relative(base, d.file) })),
    };
  });
  return {
    ...stored,
    diagnostics: stored.diagnostics.map((d) => ({ ...d, file: path.resolve(base, d.file) })),
  };
}
