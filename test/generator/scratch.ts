import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { Findings } from '../../scripts/lib/diagnostics.js';
import { type Layout, layoutOf } from '../../scripts/lib/layout.js';
import { DEFAULT_CACHE_DIR } from '../../scripts/lib/step-cache.js';

export const repo = path.resolve('.');
/** The generator's step cache: keyed by content, so scratch runs share what is unchanged. */
export const cacheDir = DEFAULT_CACHE_DIR;

/**
 * A scratch project holding what the generator reads and writes: spec/, redocly.yaml, the handlers and
 * generated/ (`entries` adds more), and node_modules linked for what the generated code imports.
 */
export function scratchProject(entries: string[] = []): Layout & { remove(): void } {
  const root = mkdtempSync(path.join(tmpdir(), 'switchboard-gen-'));
  for (const entry of ['spec', 'redocly.yaml', 'generated', 'src/handlers', ...entries])
    cpSync(path.join(repo, entry), path.join(root, entry), { recursive: true });
  symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'));
  return { ...layoutOf(root), remove: () => rmSync(root, { recursive: true, force: true }) };
}

export function edit(file: string, change: (text: string) => string): void {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before)
    throw new Error(`the edit changed nothing in ${file}: the spec moved on, update the test`);
  writeFileSync(file, after);
}

/**
 * A small document written to a temp file (our diagnostics locate a finding by reading the file), with
 * the Findings that locate into it.
 */
export function documentFile(yaml: string): {
  doc: Record<string, unknown>;
  findings: Findings;
  remove(): void;
} {
  const dir = mkdtempSync(path.join(tmpdir(), 'switchboard-doc-'));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'document.yaml');
  writeFileSync(file, yaml);
  return {
    doc: parse(yaml) as Record<string, unknown>,
    findings: new Findings(file),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
