// What one presence change costs as its audience grows: one user's set-activity, delivered to N others,
// for each N of --receivers in turn (connections are added between steps, on one server per mode).
// Latency is the time from emitting set-activity to each receiver's `activity` event: the status carries
// the sender's clock, and the receivers are the fan-out's light clients in the load generators (on the
// load CPUs, as for fan-out), so what is timed is the server's delivery, not N full clients decoding in one
// process. The server's CPU time per change is read around each change from the probe in the server's
// own process (bench/lib/probe.ts), so the cost per receiver can be compared across N.
// Modes: `all` (SERVER_ACTIVITIES_BROADCAST=all, the default: every connection hears everyone) and
// `followers` (each receiver follows the user who changes).
//   node --import tsx bench/presence-fanout.ts [--receivers 10,100,1000] [--rounds 40] [--modes all,followers]
//     [--profile DIR]
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { numberArg } from './lib/args.js';
import { type BenchSocket, connectUser, registerUsers } from './lib/clients.js';
import { Histogram } from './lib/histogram.js';
import { STAMP_IN_TEXT } from './lib/light-client.js';
import { choiceListArg, numberListArg } from './lib/list-arg.js';
import { LoadWorker } from './lib/load.js';
import { saveResult } from './lib/results.js';
import { ms, now, type Summary, summarize } from './lib/stats.js';
import { cpuPlan, loadCpuCount, type RunningTarget, startTarget } from './lib/targets.js';

type Mode = 'all' | 'followers';
const RECEIVERS = numberListArg('receivers', [10, 100, 1000]).sort((a, b) => a - b);
const ROUNDS = numberArg('rounds', 40);
const MODES = choiceListArg<Mode>('modes', ['all', 'followers'], ['all', 'followers']);
const GAP_MS = 250;
// --profile DIR: a CPU profile of the server over each step's changes (as bench/run.ts --profile).
const PROFILE_DIR = process.argv.includes('--profile')
  ? path.resolve(process.argv[process.argv.indexOf('--profile') + 1] ?? 'bench/results/profiles')
  : undefined;
if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });
// Per receiver, a step may cost this much more than the step before (which had fewer receivers, so a
// larger share of fixed cost per receiver) before the growth is called faster than linear.
const SUPERLINEAR_FACTOR = 1.25;

interface Step {
  mode: Mode;
  receivers: number;
  rounds: number;
  deliveryMs: Summary;
  lastDeliveryMs: Summary;
  /** The server's CPU time for one change, all its deliveries included: median and mean over the rounds. */
  serverCpuMsPerChange: { p50: number; mean: number };
  /** The median above, per receiver. */
  serverCpuUsPerReceiver: number;
  /** The server's CPU time for an `echo` with its acknowledgement, measured the same way: a request's floor. */
  serverCpuMsPerEcho: number;
  /** The machine's 1-minute load average after the step: far above its CPU count, the figures are noisy. */
  loadAverage: number;
}

const sleep = (msecs: number) => new Promise((resolve) => setTimeout(resolve, msecs));

/** Waits until the server is idle (under 5% of a CPU for 200 ms): arrivals' announcements are all out. */
async function settle(target: RunningTarget): Promise<void> {
  for (let tries = 0; tries < 50; tries++) {
    const before = await target.cpuMs();
    await sleep(200);
    if ((await target.cpuMs()) - before < 10) return;
  }
}

/** The server's CPU time for answering one probe question, to take off each change's measure. */
async function probeCost(target: RunningTarget): Promise<number> {
  const costs: number[] = [];
  for (let i = 0; i < 21; i++) {
    const before = await target.cpuMs();
    costs.push((await target.cpuMs()) - before);
  }
  return summarize(costs).p50;
}

