// `make docs`: the HTML docs of both spec documents, rebuilt only when the spec changed.
import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCommandLine } from './lib/args.js';
import { buildDocs, stagingDirOf } from './lib/docs.js';
import { layoutOf } from './lib/layout.js';

const { values } = readCommandLine({
  usage: `Usage: node --import tsx scripts/build-docs.ts [--force]

The HTML docs of both spec documents (make docs) into DOCS_DIR (default docs-build/), rebuilt only when what
they are made from changed (the spec, the templates, the renderers' versions). The build goes to a folder
beside DOCS_DIR and replaces it only once complete: an interrupted build leaves the previous docs as they were.

Options:
  --force      build even when the docs are up to date
  -h, --help   this text`,
  options: { force: { type: 'boolean' } },
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.env.DOCS_DIR?.trim() || path.join(root, 'docs-build'));
// Interrupted (Ctrl-C, a stopped `make`, the dev loop's next spec change): the renderer's child is
// killed and the half-built folder removed before exiting; the previous docs stay untouched.
const interrupted = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    interrupted.abort();
    rmSync(stagingDirOf(outDir), { recursive: true, force: true });
    console.error(`docs build interrupted (${signal}): nothing written to ${path.relative(root, outDir)}/`);
    process.exit(128 + constants.signals[signal]);
  });
}
const started = performance.now();
const outcome = await buildDocs(layoutOf(root), outDir, {
  force: values.force === true,
  signal: interrupted.signal,
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  outcome === 'cached'
    ? `docs are up to date (${path.relative(root, outDir)}/)`
    : `built docs into ${path.relative(root, outDir)}/ in ${seconds} s`,
);
