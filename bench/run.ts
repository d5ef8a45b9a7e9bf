// `make bench`: Switchboard next to the ceilings of its own stack, in one run, so every figure is a ratio
// that holds on a noisy machine. Side by side (bare Socket.IO, raw ws, Switchboard as in production over
// Socket.IO and over its raw WebSocket /ws): fan-out to one room, connections, echo round trips; then how
// the cost of fan-out and of connections grows with their number. Then Switchboard's own: presence
// fan-out, durable chat, database events, cross-process delivery and ghost clearing on a cluster of
// three. Writes bench/results/latest.{json,md,svg}; --reference also keeps a dated copy in
// bench/results/reference/.
//   node --import tsx bench/run.ts [--quick] [--reference] [--profile DIR] [--only WORKLOAD,…]
//   node --import tsx bench/run.ts --render bench/results/reference/<date>.json
// --only runs a subset (bench/lib/workload-selection.ts lists them; an unknown name prints the list).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, release } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCommandLine } from '../scripts/lib/args.js';
import { registerUsers } from './lib/clients.js';
import { fdLimit } from './lib/fd-limit.js';
import { LoadWorker } from './lib/load.js';
import { chatScalingRow, presenceScalingRow } from './lib/own-scaling.js';
import { type BenchReport, renderChart, renderMarkdown, writeReport } from './lib/report.js';
import {
  cpuPlan,
  isSwitchboard,
  loadCpuCount,
  PROTOCOL,
  type RunningTarget,
  startTarget,
  stopAllTargets,
  TARGET_LABELS,
  type TargetName,
} from './lib/targets.js';
import { selectedWorkloads, WORKLOADS, type Workload } from './lib/workload-selection.js';
import { connections, connectionsScalingRow } from './workloads/connections.js';
import { type FanoutResult, fanout, limitOf } from './workloads/fanout.js';
import { fanoutScaling, fanoutScalingRow } from './workloads/fanout-scaling.js';
import { roundTrip } from './workloads/roundtrip.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_PROFILE_DIR = 'bench/results/profiles';
/** `--profile` without a folder (last, or before another option) means the default one. */
function withProfileDefault(argv: string[]): string[] {
  const at = argv.indexOf('--profile');
  if (at < 0 || (argv[at + 1] !== undefined && !argv[at + 1]?.startsWith('-'))) return argv;
  return [...argv.slice(0, at + 1), DEFAULT_PROFILE_DIR, ...argv.slice(at + 1)];
}
const { values } = readCommandLine(
  {
    usage: `Usage: node --import tsx bench/run.ts [--quick] [--reference] [--profile [DIR]] [--only WORKLOAD,…]
       node --import tsx bench/run.ts --render bench/results/reference/<date>.json

Switchboard next to bare Socket.IO and raw ws, then its own benchmarks (make bench, make bench-quick).
Writes bench/results/latest.{json,md,svg}.

Options:
  --quick            smaller, about three minutes
  --reference        also keep a dated copy in bench/results/reference/ (every workload)
  --profile [DIR]    CPU profiles of the servers (default ${DEFAULT_PROFILE_DIR})
  --only <list>      a subset, separated by commas: ${Object.keys(WORKLOADS).join(', ')}
  --render <file>    only re-render a saved run's table and chart
  -h, --help         this text`,
    options: {
      quick: { type: 'boolean' },
      reference: { type: 'boolean' },
      profile: { type: 'string' },
      only: { type: 'string' },
      render: { type: 'string' },
    },
  },
  withProfileDefault(process.argv.slice(2)),
);
const QUICK = values.quick === true;
const REFERENCE = values.reference === true;
// --profile DIR: a CPU profile of each server over each workload's measured part, for "what costs what".
const PROFILE_DIR = values.profile === undefined ? undefined : path.resolve(values.profile);
if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });
const profileFile = (target: TargetName, workload: string) =>
  PROFILE_DIR && path.join(PROFILE_DIR, `${target}-${workload}.cpuprofile`);

let ONLY: ReadonlySet<Workload>;
try {
  ONLY = selectedWorkloads(values.only);
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}
const runs = (workload: Workload) => ONLY.has(workload);
const SUBSET = ONLY.size < Object.keys(WORKLOADS).length;
// A reference run is the whole benchmark: a dated copy of a subset would read as one.
if (SUBSET && REFERENCE) {
  console.error('--reference runs every workload: drop --only');
  process.exit(2);
}

