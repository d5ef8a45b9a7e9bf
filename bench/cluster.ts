// Cross-process delivery next to single-process (issue 15): the same fan-out at a fixed rate on one
// Switchboard process and on a cluster of three (REDIS_URL), in alternating rounds, with the room's
// members spread evenly over the three and the sender on the first; then the ghost-clearing time after
// a SIGKILL. Both sides run on PostgreSQL, one schema for the pair (a cluster needs it, and the durable
// commit before each delivery must cost the same on both sides), dropped at the end; Redis is the
// machine's (TEST_REDIS_URL, else 127.0.0.1:6379) under a prefix of the run's own, deleted at the end.
//   node --import tsx bench/cluster.ts [--members 100] [--rate 200] [--seconds 10] [--warmup 2] [--rounds 3]
//     [--ghosts 50]
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { Redis } from 'ioredis';
import { CLUSTER_DATABASE_URL, dropSchema, requirePostgres } from '../test/helpers/postgres.js';
import { dropPrefix } from '../test/helpers/presence-redis.js';
import { requireSharedRedis, SHARED_REDIS_URL } from '../test/helpers/redis-server.js';
import { numberArg } from './lib/args.js';
import { registerUsers } from './lib/clients.js';
import { type ClusterResult, renderCluster } from './lib/cluster-report.js';
import { LoadWorker } from './lib/load.js';
import { saveResult } from './lib/results.js';
import { cpuPlan, loadCpuCount, type RunningTarget, startTarget, stopAllTargets } from './lib/targets.js';
import { type FanoutOptions, type FanoutStep, type FanoutTarget, fanout } from './workloads/fanout.js';
import { ghostClearing } from './workloads/ghosts.js';

const MEMBERS = numberArg('members', 100);
const RATE = numberArg('rate', 200);
const SECONDS = numberArg('seconds', 10);
const WARMUP = numberArg('warmup', 2);
const GHOSTS = numberArg('ghosts', 50);
const ROUNDS = numberArg('rounds', 3);
const PROCESSES = 3;

const run = `${process.pid}_${randomBytes(4).toString('hex')}`;
const schema = `bench_cluster_${run}`;
const prefix = `bench:cluster:${run}:`;
const databaseEnv = { DATABASE_URL: CLUSTER_DATABASE_URL, DATABASE_SCHEMA: schema };

await requirePostgres();
await requireSharedRedis();

// Alone, pin this process (the publisher) to the load CPUs as bench/run.ts does; started by it, it
// already is. Every server process goes on the server CPU: one process and three get the same CPU.
const plan = cpuPlan();
if (plan.pinned && plan.load)
  execFileSync('taskset', ['-a', '-cp', plan.load, String(process.pid)], { stdio: 'ignore' });
const workers = Array.from(
  { length: plan.pinned ? loadCpuCount() : Math.max(1, availableParallelism() - 1) },
  () => new LoadWorker(),
);

const cleanUp = async () => {
  await stopAllTargets();
  for (const w of workers) w.stop();
  await dropSchema(schema).catch(() => {});
  const redis = new Redis(SHARED_REDIS_URL, { maxRetriesPerRequest: 1 });
  await dropPrefix(redis, prefix).catch(() => {});
  redis.disconnect();
};
process.once('SIGINT', () => {
  console.log('\ninterrupted: stopping the servers');
  cleanUp().finally(() => process.exit(130));
});

const took = (from: number) => `${((Date.now() - from) / 1000).toFixed(1)} s`;

/** The cluster's processes measured as one server: its URL is the first's, its CPU the sum of all. */
function asOne(nodes: readonly RunningTarget[]): FanoutTarget {
  const [first] = nodes as [RunningTarget];
  return {
    name: 'switchboard',
    url: first.url,
    cpuMs: async () => (await Promise.all(nodes.map((n) => n.cpuMs()))).reduce((a, b) => a + b, 0),
    profile: async () => {},
  };
}

try {
  let started = Date.now();
  // Both alive from the start, on the one schema, so the rounds can alternate between them: the
  // machine's other tenants come and go, and alternating spreads that over both sides.
  const single = await startTarget('switchboard', databaseEnv);
  const clusterEnv = { ...databaseEnv, REDIS_URL: SHARED_REDIS_URL, REDIS_PREFIX: prefix };
  const nodes = await Promise.all(
    Array.from({ length: PROCESSES }, () => startTarget('switchboard', clusterEnv)),
  );
  console.log(`1 + ${PROCESSES} processes started in ${took(started)}`);
  started = Date.now();
  const users = await registerUsers(single.url, MEMBERS + GHOSTS + 2, `cl${run.slice(-6)}_`, 32);
  console.log(`${users.length} users registered in ${took(started)}`);
  const [watcher, ...rest] = users as [(typeof users)[number], ...typeof users];
  const ghosts = rest.slice(0, GHOSTS);
  const options: Omit<FanoutOptions, 'room'> = {
    subscribers: MEMBERS,
    fixedRate: RATE,
    seconds: SECONDS,
    warmupSeconds: WARMUP,
    // The fixed rate only: CPU per delivery compares at one rate, not at each side's ceiling.
    rampStart: RATE,
    rampSteps: 0,
    rampSeconds: 0,
    bisections: 0,
    auths: rest.slice(GHOSTS).map((u) => ({ socketSecret: u.socketSecret })),
  };
  const cluster = asOne(nodes);
  const sides = {
    single: () => fanout(single, workers, { ...options, room: 'bench-cluster-single' }),
    cluster: () =>
      fanout(cluster, workers, {
        ...options,
        room: 'bench-cluster-spread',
        subscriberUrls: nodes.map((n) => n.url),
      }),
  };
  const rounds: Record<keyof typeof sides, FanoutStep[]> = { single: [], cluster: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const order: (keyof typeof sides)[] = round % 2 ? ['cluster', 'single'] : ['single', 'cluster'];
    for (const side of order) {
      started = Date.now();
      const { fixed } = await sides[side]();
      rounds[side].push(fixed);
      console.log(
        `round ${round + 1}, ${side === 'single' ? 'one process' : `${PROCESSES} processes`}: ${fixed.serverCpuMsPer1000.toFixed(2)} ms CPU per 1,000 deliveries, p50 ${fixed.latency.p50.toFixed(1)} ms, p99 ${fixed.latency.p99.toFixed(1)} ms (${took(started)})`,
      );
    }
  }
  const loadAverage = loadavg()[0] ?? Number.NaN;
  await single.stop();

  const [first, , victim] = nodes as [RunningTarget, RunningTarget, RunningTarget];
  console.log(`== ghosts: ${GHOSTS} users on process 2, a watcher on process 0, process 2 SIGKILLed`);
  started = Date.now();
  const ghostResult = await ghostClearing(first.url, victim.url, watcher, ghosts, async () => {
    const exited = new Promise((resolve) => victim.child.once('exit', resolve));
    victim.child.kill('SIGKILL');
    await exited;
  });

  const result: ClusterResult = {
    members: MEMBERS,
    rate: RATE,
    seconds: SECONDS,
    processes: PROCESSES,
    database: 'postgres',
    loadAverage,
    rounds,
    ghosts: ghostResult,
  };
  console.log(`(the ghost part took ${took(started)})`);
  console.log(`\n${renderCluster(result).join('\n')}`);
  saveResult('cluster', { ...result });
} finally {
  await cleanUp();
}