/** The server's CPU time for one request and its acknowledgement, `echo`, net of the probe. */
async function echoCost(target: RunningTarget, source: BenchSocket, overhead: number): Promise<number> {
  const costs: number[] = [];
  for (let i = 0; i < 20; i++) {
    const before = await target.cpuMs();
    await source.timeout(10_000).emitWithAck('echo', { data: 'floor' });
    costs.push(Math.max(0, (await target.cpuMs()) - before - overhead));
    await sleep(10);
  }
  return summarize(costs).p50;
}

type Report = { histogram: { sparse: [number, number][]; max: number }; lastAt: number };

/** Waits until the workers' receivers have all timed this round's change (or 10 s went by). */
async function untilDelivered(workers: readonly LoadWorker[], expected: number): Promise<Report[]> {
  const deadline = now() + 10_000;
  for (;;) {
    const reports = await Promise.all(workers.map((w) => w.send<Report>({ cmd: 'report' })));
    const got = reports.reduce((a, r) => a + Histogram.fromJSON(r.histogram).count, 0);
    if (got >= expected || now() > deadline) return reports;
    await sleep(2);
  }
}

async function measureStep(
  target: RunningTarget,
  mode: Mode,
  source: BenchSocket,
  workers: readonly LoadWorker[],
  receivers: number,
): Promise<Step> {
  await settle(target);
  const overhead = await probeCost(target);
  const echo = await echoCost(target, source, overhead);
  const deliveries = new Histogram();
  const completions: number[] = [];
  const cpu: number[] = [];
  if (PROFILE_DIR) await target.profile('start');
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(workers.map((w) => w.send({ cmd: 'measure' })));
    const cpuBefore = await target.cpuMs();
    const sentAt = now();
    const status = `${mode} ${receivers} round ${round} ${STAMP_IN_TEXT}${sentAt}`;
    await source.timeout(10_000).emitWithAck('set-activity', { state: 'busy', status });
    const reports = await untilDelivered(workers, receivers);
    cpu.push(Math.max(0, (await target.cpuMs()) - cpuBefore - overhead));
    for (const r of reports) deliveries.merge(Histogram.fromJSON(r.histogram));
    completions.push(Math.max(...reports.map((r) => r.lastAt)) - sentAt);
    await sleep(GAP_MS);
  }
  if (PROFILE_DIR)
    await target.profile(
      'stop',
      path.join(PROFILE_DIR, `switchboard-presence-${mode}-${receivers}.cpuprofile`),
    );
  const cpuPerChange = summarize(cpu).p50;
  return {
    mode,
    receivers,
    rounds: ROUNDS,
    deliveryMs: deliveries.summary(),
    lastDeliveryMs: summarize(completions),
    serverCpuMsPerChange: { p50: cpuPerChange, mean: cpu.reduce((a, b) => a + b, 0) / cpu.length },
    serverCpuUsPerReceiver: (cpuPerChange * 1000) / receivers,
    serverCpuMsPerEcho: echo,
    loadAverage: loadavg()[0] ?? Number.NaN,
  };
}

/** One server in `mode`; receivers are connected (and follow, in `followers`) step by step. */
async function measureMode(mode: Mode, workers: readonly LoadWorker[]): Promise<Step[]> {
  const target = await startTarget('switchboard', { SERVER_ACTIVITIES_BROADCAST: mode });
  try {
    const setupStarted = now();
    const largest = RECEIVERS.at(-1) as number;
    const [setter, ...receivers] = await registerUsers(
      target.url,
      largest + 1,
      `fan${mode[0]}${Date.now() % 100000}_`,
    );
    if (!setter) throw new Error('no users');
    const source = await connectUser(target.url, setter);
    let connected = 0;
    const steps: Step[] = [];
    for (const count of RECEIVERS) {
      // The new receivers, spread over the workers; in `followers`, they follow the setter.
      const added = receivers.slice(connected, count);
      const share = Math.ceil(added.length / workers.length);
      await Promise.all(
        workers.map(async (w, i) => {
          const auths = added
            .slice(i * share, (i + 1) * share)
            .map((u) => ({ socketSecret: u.socketSecret }));
          if (auths.length === 0) return;
          const opened = await w.send<{ failed: number; errors: string[] }>({
            cmd: 'connect',
            target: 'switchboard',
            url: target.url,
            auths,
            parallel: 50,
          });
          if (opened.failed > 0) throw new Error(`receivers refused: ${opened.errors.join('; ')}`);
        }),
      );
      if (mode === 'followers')
        await Promise.all(
          workers.map((w) =>
            w.send({ cmd: 'requestAll', event: 'follow-users', payload: { userIds: [setter.userId] } }),
          ),
        );
      connected = count;
      console.log(
        `${mode}: ${count} receivers ready ${((now() - setupStarted) / 1000).toFixed(1)} s after start (including registration)`,
      );
      steps.push(await measureStep(target, mode, source, workers, count));
    }
    await Promise.all(workers.map((w) => w.send({ cmd: 'close' })));
    source.close();
    return steps;
  } finally {
    await target.stop();
  }
}