const SETTINGS = QUICK
  ? {
      subscribers: 100,
      fixedRate: 50,
      seconds: 1,
      rampStart: 800,
      rampSteps: 2,
      rampSeconds: 1,
      bisections: 1,
      warmupSeconds: 0,
      connections: 500,
      connectionCheckpoints: [100, 250],
      echoRate: 200,
      echoSeconds: 1,
      scalingSubscribers: [20, 100, 400],
      scalingDeliveriesPerSecond: 4000,
      scalingSeconds: 1,
    }
  : {
      subscribers: 500,
      fixedRate: 20,
      seconds: 10,
      rampStart: 50,
      rampSteps: 8,
      rampSeconds: 4,
      bisections: 3,
      warmupSeconds: 1,
      // As many as one process can hold where open files are capped at 20,000 (DESIGN.md, section 6).
      connections: 19_000,
      connectionCheckpoints: [1000, 10_000],
      echoRate: 500,
      echoSeconds: 10,
      scalingSubscribers: [100, 500, 2000],
      scalingDeliveriesPerSecond: 20_000,
      scalingSeconds: 5,
    };

// --render FILE.json: only re-render a saved run's table and chart (FILE.md, FILE.svg), after the report's
// format changed; nothing is measured.
if (values.render !== undefined) {
  const file = path.resolve(values.render);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as BenchReport;
  const base = file.replace(/\.json$/, '');
  writeFileSync(`${base}.md`, renderMarkdown(saved));
  writeFileSync(`${base}.svg`, renderChart(saved));
  console.log(`wrote ${base}.md, ${base}.svg`);
  process.exit(0);
}

const plan = cpuPlan();
const cpuCount = availableParallelism();
const files = fdLimit();
// This process is a load generator too (the publisher, the echo client): it runs on the load CPUs.
// -a: all of its threads (libuv's and V8's too), not just the main one.
if (plan.pinned) execFileSync('taskset', ['-a', '-cp', plan.load, String(process.pid)], { stdio: 'ignore' });
console.log(
  `bench (${QUICK ? 'quick' : 'full'}${SUBSET ? `, only ${[...ONLY].join(', ')}` : ''}): server on CPU ${plan.server || 'any'}, load on CPU ${plan.load || 'any'}${plan.pinned ? '' : ' (not pinned: taskset unavailable or one CPU)'}; open files per process ${files ? `${files.soft} (hard ${files.hard}, was ${files.before})` : 'unknown'}`,
);

function logFanout(what: string, result: FanoutResult): void {
  console.log(
    `fan-out to ${result.subscribers}${what}: at ${SETTINGS.fixedRate}/s p50 ${result.fixed.latency.p50.toFixed(2)} ms p99 ${result.fixed.latency.p99.toFixed(2)} ms; sustained ${result.maxSustained} deliveries/s (limit: ${limitOf(result.ramp, plan.pinned)})`,
  );
}

/**
 * Auth payloads for N connections: N fresh users of Switchboard, each with its socket secret (Socket.IO)
 * or a session token (/ws); nothing for the baselines. `firstOver`: the first one's for that target.
 */
async function authsFor(
  target: RunningTarget,
  count: number,
  firstOver: TargetName = target.name,
): Promise<Record<string, unknown>[]> {
  if (!isSwitchboard(target.name)) return Array.from({ length: count }, () => ({}));
  const users = await registerUsers(target.url, count, `bench${Date.now() % 1_000_000}_`, 32);
  return users.map((u, i) =>
    PROTOCOL[i === 0 ? firstOver : target.name] === 'envelope'
      ? { sessionToken: u.sessionToken }
      : { socketSecret: u.socketSecret },
  );
}

/**
 * Switchboard /ws's fan-out publishes through Socket.IO. A /ws connection's requests are answered one at
 * a time, so one /ws publisher waits for each message's commit (an fsync) and its delivery before the
 * next is read: the server sits idle through every commit, and the ramp would measure one connection's
 * request latency rather than how fast /ws delivers. Through Socket.IO concurrent publishes share a
 * commit, as they do for every other target. The subscribers, whose deliveries are what is counted,
 * are all on /ws.
 */
const publisherOf = (name: TargetName): TargetName => (name === 'switchboard-ws' ? 'switchboard' : name);

/** What runs on each target, from the workloads asked for. */
function workOf(name: TargetName) {
  const sideBySide = name !== 'switchboard-ws';
  return {
    // Raw ws is what Switchboard's /ws is compared with: it runs for either fan-out.
    fanout: sideBySide ? runs('fanout') || (name === 'ws' && runs('fanout-ws')) : runs('fanout-ws'),
    // What persistence costs (full mode only: the quick mode keeps short).
    ephemeral: name === 'switchboard' && runs('fanout') && !QUICK,
    scaling: (name === 'switchboard' || name === 'socketio') && runs('scaling'),
    echo: runs('echo'),
    connections: sideBySide && runs('connections'),
  };
}

