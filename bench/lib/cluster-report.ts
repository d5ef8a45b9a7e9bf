import type { FanoutStep } from '../workloads/fanout.js';
import type { GhostResult } from '../workloads/ghosts.js';

/** What bench/cluster.ts writes to bench/results/cluster.json. */
export interface ClusterResult {
  members: number;
  rate: number;
  seconds: number;
  processes: number;
  database: 'postgres';
  /** The machine's 1-minute load average after the rounds: other tenants show in it (2 CPUs here). */
  loadAverage: number;
  /**
   * The same fan-out on one process (no REDIS_URL) and on the cluster, both on PostgreSQL, one entry
   * per round (the rounds alternate between the sides).
   */
  rounds: { single: FanoutStep[]; cluster: FanoutStep[] };
  ghosts: GhostResult;
}

// Issue 15's targets, as ratios of the cluster to one process (and seconds for ghosts).
const CPU_TARGET = 1.3;
const P99_TARGET = 2;
const GHOST_TARGET_S = 30;

const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 1)} ms`;
const times = (v: number) => `${v.toFixed(2)}×`;
const check = (ok: boolean) => (ok ? '✅' : '❌');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A side's figures: the median of its rounds, each figure on its own (a noisy round moves none much). */
function side(steps: readonly FanoutStep[]) {
  return {
    cpu: median(steps.map((s) => s.serverCpuMsPer1000)),
    p50: median(steps.map((s) => s.latency.p50)),
    p99: median(steps.map((s) => s.latency.p99)),
    perSecond: median(steps.map((s) => s.deliveredPerSecond)),
    behind: steps.filter((s) => !s.keptUp).length,
  };
}

/** The comparison as a markdown table (printed by the script, and in bench/results/latest.md). */
export function renderCluster(r: ClusterResult): string[] {
  const a = side(r.rounds.single);
  const b = side(r.rounds.cluster);
  const rounds = r.rounds.single.length;
  const cpu = b.cpu / a.cpu;
  const p50 = b.p50 / a.p50;
  const p99 = b.p99 / a.p99;
  const kept = (s: ReturnType<typeof side>) => (s.behind ? ` (${s.behind} of ${rounds} fell behind)` : '');
  const g = r.ghosts;
  const cleared = g.cleared === g.users;
  return [
    `Cross-process delivery: ${r.rate} msg/s for ${r.seconds} s (${rounds > 1 ? `median of ${rounds} alternating rounds` : 'one round: indicative only, quote a full run'}) into one persistent room of ${r.members} members, both on PostgreSQL; ` +
      `the cluster is ${r.processes} processes on Redis with the members spread evenly and the sender on the first. ` +
      `Every server process shares the one server CPU; CPU is the sum over the processes (Redis's and PostgreSQL's own are in neither). ` +
      `Load average after the rounds: ${r.loadAverage.toFixed(1)}.`,
    '',
    `| cross-process fan-out | one process | ${r.processes} processes | ${r.processes} ÷ 1 | target |`,
    '|---|---:|---:|---:|---|',
    `| server CPU per 1,000 deliveries | ${ms(a.cpu)} | ${ms(b.cpu)} | ${times(cpu)} | ≤ ${CPU_TARGET}× ${check(cpu <= CPU_TARGET)} |`,
    `| delivery p50 | ${ms(a.p50)} | ${ms(b.p50)} | ${times(p50)} | |`,
    `| delivery p99 | ${ms(a.p99)} | ${ms(b.p99)} | ${times(p99)} | ≤ ${P99_TARGET}× ${check(p99 <= P99_TARGET)} |`,
    `| deliveries/s | ${Math.round(a.perSecond).toLocaleString('en-US')}${kept(a)} | ${Math.round(b.perSecond).toLocaleString('en-US')}${kept(b)} | | |`,
    `| ghost clearing after SIGKILL: ${g.users} users, median / max | | ${cleared ? `${g.seconds.p50.toFixed(1)} s / ${g.seconds.max.toFixed(1)} s` : `${g.cleared} of ${g.users} cleared within 60 s`} | | ≤ ${GHOST_TARGET_S} s ${check(cleared && g.seconds.max <= GHOST_TARGET_S)} |`,
  ];
}
