// Acknowledged, persisted chat messages per second, next to the store's own limit measured in the same
// run. S sender connections, each in a room of its own (so the figure is the durable pipeline, not
// fan-out), each keeping W messages in flight, for D seconds; for each S of --senders in turn (scaling),
// on one server. Before and after it, with no server running, the limit: the same rows inserted in
// batches straight through the same driver and settings on a fresh database (bench/lib/store-limit.ts),
// on the server's CPU. The server runs in its own process in production mode; with DATABASE_URL, on
// PostgreSQL.
//   node --import tsx bench/chat-throughput.ts [--senders 1,20,100] [--window 32] [--seconds 10]
//     [--limit-seconds 5] [--profile DIR]
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { MessageReceipt } from '../generated/types.js';
import { dropSchema } from '../test/helpers/postgres.js';
import { numberArg } from './lib/args.js';
import { type BenchSocket, connectUsers, registerUsers } from './lib/clients.js';
import { Histogram } from './lib/histogram.js';
import { numberListArg } from './lib/list-arg.js';
import { saveResult } from './lib/results.js';
import { now, type Summary } from './lib/stats.js';
import type { StoreLimit, StoreLimitOptions } from './lib/store-limit.js';
import { measureStoreLimits } from './lib/store-limit-process.js';
import { cpuMsOf, type RunningTarget, startTarget } from './lib/targets.js';

const SENDERS = numberListArg('senders', [1, 20, 100]);
const WINDOW = numberArg('window', 32);
const SECONDS = numberArg('seconds', 10);
const WARMUP_SECONDS = Math.min(2, SECONDS);
const LIMIT_SECONDS = numberArg('limit-seconds', Math.min(5, SECONDS));
// The step whose figure is the headline (and the keys the report has always read): 20 senders, as
// before scaling was measured, or the largest step when 20 is not among them.
const HEADLINE = SENDERS.includes(20) ? 20 : Math.max(...SENDERS);
// GroupCommit's default maxBatch: no transaction of the server holds more messages than this.
const MAX_BATCH = 1000;
const TARGET_OF_LIMIT = 0.5;
// --profile DIR: a CPU profile of the server over each step's measured window (as bench/run.ts --profile).
const PROFILE_DIR = process.argv.includes('--profile')
  ? path.resolve(process.argv[process.argv.indexOf('--profile') + 1] ?? 'bench/results/profiles')
  : undefined;
if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });

const databaseUrl = process.env.DATABASE_URL || undefined;
const database = databaseUrl ? 'postgres' : 'sqlite';
const schema = `bench_${process.pid}`;

interface Step {
  senders: number;
  window: number;
  seconds: number;
  acked: number;
  perSecond: number;
  failed: number;
  /** Send to acknowledgement, as the sender sees it. */
  ackMs: Summary;
  /** The server's CPU time (user + system) per acknowledged message, and how busy its CPU was. */
  serverCpuUsPerMessage: number;
  serverBusy: number;
  /** How busy this process (the senders) was: near 1, the figure is the load generator's limit too. */
  loadBusy: number;
  /** The machine's 1-minute load average after the step: far above its CPU count, the figures are noisy. */
  loadAverage: number;
  /** The store's rows/s in transactions as large as this many messages in flight allow. */
  limit?: { batch: number; rooms: number; rowsPerSecond: number };
  ofLimit?: number;
}

// A body of about 100 bytes of JSON, as in the benchmark suite.
const BODY = { text: 'x'.repeat(70), n: 0 };

