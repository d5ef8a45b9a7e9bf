/**
 * Runs the security review's attacks (issue 11) against a real server process and prints what each
 * measured (`make attacks`):
 *
 *   node --import tsx bench/attacks/run.ts [--repo <dir>] [--out <file.json>] [--md <file.md>] [finding…]
 *
 * The repository defaults to this one; `--repo` points the same harness at another checkout (the code
 * before a fix), whose server it starts with `node --import tsx src/main.ts`. The report goes to
 * bench/results/attacks-latest.{json,md} unless --out / --md say otherwise. Two reports side by side:
 *
 *   node --import tsx bench/attacks/run.ts --compare <before.json> <after.json> [--md <file.md>]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCommandLine } from '../../scripts/lib/args.js';
import { attack as deepJson } from './deep-json.js';
import { attack as inflightFlood } from './inflight-flood.js';
import type { Attack, Row } from './lib.js';
import { attack as loginLimits } from './login-limits.js';
import { attack as rateLimits } from './rate-limits.js';
import { comparison, markdown, type Report } from './report.js';
import { attack as revokedAccess } from './revoked-access.js';
import { reapServers } from './server.js';
import { attack as shutdown } from './shutdown.js';
import { attack as slowConsumer } from './slow-consumer.js';
import { attack as smaller } from './smaller.js';
import { attack as unauthSlots } from './unauth-slots.js';

const ATTACKS: readonly Attack[] = [
  slowConsumer,
  inflightFlood,
  loginLimits,
  revokedAccess,
  rateLimits,
  deepJson,
  shutdown,
  unauthSlots,
  smaller,
];

/** An attack that runs longer than this is abandoned (its servers are killed) and reported as such. */
const ATTACK_TIMEOUT_MS = 150_000;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RESULTS = path.join(ROOT, 'bench', 'results');

interface Args {
  repo: string;
  out?: string;
  md?: string;
  names: string[];
  compare?: [string, string];
}

const USAGE = `Usage: node --import tsx bench/attacks/run.ts [--repo <dir>] [--out <file.json>] [--md <file.md>] [finding…]
       node --import tsx bench/attacks/run.ts --compare <before.json> <after.json> [--md <file.md>]

The security review's attacks against a real server process (make attacks); a report, not a test.

Options:
  --repo <dir>         the checkout whose server is attacked (default: this one)
  --out <file.json>    the report (default bench/results/attacks-latest.json)
  --md <file.md>       its table (default bench/results/attacks-latest.md)
  --compare <a> <b>    only print two saved reports side by side
  -h, --help           this text

Findings (all without one): ${ATTACKS.map((a) => a.name).join(', ')}`;

function parseArgs(argv: string[]): Args {
  // --compare takes two files: the first is its value, the second the one positional it then allows.
  const { values, positionals } = readCommandLine(
    {
      usage: USAGE,
      positionals: true,
      options: {
        repo: { type: 'string' },
        out: { type: 'string' },
        md: { type: 'string' },
        compare: { type: 'string' },
      },
    },
    argv,
  );
  const resolved = (file: string | undefined) => (file === undefined ? undefined : path.resolve(file));
  const args: Args = {
    repo: resolved(values.repo) ?? ROOT,
    out: resolved(values.out),
    md: resolved(values.md),
    names: positionals,
  };
  if (values.compare !== undefined) {
    const [after, ...extra] = positionals;
    if (after === undefined || extra.length > 0)
      refuse('--compare takes two reports: <before.json> <after.json>');
    args.compare = [values.compare, after];
    args.names = [];
  }
  const unknown = args.names.filter((n) => !ATTACKS.some((a) => a.name === n));
  if (unknown.length > 0) refuse(`unknown finding(s) ${unknown.join(', ')}`);
  return args;
}

function refuse(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function commitOf(repo: string): string {
  try {
    return execFileSync('git', ['-C', repo, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** Runs one attack, bounded by ATTACK_TIMEOUT_MS; whatever happens, its servers are gone afterwards. */
async function runAttack(attack: Attack, repo: string): Promise<Row[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Row[]>((resolve) => {
    timer = setTimeout(
      () =>
        resolve([
          {
            finding: attack.name,
            tried: 'the whole attack',
            outcome: `abandoned after ${ATTACK_TIMEOUT_MS / 1000} s`,
            figures: {},
          },
        ]),
      ATTACK_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([attack.run(repo), timeout]);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return [{ finding: attack.name, tried: 'the whole attack', outcome: `failed: ${message}`, figures: {} }];
  } finally {
    clearTimeout(timer);
    await reapServers();
  }
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

async function main(): Promise<void> {
  const { repo, out, md, names, compare } = parseArgs(process.argv.slice(2));
  if (compare) {
    const [before, after] = compare.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Report) as [
      Report,
      Report,
    ];
    const table = comparison(before, after);
    console.log(table);
    if (md) write(md, table);
    return;
  }
  const chosen = names.length > 0 ? ATTACKS.filter((a) => names.includes(a.name)) : ATTACKS;
  const report: Report = {
    repo,
    commit: commitOf(repo),
    node: process.version,
    startedAt: new Date().toISOString(),
    timings: {},
    rows: [],
  };
  console.error(`attacking ${repo} (${report.commit})`);
  for (const attack of chosen) {
    const started = Date.now();
    console.error(`- ${attack.name}…`);
    report.rows.push(...(await runAttack(attack, repo)));
    report.timings[attack.name] = Date.now() - started;
    console.error(`  ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const table = markdown(report.rows);
  console.log(table);
  const mdFile = md ?? path.join(RESULTS, 'attacks-latest.md');
  const jsonFile = out ?? path.join(RESULTS, 'attacks-latest.json');
  write(mdFile, table);
  write(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  console.error(`wrote ${mdFile} and ${jsonFile}`);
}

main().then(
  // Clients an abandoned attack left open would keep the process alive: the report is written, so exit.
  () => process.exit(0),
  async (err: unknown) => {
    console.error(err);
    await reapServers();
    process.exit(1);
  },
);
