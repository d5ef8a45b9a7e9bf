import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import knexPkg from 'knex';
import { recordedFacts, startSpecCoverage } from '../src/transports/spec-coverage.js';
import { readAllowlist } from './helpers/coverage-allowlist.js';
import { undeclaredCodes } from './helpers/server.js';
import { coverageReport, formatReport, specCoverageItems, summaryLine } from './helpers/spec-coverage.js';

// Spec coverage (docs/api-design.md, Spec coverage): servers in this process record. This file is loaded by the
// process mocha runs in and, with --parallel (make test), by each of its workers, which are started
// after mochaGlobalSetup: a worker and every server started as a child process inherit
// SPEC_COVERAGE_FILE and append what they produce to it; the main process keeps its own in memory.
startSpecCoverage();

/**
 * Prints the spec coverage of the run: the table and what was never produced when SPEC_COVERAGE is
 * `enforce` (make test, make test-pg: then returns the failures) or `report`, also written to
 * test-output/spec-coverage.txt; one line otherwise, since a run of a few files is not expected to cover
 * the spec.
 */
function specCoverage(factsFile: string): string[] {
  const facts = new Set(recordedFacts());
  try {
    for (const fact of readFileSync(factsFile, 'utf8').split('\n')) if (fact) facts.add(fact);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const mode = process.env.SPEC_COVERAGE;
  const report = coverageReport(specCoverageItems(), facts, readAllowlist());
  if (mode !== 'enforce' && mode !== 'report') {
    console.log(summaryLine(report));
    return [];
  }
  const table = formatReport(report);
  console.log(`\n${table}\n`);
  // Kept for what reads it after the run (make contract, a CI artifact).
  mkdirSync('test-output', { recursive: true });
  writeFileSync(path.join('test-output', 'spec-coverage.txt'), `${table}\n`);
  if (mode !== 'enforce') return [];
  return [
    ...report.missing.map((i) => `never produced: ${i.key} (${i.label})`),
    ...report.stale.map((s) => `stale allowlist entry: ${s}`),
  ];
}

/**
 * Say which database the suite runs on, and fail loudly when PostgreSQL was asked for (DATABASE_URL)
 * but does not answer, instead of letting every test fail on its own.
 */
async function checkDatabase(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log('Database: SQLite (a temp file per server). The PostgreSQL leg is `make test-pg`.');
    return;
  }
  const db = knexPkg({
    client: 'pg',
    connection: url,
    pool: { min: 0, max: 1 },
    acquireConnectionTimeout: 5000,
  });
  try {
    await db.raw('select 1');
    console.log(`Database: PostgreSQL at ${new URL(url).host} (a fresh schema per server)`);
  } catch (err) {
    throw new Error(
      `PostgreSQL at ${new URL(url).host} does not answer (${(err as Error).message}); start it (see docs/contributing.md, Continuous integration) or unset DATABASE_URL`,
    );
  } finally {
    await db.destroy();
  }
}

let coverageDir: string | undefined;

// Mocha global fixtures: once per run, in the process mocha runs in (never in a --parallel worker).
export async function mochaGlobalSetup(): Promise<void> {
  coverageDir = mkdtempSync(path.join(tmpdir(), 'switchboard-coverage-'));
  process.env.SPEC_COVERAGE_FILE = path.join(coverageDir, 'facts');
  await checkDatabase();
}

export function mochaGlobalTeardown(): void {
  const dir = coverageDir as string;
  const uncovered = specCoverage(path.join(dir, 'facts'));
  rmSync(dir, { recursive: true, force: true });
  if (uncovered.length > 0)
    throw new Error(
      `spec coverage is below 100% (the table above); test these, or allowlist them with a reason in test/contract/coverage-allowlist.yaml:\n  ${uncovered.join('\n  ')}`,
    );
}

// Mocha root hooks: at the end of the run, and with --parallel at the end of each file, in the process
// that ran it, so a failure names the file whose server answered the code.
export const mochaHooks = {
  afterAll() {
    const undeclared = [...new Set(undeclaredCodes.splice(0))];
    if (undeclared.length > 0)
      throw new Error(
        `the server answered error codes its operations do not declare in the spec (reply x-errors or the server's x-request-errors):\n  ${undeclared.join('\n  ')}`,
      );
  },
};
