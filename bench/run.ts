// `make bench`: Switchboard next to the ceilings of its own stack, in one run, so every figure is a ratio
// that holds on a noisy machine. Side by side (bare Socket.IO, raw ws, Switchboard as in production):
// fan-out to one room, connections, echo round trips. Then Switchboard's own: presence fan-out, durable
// chat, database events, cross-process delivery and ghost clearing on a cluster of three. Writes bench/results/latest.{json,md,svg}; --reference also keeps a dated copy
// in bench/results/reference/.
//   node --import tsx bench/run.ts [--quick] [--reference] [--profile DIR]
//   node --import tsx bench/run.ts --render bench/results/reference/<date>.json
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, release } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerUsers } from './lib/clients.js';
import { LoadWorker } from './lib/load.js';
import { type BenchReport, renderChart, renderMarkdown, writeReport } from './lib/report.js';
import {
  cpuPlan,
  loadCpuCount,
  type RunningTarget,
  startTarget,
  stopAllTargets,
  TARGET_LABELS,
  type TargetName,
} from './lib/targets.js';
import { connections } from './workloads/connections.js';
import { type FanoutResult, fanout, limitOf } from './workloads/fanout.js';
import { roundTrip } from './workloads/roundtrip.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const QUICK = process.argv.includes('--quick');
const REFERENCE = process.argv.includes('--reference');
// --profile DIR: a CPU profile of each server over each workload's measured part, for "what costs what".
const PROFILE_DIR = process.argv.includes('--profile')
  ? path.resolve(process.argv[process.argv.indexOf('--profile') + 1] ?? 'bench/results/profiles')
  : undefined;
if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });
const profileFile = (target: TargetName, workload: string) =>
  PROFILE_DIR && path.join(PROFILE_DIR, `${target}-${workload}.cpuprofile`);

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
      echoRate: 200,
      echoSeconds: 1,
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
      connections: 10_000,
      echoRate: 500,
      echoSeconds: 10,
    };

// --render FILE.json: only re-render a saved run's table and chart (FILE.md, FILE.svg), after the report's
// format changed; nothing is measured.
if (process.argv.includes('--render')) {
  const file = path.resolve(process.argv[process.argv.indexOf('--render') + 1] ?? '');
  const saved = JSON.parse(readFileSync(file, 'utf8')) as BenchReport;
  const base = file.replace(/\.json$/, '');
  writeFileSync(`${base}.md`, renderMarkdown(saved));
  writeFileSync(`${base}.svg`, renderChart(saved));
  console.log(`wrote ${base}.md, ${base}.svg`);
  process.exit(0);
}

const plan = cpuPlan();
const cpuCount = availableParallelism();
// This process is a load generator too (the publisher, the echo client): it runs on the load CPUs.
// -a: all of its threads (libuv's and V8's too), not just the main one.
if (plan.pinned) execFileSync('taskset', ['-a', '-cp', plan.load, String(process.pid)], { stdio: 'ignore' });
console.log(
  `bench (${QUICK ? 'quick' : 'full'}): server on CPU ${plan.server || 'any'}, load on CPU ${plan.load || 'any'}${plan.pinned ? '' : ' (not pinned: taskset unavailable or one CPU)'}`,
);

function logFanout(what: string, result: FanoutResult): void {
  console.log(
    `fan-out to ${SETTINGS.subscribers}${what}: at ${SETTINGS.fixedRate}/s p50 ${result.fixed.latency.p50.toFixed(2)} ms p99 ${result.fixed.latency.p99.toFixed(2)} ms; sustained ${result.maxSustained} deliveries/s (limit: ${limitOf(result.ramp, plan.pinned)})`,
  );
}

/** Auth payloads for N connections: Switchboard's socket secrets of N fresh users, nothing for baselines. */
async function authsFor(target: RunningTarget, count: number): Promise<Record<string, unknown>[]> {
  if (target.name !== 'switchboard') return Array.from({ length: count }, () => ({}));
  const users = await registerUsers(target.url, count, `bench${Date.now() % 1_000_000}_`, 32);
  return users.map((u) => ({ socketSecret: u.socketSecret }));
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
  machine: {
    cpus: `${cpuCount} × ${cpus()[0]?.model.trim() ?? 'unknown'}`,
    node: process.version,
    os: `${process.platform} ${release()}`,
    pinned: plan.pinned,
  },
  settings: SETTINGS,
  targets: {},
  switchboard: {},
};

