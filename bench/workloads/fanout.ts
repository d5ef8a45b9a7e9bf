import { Histogram } from '../lib/histogram.js';
import { LightClient } from '../lib/light-client.js';
import type { LoadWorker } from '../lib/load.js';
import { now } from '../lib/stats.js';
import { cpuMsOf, loadCpuCount, type RunningTarget, type TargetName } from '../lib/targets.js';

/** What a fan-out needs of a server: one process, or a cluster measured as one (its CPU summed). */
export type FanoutTarget = Pick<RunningTarget, 'name' | 'url' | 'cpuMs' | 'profile'>;

export interface FanoutStep {
  /** Messages published per second. */
  rate: number;
  sent: number;
  /** Publishes the server refused or did not acknowledge within the grace period. */
  refused: number;
  expected: number;
  delivered: number;
  /** Deliveries per second from the first publish to the last delivery. */
  deliveredPerSecond: number;
  latency: { count: number; p50: number; p99: number; max: number };
  keptUp: boolean;
  /** Share of its CPU the server used over the step (1 = one CPU fully busy). */
  serverBusy: number;
  /** Share of their CPUs the load generators (subscribers and publisher) used over the step. */
  loadBusy: number;
  /** Server CPU time per 1,000 deliveries: its cost, whichever side was the limit. */
  serverCpuMsPer1000: number;
}

export type FanoutLimit = 'server' | 'load' | 'both' | 'neither' | 'none' | 'unknown';

/**
 * Which side was saturated at the first step of a ramp that fell behind ('none': none fell behind).
 * Unknown when nothing was pinned: server and load generators then share every CPU.
 */
export function limitOf(ramp: readonly FanoutStep[], pinned: boolean): FanoutLimit {
  const failure = ramp.find((r) => !r.keptUp);
  if (!failure) return 'none';
  if (!pinned) return 'unknown';
  const server = failure.serverBusy >= SATURATED;
  const load = failure.loadBusy >= SATURATED;
  return server && load ? 'both' : server ? 'server' : load ? 'load' : 'neither';
}

export interface FanoutResult {
  subscribers: number;
  fixed: FanoutStep;
  ramp: FanoutStep[];
  /** The highest deliveries per second of a step that kept up. */
  maxSustained: number;
}

export interface FanoutOptions {
  subscribers: number;
  fixedRate: number;
  seconds: number;
  rampStart: number;
  rampSteps: number;
  rampSeconds: number;
  /** Publishing at the fixed rate before measuring, so the first figures are not of unoptimized code. */
  warmupSeconds: number;
  /** Once the doubling ramp falls behind, this many halvings of the gap narrow down the sustained rate. */
  bisections: number;
  auths: Record<string, unknown>[];
  room: string;
  /** Where to write a CPU profile of the server over the measured steps (after set-up), if anywhere. */
  profileFile?: string;
  /** Switchboard only: a room created with `persistent: false`, to tell persistence's cost from the rest. */
  ephemeral?: boolean;
  /**
   * Where the subscribers connect, spread evenly (a cluster's processes); the target's url when unset.
   * The publisher always connects to the target's url.
   */
  subscriberUrls?: readonly string[];
  /**
   * How the publisher speaks to the server, when not as the subscribers do (Switchboard /ws's fan-out
   * publishes through Socket.IO: see bench/run.ts); `auths[0]` is its auth.
   */
  publisherTarget?: TargetName;
}

// A step keeps up when every publish is acknowledged within the grace period, every delivery arrives
// within a second grace period after that, and p99 stays under the bound.
const GRACE_MS = 2000;
// Before a step: quiet for this long means the previous step's frames have all arrived.
const DRAIN_QUIET_MS = 300;
const DRAIN_MAX_MS = 15_000;
const KEPT_UP_P99_MS = 500;
const PAD = 'x'.repeat(48);
// A side using this share of its CPUs over a step is taken to be the limit.
const SATURATED = 0.9;