/** Per receiver, each step against the one before; `superlinear` when the cost per receiver grew. */
function growthOf(steps: Step[]) {
  return steps.slice(1).map((step, i) => {
    const before = steps[i] as Step;
    const ratio = step.serverCpuUsPerReceiver / before.serverCpuUsPerReceiver;
    return {
      mode: step.mode,
      from: before.receivers,
      to: step.receivers,
      perReceiverRatio: ratio,
      /** CPU per change added by each receiver added. */
      marginalUsPerReceiver:
        ((step.serverCpuMsPerChange.p50 - before.serverCpuMsPerChange.p50) * 1000) /
        (step.receivers - before.receivers),
      superlinear: ratio > SUPERLINEAR_FACTOR,
    };
  });
}

// This process sends the changes: it runs on the load CPUs, with one load generator per load CPU.
const plan = cpuPlan();
if (plan.pinned && plan.load)
  execFileSync('taskset', ['-a', '-cp', plan.load, String(process.pid)], { stdio: 'ignore' });
const workers = Array.from({ length: loadCpuCount() }, () => new LoadWorker());
const steps: Step[] = [];
try {
  for (const mode of MODES) steps.push(...(await measureMode(mode, workers)));
} finally {
  for (const w of workers) w.stop();
}
const growth = MODES.flatMap((mode) => growthOf(steps.filter((s) => s.mode === mode)));

console.log(
  `\n| presence: one set-activity, ${ROUNDS} rounds | each delivery p50 | p99 | last delivery p50 | p99 | server CPU per change | per receiver | server CPU per echo |\n|---|---:|---:|---:|---:|---:|---:|---:|`,
);
for (const s of steps)
  console.log(
    `| ${s.mode}, ${s.receivers} receivers | ${ms(s.deliveryMs.p50)} | ${ms(s.deliveryMs.p99)} | ${ms(s.lastDeliveryMs.p50)} | ${ms(s.lastDeliveryMs.p99)} | ${ms(s.serverCpuMsPerChange.p50)} | ${s.serverCpuUsPerReceiver.toFixed(1)} µs | ${ms(s.serverCpuMsPerEcho)} |`,
  );
for (const g of growth)
  console.log(
    `${g.mode}, ${g.from} → ${g.to} receivers: CPU per receiver ×${g.perReceiverRatio.toFixed(2)}, each added receiver ${g.marginalUsPerReceiver.toFixed(1)} µs${g.superlinear ? ' — GROWS FASTER THAN LINEARLY' : ''}`,
  );

// The keys the report has always read: the largest step of the default mode (`all`), as before scaling.
const headline = [...steps].reverse().find((s) => s.mode === 'all') ?? (steps.at(-1) as Step);
saveResult('presence-fanout', {
  receivers: headline.receivers,
  rounds: ROUNDS,
  deliveryMs: headline.deliveryMs,
  lastDeliveryMs: headline.lastDeliveryMs,
  mode: headline.mode,
  scaling: steps,
  growth,
  superlinear: growth.some((g) => g.superlinear),
});
