// `make docs`: the HTML docs of both spec documents, rebuilt only when the spec changed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocs } from './lib/docs.js';
import { layoutOf } from './lib/layout.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.env.DOCS_DIR?.trim() || path.join(root, 'docs-build'));
const started = performance.now();
const outcome = await buildDocs(layoutOf(root), outDir, { force: process.argv.includes('--force') });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  outcome === 'cached'
    ? `docs are up to date (${path.relative(root, outDir)}/)`
    : `built docs into ${path.relative(root, outDir)}/ in ${seconds} s`,
);
