// What one presence change costs as its audience grows: one user's set-activity, delivered to N others,
// for each N of --receivers in turn (connections are added between steps, on one server per mode).
// Latency is the time from emitting set-activity to each receiver's `activity` event, measured in this
// process (one clock); the server's CPU time per change is read around each change from the probe in
// the server's own process (bench/lib/probe.ts), so the cost per receiver can be compared across N.
// Modes: `all` (SERVER_ACTIVITIES_BROADCAST=all, the default: every connection hears everyone) and
// `followers` (each receiver follows the user who changes).
//   node --import tsx bench/presence-fanout.ts [--receivers 10,100,1000] [--rounds 40] [--modes all,followers]
import { loadavg } from 'node:os';
import { numberArg } from './lib/args.js';
import { type BenchSocket, type BenchUser, connectUser, connectUsers, registerUsers } from './lib/clients.js';
import { choiceListArg, numberListArg } from './lib/list-arg.js';
import { saveResult } from './lib/results.js';
import { ms, now, type Summary, summarize } from './lib/stats.js';
import { type RunningTarget, startTarget } from './lib/targets.js';

type Mode = 'all' | 'followers';
const RECEIVERS = numberListArg('receivers', [10, 100, 1000]).sort((a, b) => a - b);
const ROUNDS = numberArg('rounds', 40);
const MODES = choiceListArg<Mode>('modes', ['all', 'followers'], ['all', 'followers']);
const GAP_MS = 250;
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

async function measureStep(
  target: RunningTarget,
  mode: Mode,
  setter: BenchUser,
  source: BenchSocket,
  sockets: BenchSocket[],
): Promise<Step> {
  await settle(target);
  const overhead = await probeCost(target);
  const echo = await echoCost(target, source, overhead);
  const latencies: number[] = [];
  const completions: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const status = `${mode} ${sockets.length} round ${round}`;
    let pending = sockets.length;
    let sentAt = 0;
    const done = new Promise<void>((resolve) => {
      for (const socket of sockets) {
        const onActivity = (a: { userId: string; status?: string }) => {
          if (a.userId !== setter.userId || a.status !== status) return;
          socket.off('activity', onActivity);
          latencies.push(now() - sentAt);
          if (--pending === 0) resolve();
        };
        socket.on('activity', onActivity);
      }
    });
    const cpuBefore = await target.cpuMs();
    sentAt = now();
    await source.timeout(10_000).emitWithAck('set-activity', { state: 'busy', status });
    await done;
    completions.push(now() - sentAt);
    cpu.push(Math.max(0, (await target.cpuMs()) - cpuBefore - overhead));
    await sleep(GAP_MS);
  }
  const cpuPerChange = summarize(cpu).p50;
  return {
    mode,
    receivers: sockets.length,
    rounds: ROUNDS,
    deliveryMs: summarize(latencies),
    lastDeliveryMs: summarize(completions),
    serverCpuMsPerChange: { p50: cpuPerChange, mean: cpu.reduce((a, b) => a + b, 0) / cpu.length },
    serverCpuUsPerReceiver: (cpuPerChange * 1000) / sockets.length,
    serverCpuMsPerEcho: echo,
    loadAverage: loadavg()[0] ?? Number.NaN,
  };
}

/** One server in `mode`; receivers are connected (and follow, in `followers`) step by step. */
async function measureMode(mode: Mode): Promise<Step[]> {
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
    const sockets: BenchSocket[] = [];
    const steps: Step[] = [];
    for (const count of RECEIVERS) {
      const added = await connectUsers(target.url, receivers.slice(sockets.length, count));
      if (mode === 'followers')
        await Promise.all(
          added.map((s) => s.timeout(10_000).emitWithAck('follow-users', { userIds: [setter.userId] })),
        );
      sockets.push(...added);
      console.log(
        `${mode}: ${count} receivers ready ${((now() - setupStarted) / 1000).toFixed(1)} s after start (including registration)`,
      );
      steps.push(await measureStep(target, mode, setter, source, sockets));
    }
    for (const socket of [...sockets, source]) socket.close();
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

const steps: Step[] = [];
for (const mode of MODES) steps.push(...(await measureMode(mode)));
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