async function totalReceived(workers: readonly LoadWorker[]): Promise<number> {
  const counts = await Promise.all(workers.map((w) => w.send<{ received: number }>({ cmd: 'count' })));
  return counts.reduce((a, c) => a + c.received, 0);
}

/** Waits until nothing more arrives (frames of a step that fell behind must not count in the next). */
async function drain(workers: readonly LoadWorker[]): Promise<void> {
  const deadline = now() + DRAIN_MAX_MS;
  let last = await totalReceived(workers);
  while (now() < deadline) {
    await new Promise((r) => setTimeout(r, DRAIN_QUIET_MS));
    const count = await totalReceived(workers);
    if (count === last) return;
    last = count;
  }
}

/** Publishes at `rate` for `seconds`, then waits for the deliveries and times them. */
async function step(
  target: FanoutTarget,
  room: string,
  publisher: LightClient,
  workers: readonly LoadWorker[],
  subscribers: number,
  rate: number,
  seconds: number,
): Promise<FanoutStep> {
  await drain(workers);
  const loadCpuBefore = (
    await Promise.all(workers.map((w) => w.send<{ cpuMs: number }>({ cmd: 'measure' })))
  ).reduce((a, r) => a + r.cpuMs, cpuMsOf(process.cpuUsage()));
  const serverCpuBefore = await target.cpuMs();
  let sent = 0;
  let answered = 0;
  let refused = 0;
  const acks: Promise<void>[] = [];
  const started = now();
  const total = Math.round(rate * seconds);
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const due = Math.min(total, Math.floor(((now() - started) / 1000) * rate));
      while (sent < due) {
        sent += 1;
        // About 100 bytes of JSON, stamped with the sender's clock.
        const body = { t: now(), n: sent, pad: PAD };
        acks.push(
          publisher.publish(room, body).then((reply) => {
            answered += 1;
            if (reply && typeof reply === 'object' && 'error' in reply) refused += 1;
          }),
        );
      }
      if (sent >= total) {
        clearInterval(tick);
        resolve();
      }
    }, 5);
  });
  await Promise.race([Promise.all(acks), new Promise((r) => setTimeout(r, GRACE_MS))]);
  // A publish not acknowledged within the grace period counts as refused, like one answered with an error.
  refused += sent - answered;
  const expected = (sent - refused) * subscribers;
  const deadline = now() + GRACE_MS;
  let delivered = await totalReceived(workers);
  while (delivered < expected && now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    delivered = await totalReceived(workers);
  }
  const serverCpu = (await target.cpuMs()) - serverCpuBefore;
  const histogram = new Histogram();
  let loadCpu = cpuMsOf(process.cpuUsage()) - loadCpuBefore;
  let lastDelivery = started;
  for (const report of await Promise.all(
    workers.map((w) =>
      w.send<{ histogram: ReturnType<Histogram['toJSON']>; cpuMs: number; lastAt: number }>({
        cmd: 'report',
      }),
    ),
  )) {
    histogram.merge(Histogram.fromJSON(report.histogram));
    loadCpu += report.cpuMs;
    lastDelivery = Math.max(lastDelivery, report.lastAt);
  }
  const wallMs = now() - started;
  const latency = histogram.summary();
  return {
    rate,
    sent,
    refused,
    expected,
    delivered,
    // Over the delivery window, first publish to last delivery: a server that lags behind the offered
    // rate shows a lower figure even when it catches up within the grace period.
    deliveredPerSecond: Math.round(delivered / ((lastDelivery - started) / 1000)),
    latency,
    keptUp: refused === 0 && delivered >= expected && latency.p99 <= KEPT_UP_P99_MS,
    serverBusy: serverCpu / wallMs,
    loadBusy: loadCpu / wallMs / loadCpuCount(),
    serverCpuMsPer1000: delivered ? (serverCpu / delivered) * 1000 : Number.NaN,
  };
}

/**
 * One room, N subscribers (in the load workers), one publisher here: first at a fixed rate, then at
 * doubling rates until a step does not keep up, then bisecting towards the highest rate that does.
 * Each step also records how busy the server and the load generators were, so a ceiling of the load
 * generators is not mistaken for one of the server.
 */