// One load generator per load CPU (unpinned: all CPUs but one, which the server will mostly use).
const workers = Array.from(
  { length: plan.pinned ? loadCpuCount() : Math.max(1, cpuCount - 1) },
  () => new LoadWorker(),
);
// Ctrl-C: no server left pinned to a CPU, no data directory left behind.
// What was waiting on them fails as they stop; that is expected now, not a crash to report.
let interrupted = false;
process.on('unhandledRejection', (err) => {
  if (!interrupted) throw err;
});
process.once('SIGINT', () => {
  interrupted = true;
  console.log('\ninterrupted: stopping the servers and load generators');
  stopAllTargets().finally(() => {
    for (const w of workers) w.stop();
    process.exit(130);
  });
});
const report: BenchReport = {
  date: new Date().toISOString(),
  mode: QUICK ? 'quick' : 'full',
  ...(SUBSET ? { only: [...ONLY] } : {}),
  machine: {
    cpus: `${cpuCount} × ${cpus()[0]?.model.trim() ?? 'unknown'}`,
    node: process.version,
    os: `${process.platform} ${release()}`,
    pinned: plan.pinned,
    ...(files ? { openFiles: files } : {}),
  },
  settings: SETTINGS,
  targets: {},
  scaling: {},
  switchboard: {},
};
const scaling = report.scaling as NonNullable<BenchReport['scaling']>;

try {
  for (const name of ['ws', 'socketio', 'switchboard', 'switchboard-ws'] as TargetName[]) {
    const work = workOf(name);
    if (!work.fanout && !work.scaling && !work.echo && !work.connections) continue;
    console.log(`\n== ${TARGET_LABELS[name]}`);
    const entry: BenchReport['targets'][TargetName] = {};
    if (work.fanout || work.scaling || work.echo) {
      const target = await startTarget(name);
      try {
        // The publisher first, then the subscribers of the largest room, then the echo client's.
        const largest = Math.max(
          work.fanout ? SETTINGS.subscribers : 0,
          work.scaling ? Math.max(...SETTINGS.scalingSubscribers) : 0,
        );
        const auths = await authsFor(target, largest + 2, publisherOf(name));
        if (work.fanout) {
          const fanoutAuths = auths.slice(0, SETTINGS.subscribers + 1);
          entry.fanout = await fanout(target, workers, {
            ...SETTINGS,
            auths: fanoutAuths,
            // /ws next to raw ws, delivery next to delivery: a room that stores nothing, as raw ws does
            // not (what storing costs per message is the Socket.IO fan-out's persistent-vs-ephemeral row).
            ...(name === 'switchboard-ws'
              ? { room: 'bench-fanout-ws', ephemeral: true }
              : { room: 'bench-fanout' }),
            profileFile: profileFile(name, 'fanout'),
            publisherTarget: publisherOf(name),
          });
          logFanout('', entry.fanout);
          if (work.ephemeral) {
            // The same without persistence: what the durable commit before each delivery costs.
            report.switchboard.fanoutEphemeral = await fanout(target, workers, {
              ...SETTINGS,
              auths: fanoutAuths,
              room: 'bench-fanout-ephemeral',
              ephemeral: true,
              profileFile: profileFile(name, 'fanout-ephemeral'),
            });
            logFanout(' (ephemeral room)', report.switchboard.fanoutEphemeral as FanoutResult);
          }
        }
        if (work.scaling) {
          const points = await fanoutScaling(target, workers, {
            sizes: SETTINGS.scalingSubscribers,
            deliveriesPerSecond: SETTINGS.scalingDeliveriesPerSecond,
            seconds: SETTINGS.scalingSeconds,
            warmupSeconds: SETTINGS.warmupSeconds,
            auths,
          });
          const row = fanoutScalingRow(TARGET_LABELS[name], points, SETTINGS.scalingDeliveriesPerSecond);
          scaling[name === 'switchboard' ? 'fanout' : 'fanoutSocketio'] = row;
          console.log(
            `fan-out cost by room size at ${SETTINGS.scalingDeliveriesPerSecond} deliveries/s: ${points.map((p) => `${p.subscribers}: ${p.step.serverCpuMsPer1000.toFixed(2)} ms per 1,000, p99 ${p.step.latency.p99.toFixed(1)} ms${p.step.keptUp ? '' : ' (fell behind)'}`).join('; ')}`,
          );
        }
        if (work.echo) {
          entry.roundTrip = await roundTrip(
            target,
            auths.at(-1) ?? {},
            SETTINGS.echoRate,
            SETTINGS.echoSeconds,
          );
          console.log(
            `echo at ${SETTINGS.echoRate}/s: p50 ${entry.roundTrip.latency.p50.toFixed(2)} ms p99 ${entry.roundTrip.latency.p99.toFixed(2)} ms`,
          );
        }
      } finally {
        await target.stop();
      }
    }
    if (work.connections) {
      // A fresh server for connections. Switchboard broadcasts presence to followers only: with `all`
      // (GameVault's default) every newcomer's presence goes to every connection, N² frames for N users.
      const target = await startTarget(
        name,
        name === 'switchboard' ? { SERVER_ACTIVITIES_BROADCAST: 'followers' } : {},
      );
      try {
        const auths = await authsFor(target, SETTINGS.connections);
        entry.connections = await connections(target, workers, auths, {
          profileFile: profileFile(name, 'connections'),
          checkpoints: SETTINGS.connectionCheckpoints,
          // With --profile, what the held connections' heap is made of (Chrome DevTools opens it).
          ...(PROFILE_DIR && {
            whileHeld: () => target.heapSnapshot(path.join(PROFILE_DIR, `${name}-connections.heapsnapshot`)),
          }),
        });
        console.log(
          `connections: ${entry.connections.connected}/${entry.connections.attempted} at ${entry.connections.handshakesPerSecond}/s; heap ${(entry.connections.heapPerConnection / 1024).toFixed(1)} KiB, RSS ${(entry.connections.rssPerConnection / 1024).toFixed(1)} KiB per connection${entry.connections.failed ? `; ${entry.connections.failed} failed: ${entry.connections.errors.join('; ')}` : ''}`,
        );
        if (name === 'switchboard')
          scaling.connections = connectionsScalingRow(TARGET_LABELS[name], entry.connections);
        if (name === 'socketio')
          scaling.connectionsSocketio = connectionsScalingRow(TARGET_LABELS[name], entry.connections);
      } finally {
        await target.stop();
      }
    }
    report.targets[name] = entry;
  }
} catch (err) {
  // Interrupted: the SIGINT handler is stopping everything and will exit; failing here would exit first.
  if (interrupted) await new Promise(() => {});
  throw err;
} finally {
  for (const w of workers) w.stop();
}

