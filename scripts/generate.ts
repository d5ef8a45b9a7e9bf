// `make generate` (and, with --check, the drift check of `make check`): spec/ → generated/ + handler stubs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runGenerate } from './lib/cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.exitCode = await runGenerate(process.argv.slice(2), root, console);