export async function fanout(
  target: FanoutTarget,
  workers: readonly LoadWorker[],
  opts: FanoutOptions,
): Promise<FanoutResult> {
  const [publisherAuth, ...subscriberAuths] = opts.auths;
  const share = Math.ceil(opts.subscribers / workers.length);
  const publisher = await LightClient.connect(opts.publisherTarget ?? target.name, target.url, publisherAuth);
  try {
    if (opts.ephemeral) {
      const created = await publisher.createEphemeralRoom(opts.room);
      if (created && typeof created === 'object' && 'error' in created)
        throw new Error(`create-room: ${JSON.stringify(created)}`);
    }
    // Every subscriber connected and in the room, or the figures would be of fewer than they say.
    const urls = opts.subscriberUrls?.length ? opts.subscriberUrls : [target.url];
    // Each worker's share dealt round-robin over the urls, one connect command per url.
    const connected = await Promise.all(
      workers.flatMap((w, i) => {
        const mine = subscriberAuths.slice(i * share, (i + 1) * share);
        return urls.map((url, u) =>
          w.send<{ connected: number; failed: number; errors: string[] }>({
            cmd: 'connect',
            target: target.name,
            url,
            auths: mine.filter((_, j) => j % urls.length === u),
            parallel: 50,
          }),
        );
      }),
    );
    const failed = connected.reduce((a, r) => a + r.failed, 0);
    if (failed) throw new Error(`fan-out: ${failed} subscribers could not connect: ${connected[0]?.errors}`);
    const joins = await Promise.all(
      workers.map((w) =>
        w.send<{ joined: number; refused: number; error?: string }>({ cmd: 'join', room: opts.room }),
      ),
    );
    const joined = joins.reduce((a, r) => a + r.joined, 0);
    if (joined !== opts.subscribers)
      throw new Error(
        `fan-out: ${joined} of ${opts.subscribers} subscribers joined: ${joins.find((j) => j.error)?.error}`,
      );
    const own = await publisher.join(opts.room);
    if (own && typeof own === 'object' && 'error' in own)
      throw new Error(`fan-out: the publisher could not join: ${JSON.stringify(own)}`);
    if (opts.profileFile) await target.profile('start');
    // Warm-up: the first messages pay for code not yet optimized.
    if (opts.warmupSeconds > 0)
      await step(target, opts.room, publisher, workers, opts.subscribers, opts.fixedRate, opts.warmupSeconds);
    const fixed = await step(
      target,
      opts.room,
      publisher,
      workers,
      opts.subscribers,
      opts.fixedRate,
      opts.seconds,
    );
    const ramp: FanoutStep[] = [];
    const run = async (rate: number) => {
      const result = await step(
        target,
        opts.room,
        publisher,
        workers,
        opts.subscribers,
        rate,
        opts.rampSeconds,
      );
      ramp.push(result);
      return result;
    };
    // Double until a step falls behind, then bisect between the last rate that kept up and that one.
    let good = 0;
    let bad = 0;
    for (let i = 0, rate = opts.rampStart; i < opts.rampSteps; i++, rate *= 2) {
      const result = await run(rate);
      if (!result.keptUp) {
        bad = rate;
        break;
      }
      good = rate;
    }
    for (let i = 0; bad && good && i < opts.bisections; i++) {
      const rate = Math.round((good + bad) / 2);
      if ((await run(rate)).keptUp) good = rate;
      else bad = rate;
    }
    if (opts.profileFile) await target.profile('stop', opts.profileFile);
    const sustained = [fixed, ...ramp].filter((s) => s.keptUp).map((s) => s.deliveredPerSecond);
    return {
      subscribers: opts.subscribers,
      fixed,
      ramp,
      maxSustained: Math.max(0, ...sustained),
    };
  } finally {
    publisher.close();
    await Promise.all(workers.map((w) => w.send({ cmd: 'close' })));
  }
}