/**
 * Runs one of Switchboard's own benchmarks (its server pinned like the others) and reads its result;
 * `onSqlite`: on the embedded default even when DATABASE_URL is set (only durable chat runs on both).
 */
function own(script: string, args: string[], result: string, onSqlite = false): unknown {
  console.log(`\n== Switchboard: ${script} ${args.join(' ')}`);
  const env: NodeJS.ProcessEnv = { ...process.env, ...(plan.pinned ? { SERVER_CPUS: plan.server } : {}) };
  if (onSqlite) delete env.DATABASE_URL;
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(HERE, script), ...args], {
    stdio: 'inherit',
    env,
  });
  if (run.status !== 0) return { failed: `exit ${run.status}` };
  return JSON.parse(readFileSync(path.join(HERE, 'results', `${result}.json`), 'utf8'));
}

const seconds = QUICK ? ['--seconds', '1'] : [];
if (runs('presence'))
  report.switchboard.presence = own(
    'presence-fanout.ts',
    QUICK ? ['--receivers', '10,100', '--rounds', '5'] : [],
    'presence-fanout',
  );
if (runs('chat')) {
  const chatArgs = [...seconds, ...(PROFILE_DIR ? ['--profile', PROFILE_DIR] : [])];
  report.switchboard.chatSqlite = own('chat-throughput.ts', chatArgs, 'chat-throughput-sqlite', true);
  if (process.env.DATABASE_URL)
    report.switchboard.chatPostgres = own('chat-throughput.ts', chatArgs, 'chat-throughput-postgres');
  else console.log('\n(durable chat on PostgreSQL skipped: DATABASE_URL is unset)');
}
// Their steps, in the "How cost grows" table.
const presenceRow = presenceScalingRow(report.switchboard.presence);
if (presenceRow) scaling.presence = presenceRow;
const chatRow = chatScalingRow(report.switchboard.chatSqlite, 'SQLite');
if (chatRow) scaling.chat = chatRow;
const chatPostgresRow = chatScalingRow(report.switchboard.chatPostgres, 'PostgreSQL');
if (chatPostgresRow) scaling.chatPostgres = chatPostgresRow;
if (runs('db-events')) report.switchboard.dbEvents = own('db-events.ts', seconds, 'db-events', true);
// Needs PostgreSQL and Redis (a cluster runs on both); without them it fails, saying which, and the
// report says it failed. Quick: one round, and the ghost-clearing wait (about 15 s) is most of it.
if (runs('cluster'))
  report.switchboard.cluster = own(
    'cluster.ts',
    QUICK ? ['--seconds', '3', '--warmup', '2', '--rounds', '1', '--ghosts', '20'] : [],
    'cluster',
  );
if (runs('connection-memory'))
  report.switchboard.connectionMemory = own(
    'connection-memory.ts',
    QUICK ? ['--connections', '200', '--users', '20'] : [],
    'connection-memory',
  );

const markdown = renderMarkdown(report);
console.log(`\n${markdown}`);
const written = writeReport(report, markdown, renderChart(report), REFERENCE);
console.log(`wrote ${written.join(', ')}`);
