import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Histogram } from '../lib/histogram.js';
import { ms } from '../lib/stats.js';
import type { HealthSample } from './health.js';
import type { RoleReport } from './stats.js';
import type { RoleName } from './worker.js';

export interface SoakResult {
  date: string;
  minutes: number;
  warmupSeconds: number;
  users: number;
  seed: number;
  memory: {
    samples: HealthSample[];
    rssAfterWarmup: number;
    rssEnd: number;
    rssPeak: number;
    rssDriftPerMinute: number;
    heapAfterWarmup: number;
    heapEnd: number;
    heapDriftPerMinute: number;
    healthFailures: number;
  };
  roles: Record<RoleName, RoleReport>;
  server: {
    errorsLogged: number;
    errors: string[];
    /** The server's own `slow consumer cut off` warnings. */
    slowConsumersLogged: number;
    aliveAtEnd: boolean;
    exitCode: number | null;
    signal: string | null;
  };
}

const MiB = 1024 * 1024;
const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;
const perMinute = (bytes: number) => `${bytes >= 0 ? '+' : ''}${(bytes / MiB).toFixed(2)} MiB/min`;
const n = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 0 });
const byCode = (codes: Record<string, number>) =>
  Object.entries(codes)
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `${code} ${n(count)}`)
    .join(', ') || 'none';

/** Adds up every role's counters of one kind. */
function total(roles: RoleReport[], pick: (r: RoleReport) => number): number {
  return roles.reduce((sum, r) => sum + pick(r), 0);
}

function mergedCodes(roles: RoleReport[]): Record<string, number> {
  const codes: Record<string, number> = {};
  for (const role of roles)
    for (const [code, count] of Object.entries(role.refusals)) codes[code] = (codes[code] ?? 0) + count;
  return codes;
}

/** The soak as a Markdown table, then the problems seen, if any. */
export function soakMarkdown(r: SoakResult): string {
  const { chat, presence, documents, churn, slowConsumers, fuzzTrickle } = r.roles;
  const all = Object.values(r.roles);
  const load = all.filter((role) => role !== fuzzTrickle);
  const latency = chat.latency ? Histogram.fromJSON(chat.latency).summary() : undefined;
  const c = (role: RoleReport, name: string) => role.counts[name] ?? 0;
  const cutOff = c(slowConsumers, 'slow consumers cut off');
  const rows: [string, string][] = [
    [
      'duration',
      `${r.minutes} min of load (the first ${r.warmupSeconds} s warm-up), ${r.users} users, ${all.length} load processes`,
    ],
    ['RSS after warm-up → at end', `${mib(r.memory.rssAfterWarmup)} → ${mib(r.memory.rssEnd)}`],
    ['RSS drift (least-squares fit after warm-up)', perMinute(r.memory.rssDriftPerMinute)],
    ['peak RSS', mib(r.memory.rssPeak)],
    [
      'heap used after warm-up → at end (drift)',
      `${mib(r.memory.heapAfterWarmup)} → ${mib(r.memory.heapEnd)} (${perMinute(r.memory.heapDriftPerMinute)})`,
    ],
    [
      'send-message ack latency p50 / p99 / max',
      latency ? `${ms(latency.p50)} / ${ms(latency.p99)} / ${ms(latency.max)}` : 'none',
    ],
    [
      'messages acknowledged (Socket.IO + /ws)',
      `${n(c(chat, 'messages'))} + ${n(c(chat, 'messages over /ws'))}`,
    ],
    ['chat deliveries', `${n(c(chat, 'deliveries'))} of ${n(c(chat, 'expected deliveries'))} expected`],
    [
      'REST document writes → db events delivered',
      `${n(c(documents, 'writes'))} → ${n(c(documents, 'db events'))} of ${n(c(documents, 'expected db events'))} expected`,
    ],
    [
      'presence changes → activity events received',
      `${n(c(presence, 'activity changes'))} → ${n(c(presence, 'activity events'))}`,
    ],
    [
      'churn: connections opened (Socket.IO + /ws), joins + leaves',
      `${n(c(churn, 'Socket.IO connections'))} + ${n(c(churn, '/ws connections'))}, ${n(c(churn, 'joins'))} + ${n(c(churn, 'leaves'))}`,
    ],
    [
      'slow consumers cut off',
      `${n(cutOff)} of ${n(c(slowConsumers, 'slow consumers'))}${cutOff ? `, ${ms(c(slowConsumers, 'milliseconds to cut-off') / cutOff)} on average after they stopped reading` : ''} (server logged ${n(r.server.slowConsumersLogged)})`,
    ],
    [
      'fuzzed frames (Socket.IO + /ws), answered with',
      `${n(c(fuzzTrickle, 'Socket.IO frames'))} + ${n(c(fuzzTrickle, '/ws frames'))}: replies ${n(c(fuzzTrickle, 'Socket.IO replies') + c(fuzzTrickle, '/ws answers'))}, ${byCode(fuzzTrickle.refusals)}`,
    ],
    ['spec’d refusals of the load (not the fuzzed frames), by code', byCode(mergedCodes(load))],
    ['INTERNAL answers', n(total(all, (role) => role.internal))],
    ['requests never answered', n(total(all, (role) => role.unanswered))],
    ['connections closed unexpectedly', n(total(all, (role) => role.unexpectedCloses))],
    ['server log lines at error level', n(r.server.errorsLogged)],
    ['health checks failed during the run', n(r.memory.healthFailures)],
    ['server alive at the end', r.server.aliveAtEnd ? 'yes (GET /api/health 200)' : '**no**'],
    ['exit code after SIGTERM', r.server.signal ? `killed by ${r.server.signal}` : String(r.server.exitCode)],
  ];
  const table = ['| soak | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
  const problems = [
    ...r.server.errors.map((e) => `server logged: ${e}`),
    ...Object.entries(r.roles).flatMap(([name, role]) => role.problems.map((p) => `${name}: ${p}`)),
  ];
  return problems.length
    ? `${table}\n\nProblems:\n${problems.map((p) => `- ${p}`).join('\n')}\n`
    : `${table}\n`;
}

/** Writes bench/results/soak.json and soak.md (git-ignored, as every benchmark's results). */
export function saveSoak(result: SoakResult, markdown: string): string {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'soak.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(dir, 'soak.md'), markdown);
  return path.join(dir, 'soak.{json,md}');
}
