// `make generate` (and, with --check, the drift check of `make check`): spec/ → generated/ + handler stubs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, SpecError } from './lib/diagnostics.js';
import { generate } from './lib/generate.js';
import { layoutOf } from './lib/layout.js';

const check = process.argv.includes('--check');
// --no-cache: every step computed afresh (to time a cold run, or to rule the cache out).
const useCache = !process.argv.includes('--no-cache');
const rootArg = process.argv.find((a) => a.startsWith('--root='));
const root = rootArg
  ? path.resolve(rootArg.slice('--root='.length))
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();

try {
  const layout = layoutOf(root);
  const result = await generate(layout, { check, cacheDir: useCache ? layout.cacheDir : undefined });
  for (const w of result.warnings) console.warn(formatDiagnostic(w, root));
  const ms = Math.round(performance.now() - started);
  if (check) {
    const stale = [...result.changed, ...result.removed, ...result.stubs];
    if (stale.length > 0) {
      console.error(
        `generated code is stale: run \`make generate\` and commit the result.\n${stale.map((f) => `  ${f}`).join('\n')}`,
      );
      process.exitCode = 1;
    }
    if (result.orphans.length > 0) {
      console.error(
        `handlers whose operation left the spec (delete them or restore the operation):\n${result.orphans.map((f) => `  ${f}`).join('\n')}`,
      );
      process.exitCode = 1;
    }
    if (!process.exitCode)
      console.log(`generated/ matches spec/ (${result.fileCount} files checked in ${ms} ms)`);
  } else {
    for (const f of result.changed) console.log(`  wrote ${f}`);
    for (const f of result.removed) console.log(`  removed ${f}`);
    for (const f of result.stubs)
      console.log(`  created stub ${f} (answers NOT_IMPLEMENTED until you implement it)`);
    console.log(`generated ${result.fileCount} files (${result.changed.length} changed) in ${ms} ms`);
  }
} catch (err) {
  if (!(err instanceof SpecError)) throw err;
  for (const d of err.diagnostics) console.error(formatDiagnostic(d, root));
  console.error(err.message);
  process.exitCode = 1;
}
