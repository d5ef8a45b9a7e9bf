/**
 * Runs the security review's attacks (issue 11) against a real server process and prints what each
 * measured: `node --import tsx bench/attacks/run.ts [--repo <dir>] [--out <file.json>] [--md <file.md>]
 * [finding…]`. The repository defaults to this one; `--repo` points the same harness at another
 * checkout (the fixed code), whose server it starts with `node --import tsx src/main.ts`.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { attack as deepJson } from './deep-json.js';
import { attack as inflightFlood } from './inflight-flood.js';
import type { Attack, Row } from './lib.js';
import { attack as loginLimits } from './login-limits.js';
import { attack as rateLimits } from './rate-limits.js';
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

function parseArgs(argv: string[]): { repo: string; out?: string; md?: string; names: string[] } {
  let repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  let out: string | undefined;
  let md: string | undefined;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--repo') repo = path.resolve(argv[++i] ?? '.');
    else if (arg === '--out') out = argv[++i];
    else if (arg === '--md') md = argv[++i];
    else names.push(arg);
  }
  const unknown = names.filter((n) => !ATTACKS.some((a) => a.name === n));
  if (unknown.length > 0)
    throw new Error(
      `unknown finding(s) ${unknown.join(', ')}; known: ${ATTACKS.map((a) => a.name).join(', ')}`,
    );
  return { repo, out, md, names };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function markdown(rows: readonly Row[]): string {
  const lines = ['| finding | what was tried | measured outcome |', '|---|---|---|'];
  for (const r of rows) lines.push(`| ${cell(r.finding)} | ${cell(r.tried)} | ${cell(r.outcome)} |`);
  return `${lines.join('\n')}\n`;
}

function commitOf(repo: string): string {
  try {
    return execFileSync('git', ['-C', repo, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const { repo, out, md, names } = parseArgs(process.argv.slice(2));
  const chosen = names.length > 0 ? ATTACKS.filter((a) => names.includes(a.name)) : ATTACKS;
  const startedAt = new Date().toISOString();
  const rows: Row[] = [];
  const timings: Record<string, number> = {};
  console.error(`attacking ${repo} (${commitOf(repo)})`);
  for (const attack of chosen) {
    const started = Date.now();
    console.error(`- ${attack.name}…`);
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
      rows.push(...(await Promise.race([attack.run(repo), timeout])));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      rows.push({
        finding: attack.name,
        tried: 'the whole attack',
        outcome: `failed: ${message}`,
        figures: {},
      });
    } finally {
      clearTimeout(timer);
      await reapServers();
    }
    timings[attack.name] = Date.now() - started;
    console.error(`  ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const table = markdown(rows);
  console.log(table);
  if (md) writeFileSync(md, table);
  if (out) {
    const report = { repo, commit: commitOf(repo), node: process.version, startedAt, timings, rows };
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  }
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
