import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Finding, Severity } from './findings.js';
import { toPointer } from './findings.js';

const run = promisify(execFile);

/** The documents, by file name, in the spec folder; everything under its subfolders is their parts. */
export const DOCUMENTS = ['asyncapi.yaml', 'openapi.yaml'] as const;

export interface SpecFiles {
  documents: string[];
  parts: string[];
}

/**
 * The files to lint: the documents, then every YAML file under the spec folder's subfolders. The same
 * files the unused-component rule judges (listSpecFiles in spectral/spec-graph.js, which cannot be
 * imported here: it uses Spectral's parser as Spectral's bundler provides it to rule functions).
 */
export function specFiles(specDir: string): SpecFiles {
  const documents = DOCUMENTS.map((name) => path.join(specDir, name));
  const missing = documents.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new LintToolError(`no ${missing.join(' or ')}: is ${specDir} a spec folder?`);
  const parts: string[] = [];
  const collect = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) collect(full);
      else if (/\.ya?ml$/.test(entry.name)) parts.push(full);
    }
  };
  for (const entry of readdirSync(specDir, { withFileTypes: true })) {
    if (entry.isDirectory()) collect(path.join(specDir, entry.name));
  }
  return { documents, parts: parts.sort() };
}

/** What Spectral's `--format json` prints per result. */
interface SpectralResult {
  code: string | number;
  path: (string | number)[];
  message: string;
  severity: 0 | 1 | 2 | 3;
  range: { start: { line: number; character: number } };
  source?: string;
}

/**
 * Spectral's resolver without its per-file runner cache, which past ~100 cross-file lookups leaves refs
 * unresolved without a word (why: the file's header).
 */
const RESOLVER = fileURLToPath(new URL('../spectral/ref-resolver.cjs', import.meta.url));

const SEVERITIES: Severity[] = ['error', 'warning', 'information', 'hint'];

/** Spectral could not run (a broken ruleset, a crash): not a finding about the spec. */
export class LintToolError extends Error {}

export function spectralVersion(): string {
  const require = createRequire(import.meta.url);
  const manifest = JSON.parse(readFileSync(require.resolve('@stoplight/spectral-cli/package.json'), 'utf8'));
  return String(manifest.version);
}

/**
 * Runs the Spectral CLI (the package's own entry point, so the CLI, an editor and this runner read the
 * ruleset the same way) over the files, in one process, and returns its results located in the files.
 *
 * A part file (a feature file, a schema library) is no whole document, so Spectral warns that it matches
 * no format: that warning is dropped for parts and kept for the documents, where it means the document
 * lost its `asyncapi:`/`openapi:` line and none of the document rules ran.
 */
export async function runSpectral(options: {
  ruleset: string;
  files: SpecFiles;
  projectRoot: string;
}): Promise<Finding[]> {
  const require = createRequire(import.meta.url);
  const cli = path.join(
    path.dirname(require.resolve('@stoplight/spectral-cli/package.json')),
    'dist/index.js',
  );
  const args = [
    cli,
    'lint',
    '--ruleset',
    options.ruleset,
    '--resolver',
    RESOLVER,
    '--format',
    'json',
    '--quiet',
    ...options.files.documents,
    ...options.files.parts,
  ];
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }));
  } catch (err) {
    // Spectral exits 1 when a result reaches --fail-severity; its JSON is still on stdout.
    const failed = err as { stdout?: string; stderr?: string; code?: number };
    if (failed.code !== 1 || !failed.stdout) {
      throw new LintToolError(
        `spectral failed (exit ${failed.code}): ${failed.stderr || failed.stdout || err}`,
      );
    }
    stdout = failed.stdout;
  }
  let results: SpectralResult[];
  try {
    results = JSON.parse(stdout) as SpectralResult[];
  } catch {
    throw new LintToolError(`spectral printed no JSON:\n${stdout.slice(0, 2000)}`);
  }
  const parts = new Set(options.files.parts);
  return results
    .filter((r) => !(r.code === 'unrecognized-format' && r.source && parts.has(path.resolve(r.source))))
    .map((r) => ({
      rule: String(r.code),
      severity: SEVERITIES[r.severity] ?? 'error',
      file: r.source
        ? path.relative(options.projectRoot, path.resolve(r.source))
        : '(no file: see the pointer)',
      line: r.range.start.line + 1,
      column: r.range.start.character + 1,
      pointer: toPointer(r.path),
      message: r.message,
    }));
}