try {
  for (const name of ['ws', 'socketio', 'switchboard'] as TargetName[]) {
    console.log(`\n== ${TARGET_LABELS[name]}`);
    const entry: BenchReport['targets'][TargetName] = {};
    let target = await startTarget(name);
    try {
      const auths = await authsFor(target, SETTINGS.subscribers + 2);
      const fanoutAuths = auths.slice(0, SETTINGS.subscribers + 1);
      entry.fanout = await fanout(target, workers, {
        ...SETTINGS,
        auths: fanoutAuths,
        room: 'bench-fanout',
        profileFile: profileFile(name, 'fanout'),
      });
      logFanout('', entry.fanout);
      if (name === 'switchboard' && !QUICK) {
        // The same without persistence: what the durable commit before each delivery costs (full mode
        // only: the quick mode keeps under a minute).
        report.switchboard.fanoutEphemeral = await fanout(target, workers, {
          ...SETTINGS,
          auths: fanoutAuths,
          room: 'bench-fanout-ephemeral',
          ephemeral: true,
          profileFile: profileFile(name, 'fanout-ephemeral'),
        });
        logFanout(' (ephemeral room)', report.switchboard.fanoutEphemeral as FanoutResult);
      }
      entry.roundTrip = await roundTrip(target, auths.at(-1) ?? {}, SETTINGS.echoRate, SETTINGS.echoSeconds);
      console.log(
        `echo at ${SETTINGS.echoRate}/s: p50 ${entry.roundTrip.latency.p50.toFixed(2)} ms p99 ${entry.roundTrip.latency.p99.toFixed(2)} ms`,
      );
    } finally {
      await target.stop();
    }
    // A fresh server for connections. Switchboard broadcasts presence to followers only: with `all`
    // (GameVault's default) every newcomer's presence goes to every connection, N² frames for N users.
    target = await startTarget(
      name,
      name === 'switchboard' ? { SERVER_ACTIVITIES_BROADCAST: 'followers' } : {},
    );
    try {
      const auths = await authsFor(target, SETTINGS.connections);
      entry.connections = await connections(target, workers, auths, profileFile(name, 'connections'));
      console.log(
        `connections: ${entry.connections.connected}/${entry.connections.attempted} at ${entry.connections.handshakesPerSecond}/s; heap ${(entry.connections.heapPerConnection / 1024).toFixed(1)} KiB, RSS ${(entry.connections.rssPerConnection / 1024).toFixed(1)} KiB per connection`,
      );
    } finally {
      await target.stop();
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
report.switchboard.presence = own(
  'presence-fanout.ts',
  QUICK ? ['--receivers', '10,100', '--rounds', '5'] : [],
  'presence-fanout',
);
const chatArgs = [...seconds, ...(PROFILE_DIR ? ['--profile', PROFILE_DIR] : [])];
report.switchboard.chatSqlite = own('chat-throughput.ts', chatArgs, 'chat-throughput-sqlite', true);
if (process.env.DATABASE_URL)
  report.switchboard.chatPostgres = own('chat-throughput.ts', chatArgs, 'chat-throughput-postgres');
else console.log('\n(durable chat on PostgreSQL skipped: DATABASE_URL is unset)');
report.switchboard.dbEvents = own('db-events.ts', seconds, 'db-events', true);
// Needs PostgreSQL and Redis (a cluster runs on both); without them it fails, saying which, and the
// report says it failed. Quick: one round, and the ghost-clearing wait (about 15 s) is most of it.
report.switchboard.cluster = own(
  'cluster.ts',
  QUICK ? ['--seconds', '3', '--warmup', '2', '--rounds', '1', '--ghosts', '20'] : [],
  'cluster',
);
report.switchboard.connectionMemory = own(
  'connection-memory.ts',
  QUICK ? ['--connections', '200', '--users', '20'] : [],
  'connection-memory',
);

const markdown = renderMarkdown(report);
console.log(`\n${markdown}`);
const files = writeReport(report, markdown, renderChart(report), REFERENCE);
console.log(`wrote ${files.join(', ')}`);