/** Each of `sockets` keeps WINDOW messages in flight to its own room; counted after a warm-up. */
async function measureStep(target: RunningTarget, sockets: BenchSocket[]): Promise<Step> {
  const acks = new Histogram();
  let counting = false;
  let acked = 0;
  let failed = 0;
  let stop = false;
  const lane = async (socket: BenchSocket, room: string) => {
    while (!stop) {
      const sentAt = now();
      const reply = (await socket.timeout(30_000).emitWithAck('send-message', { room, body: BODY })) as
        | MessageReceipt
        | { error: unknown };
      if ('error' in reply) failed++;
      else if (counting) {
        acked++;
        acks.record(now() - sentAt);
      }
    }
  };
  const lanes = sockets.flatMap((s, i) => Array.from({ length: WINDOW }, () => lane(s, `tput-${i}`)));
  await new Promise((resolve) => setTimeout(resolve, WARMUP_SECONDS * 1000));
  if (PROFILE_DIR) await target.profile('start');
  const cpuBefore = await target.cpuMs();
  const loadBefore = process.cpuUsage();
  counting = true;
  const started = now();
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  counting = false;
  const elapsed = (now() - started) / 1000;
  const load = cpuMsOf(process.cpuUsage(loadBefore));
  const cpu = (await target.cpuMs()) - cpuBefore;
  if (PROFILE_DIR)
    await target.profile(
      'stop',
      path.join(PROFILE_DIR, `switchboard-chat-${database}-${sockets.length}.cpuprofile`),
    );
  stop = true;
  await Promise.all(lanes);
  return {
    senders: sockets.length,
    window: WINDOW,
    seconds: elapsed,
    acked,
    perSecond: Math.round(acked / elapsed),
    failed,
    ackMs: acks.summary(),
    serverCpuUsPerMessage: acked > 0 ? (cpu * 1000) / acked : Number.NaN,
    serverBusy: cpu / 1000 / elapsed,
    loadBusy: load / 1000 / elapsed,
    loadAverage: loadavg()[0] ?? Number.NaN,
  };
}

async function measureSwitchboard(): Promise<Step[]> {
  const env: Record<string, string> = databaseUrl
    ? { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema }
    : {};
  const target = await startTarget('switchboard', env);
  try {
    const users = await registerUsers(target.url, Math.max(...SENDERS), `tput${Date.now() % 100000}_`);
    const sockets = await connectUsers(target.url, users);
    await Promise.all(
      sockets.map((s, i) => s.timeout(10_000).emitWithAck('join-room', { room: `tput-${i}` })),
    );
    const steps: Step[] = [];
    for (const senders of SENDERS) {
      const step = await measureStep(target, sockets.slice(0, senders));
      console.log(
        `${senders} sender${senders === 1 ? '' : 's'} × ${WINDOW} in flight: ${step.perSecond} acknowledged messages/s, ack p99 ${step.ackMs.p99.toFixed(1)} ms (machine load average ${step.loadAverage.toFixed(1)})`,
      );
      steps.push(step);
    }
    for (const s of sockets) s.close();
    return steps;
  } finally {
    await target.stop();
    if (databaseUrl) await dropSchema(schema, databaseUrl).catch(() => {});
  }
}

const batchFor = (senders: number) => Math.min(MAX_BATCH, senders * WINDOW);
const limitOptions = (layer: StoreLimitOptions['layer'], rooms: number, batch: number, writers = 1) => ({
  layer,
  rooms,
  batch,
  writers,
  seconds: LIMIT_SECONDS,
  warmupSeconds: Math.min(1, LIMIT_SECONDS),
});
const same = (a: StoreLimitOptions, b: StoreLimitOptions) =>
  a.layer === b.layer && a.rooms === b.rooms && a.batch === b.batch && a.writers === b.writers;

// The limit proper: rows alone, as large a transaction as the server ever commits, spread over the
// headline's rooms. On PostgreSQL also several transactions at once (its pool allows ten), since the
// server's one group commit at a time is a choice of the server, not a limit of the store. Measured
// before and after Switchboard and averaged: on a shared machine the disk's fsync time drifts within
// minutes, and a limit from one moment would misjudge a figure from another.
const limitPlan: StoreLimitOptions[] = [limitOptions('rows', HEADLINE, MAX_BATCH)];
if (databaseUrl) limitPlan.push(limitOptions('rows', HEADLINE, MAX_BATCH, 4));
console.log(`the store's own limit on ${database}, before: ${limitPlan.length} × ${LIMIT_SECONDS} s`);
const limitsBefore = await measureStoreLimits(limitPlan, databaseUrl);

const steps = await measureSwitchboard();
const headline = steps.find((s) => s.senders === HEADLINE) as Step;

