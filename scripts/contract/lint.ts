// `make contract-lint`: Spectral over the spec, with .spectral.yaml (Spectral's AsyncAPI and OpenAPI
// rulesets and ours). Fails on every error or warning spec/lint-allowlist.yaml does not accept, and on
// every allowlist entry that accepts nothing any more.
//
//   node --import tsx scripts/contract/lint.ts [--spec=<dir>]
//
// Exit code: 0 clean, 1 findings or stale entries, 2 the lint could not run (Spectral failed, the
// allowlist is malformed).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCommandLine } from '../lib/args.js';
import { AllowlistError, judge, readAllowlist } from './lint/allowlist.js';
import { type Finding, fails, formatFinding } from './lint/findings.js';
import { LintToolError, runSpectral, specFiles, spectralVersion } from './lint/run-spectral.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = readCommandLine({
  usage: `Usage: node --import tsx scripts/contract/lint.ts [--spec <dir>]

Spectral over the spec with .spectral.yaml (make contract-lint). Exit code 0 clean, 1 findings that
spec/lint-allowlist.yaml does not accept or stale entries there, 2 the lint could not run.

Options:
  --spec <dir>   the spec folder to lint (default: spec/ of this checkout)
  -h, --help     this text`,
  options: { spec: { type: 'string' } },
});
const specDir = path.resolve(values.spec ?? path.join(repo, 'spec'));
const projectRoot = path.dirname(specDir);
const ruleset = path.join(repo, '.spectral.yaml');
const allowlistFile = path.join(specDir, 'lint-allowlist.yaml');
const show = (file: string): string => path.relative(projectRoot, file);
const started = performance.now();

try {
  const files = specFiles(specDir);
  console.log(
    `Spectral ${spectralVersion()} with ${path.relative(repo, ruleset)}: ${files.documents.map(show).join(', ')} ` +
      `and the ${files.parts.length} files under ${show(specDir)}/'s subfolders`,
  );
  const findings = await runSpectral({ ruleset, files, projectRoot });
  const entries = readAllowlist(allowlistFile);
  const { unlisted, accepted, stale } = judge(findings.filter(fails), entries);

  for (const finding of unlisted) console.log(formatFinding(finding));
  for (const entry of stale) {
    console.log(
      `${show(allowlistFile)}:${entry.line} stale: ${entry.rule} at ${entry.file}#${entry.pointer} matches no finding any more: remove the entry`,
    );
  }
  for (const note of findings.filter((f) => !fails(f)))
    console.log(`note (does not fail): ${formatFinding(note)}`);
  if (accepted.length > 0) {
    console.log(
      `${accepted.length} accepted in ${show(allowlistFile)}: ${summarize(accepted.map((a) => a.finding))}`,
    );
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (unlisted.length === 0 && stale.length === 0) {
    console.log(`✔ contract lint: clean in ${seconds} s`);
  } else {
    const counts = [
      unlisted.length > 0 ? `${unlisted.length} finding(s)` : '',
      stale.length > 0 ? `${stale.length} stale allowlist entr${stale.length === 1 ? 'y' : 'ies'}` : '',
    ].filter(Boolean);
    console.log(`✖ contract lint: ${counts.join(' and ')} in ${seconds} s`);
    if (unlisted[0]) console.log(howToAccept(unlisted[0]));
    process.exitCode = 1;
  }
} catch (err) {
  if (!(err instanceof LintToolError || err instanceof AllowlistError)) throw err;
  console.error(`contract lint could not run: ${err.message}`);
  process.exitCode = 2;
}

function summarize(findings: Finding[]): string {
  return findings.map((f) => `${f.rule} at ${f.file}#${f.pointer}`).join(', ');
}

/** Fix the spec; where the finding is right as it is, this is the entry that says so. */
function howToAccept(finding: Finding): string {
  return [
    `Fix the spec, or accept a finding with a reason in ${show(allowlistFile)}:`,
    `- rule: ${finding.rule}`,
    `  file: ${finding.file}`,
    `  pointer: ${JSON.stringify(finding.pointer)}`,
    '  reason: <why the spec is right as it is>',
  ].join('\n');
}
