/**
 * The breaking-change gate: compares spec/ at a base commit with the working tree and fails when a change
 * would break existing clients, unless the document that changed raised its info.version major part.
 *
 *   node --import tsx scripts/contract/breaking.ts [--base <ref>] [--json] [--verbose] [--repo <dir>]
 *
 * The base is `--base`, else $BASE_REF, else the merge-base with origin/main, else HEAD~1 (base-ref.ts).
 * Exit status: 0 passes, 1 breaking changes, 2 the gate could not run.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { readCommandLine } from '../lib/args.js';
import { extractSpecAt, resolveBase } from './base-ref.js';
import { compareSpecs } from './diff/gate.js';
import { formatHuman, formatJson } from './diff/report.js';
import { loadSpecDocuments } from './load.js';

/** This checkout; `--repo` points the gate at another one (the tests' scratch repositories). */
const projectRoot = path.resolve(import.meta.dirname, '../..');

async function main(): Promise<number> {
  const { values } = readCommandLine({
    usage: `Usage: node --import tsx scripts/contract/breaking.ts [--base <ref>] [--json] [--verbose] [--repo <dir>]

The breaking-change gate (make contract-breaking): spec/ at a base commit against the working tree; fails
when a change would break clients unless the changed document raised its major version. Exit code 0
passes, 1 breaking changes, 2 the gate could not run.

Options:
  --base <ref>   the commit to compare with (default: $BASE_REF, else the merge-base with origin/main,
                 else HEAD~1)
  --json         the report as JSON
  --verbose      also the changes that break nothing
  --repo <dir>   the checkout to judge (default: this one)
  -h, --help     this text`,
    options: {
      base: { type: 'string' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      repo: { type: 'string' },
    },
  });
  const repo = path.resolve(values.repo ?? projectRoot);
  const say = (text: string): void => {
    process.stdout.write(
      values.json ? `${JSON.stringify({ base: null, fails: false, note: text })}\n` : `${text}\n`,
    );
  };
  const base = await resolveBase(repo, values.base ?? (process.env.BASE_REF || undefined));
  if ('none' in base) {
    say(`Breaking-change gate: nothing to compare (${base.none}); passes.`);
    return 0;
  }
  // Redocly's rules do not matter for bundling; the project's config keeps it from looking elsewhere.
  const redoclyConfig = path.join(projectRoot, 'redocly.yaml');
  const { specDir, dispose } = await extractSpecAt(repo, base.commit);
  try {
    if (
      !specDir ||
      !(await exists(path.join(specDir, 'asyncapi.yaml'))) ||
      !(await exists(path.join(specDir, 'openapi.yaml')))
    ) {
      say(`Breaking-change gate: ${base.label} has no spec/asyncapi.yaml and spec/openapi.yaml; passes.`);
      return 0;
    }
    const [before, after] = await Promise.all([
      loadSpecDocuments(specDir, redoclyConfig),
      loadSpecDocuments(path.join(repo, 'spec'), redoclyConfig),
    ]);
    const result = compareSpecs(before, after);
    process.stdout.write(
      `${values.json ? formatJson(result, base.label) : formatHuman(result, base.label, { verbose: values.verbose })}\n`,
    );
    return result.fails ? 1 : 0;
  } finally {
    await dispose();
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`breaking-change gate: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