const headlinePlan = [...limitPlan];
// The store layer as the server calls it: what MessageStore.append adds to the rows.
limitPlan.push(limitOptions('append', HEADLINE, MAX_BATCH));
// Per step: transactions no larger than the messages in flight (one sender cannot fill a batch of 1000).
for (const s of steps) {
  const options = limitOptions('rows', s.senders, batchFor(s.senders));
  if (!limitPlan.some((p) => same(p, options))) limitPlan.push(options);
}
console.log(`\nthe store's own limit on ${database}, after: ${limitPlan.length} × ${LIMIT_SECONDS} s`);
const limits = await measureStoreLimits(limitPlan, databaseUrl);
const find = (options: StoreLimitOptions) => limits.find((l) => same(l, options)) as StoreLimit;
const rowLimits = headlinePlan.map((options) => {
  const runs = [limitsBefore, limits].map(
    (measured) => (measured.find((l) => same(l, options)) as StoreLimit).rowsPerSecond,
  ) as [number, number];
  return { ...find(options), rowsPerSecond: Math.round((runs[0] + runs[1]) / 2), runs };
});
const limit = rowLimits.reduce((a, b) => (b.rowsPerSecond > a.rowsPerSecond ? b : a));
const appendLimit = find(limitOptions('append', HEADLINE, MAX_BATCH));
for (const s of steps) {
  const options = limitOptions('rows', s.senders, batchFor(s.senders));
  const l = rowLimits.find((r) => same(r, options)) ?? find(options);
  s.limit = { batch: l.batch, rooms: l.rooms, rowsPerSecond: l.rowsPerSecond };
  s.ofLimit = s.perSecond / l.rowsPerSecond;
}
const ofLimit = headline.perSecond / limit.rowsPerSecond;

const n = (v: number) => Math.round(v).toLocaleString('en-US');
console.log(
  `\n| durable chat on ${database}, ${WINDOW} in flight per sender | acknowledged messages/s | ack p50 | ack p99 | server CPU per message | server / senders busy | store limit (batch) | ÷ limit |\n|---:|---:|---:|---:|---:|---:|---:|---:|`,
);
for (const s of steps)
  console.log(
    `| ${s.senders} sender${s.senders === 1 ? '' : 's'} | ${n(s.perSecond)} | ${s.ackMs.p50.toFixed(2)} ms | ${s.ackMs.p99.toFixed(1)} ms | ${s.serverCpuUsPerMessage.toFixed(0)} µs | ${Math.round(s.serverBusy * 100)}% / ${Math.round(s.loadBusy * 100)}% | ${n(s.limit?.rowsPerSecond ?? 0)}/s (${s.limit?.batch}) | ${(s.ofLimit ?? 0).toFixed(2)}× |`,
  );
console.log(
  `\n| ${database}: rows/s in transactions of ${MAX_BATCH} over ${HEADLINE} rooms | figure |\n|---|---:|`,
);
for (const l of rowLimits)
  console.log(
    `| the rows alone, ${l.writers === 1 ? 'one transaction at a time' : `${l.writers} transactions at once`} (before / after) | ${n(l.rowsPerSecond)} (${l.runs.map(n).join(' / ')}) |`,
  );
console.log(`| MessageStore.append (rows and room numbering) | ${n(appendLimit.rowsPerSecond)} |`);
console.log(`| Switchboard, ${HEADLINE} senders, acknowledged messages/s | ${n(headline.perSecond)} |`);
console.log(
  `| Switchboard ÷ limit | ${ofLimit.toFixed(2)}× (target ≥ ${TARGET_OF_LIMIT}× ${ofLimit >= TARGET_OF_LIMIT ? '✅' : '❌'}) |`,
);
console.log(`| refused | ${steps.reduce((a, s) => a + s.failed, 0)} |`);

saveResult(`chat-throughput-${database}`, {
  database,
  // The headline step, under the keys the report has always read.
  senders: headline.senders,
  window: WINDOW,
  seconds: headline.seconds,
  acked: headline.acked,
  perSecond: headline.perSecond,
  failed: headline.failed,
  limit,
  ofLimit,
  targetOfLimit: TARGET_OF_LIMIT,
  appendLimit,
  scaling: steps,
  limits,
  limitsBefore,
});
