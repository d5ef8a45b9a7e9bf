import { checkAsyncApiStructure } from './asyncapi-structure.js';
import { bundleAsyncApi } from './bundle-asyncapi.js';
import { type Locator, SpecError } from './diagnostics.js';
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
