// Mixed load for --minutes (default 5) against a Switchboard process started as docs/deployment.md says
// (node --import tsx src/main.ts, production mode, SQLite in a temp DATA_DIR), with every kind of load
// in a process of its own for the whole run: chat on both transports, presence changes, REST document
// writes with subscribers, connection and join/leave churn, slow consumers and a trickle of fuzzed
// frames. It samples the server's memory from GET /api/health, then reports drift, latency, deliveries
// and every error by kind, and whether the server survived and stopped cleanly.
//   node --import tsx bench/soak.ts [--minutes 5] [--sample-seconds 5] [--seed 20261130]

import { readCommandLine } from '../scripts/lib/args.js';
import { startServerProcess } from '../test/helpers/server-process.js';
import { numberArg } from './lib/args.js';
import { type BenchUser, registerUsers } from './lib/clients.js';
import { HealthSampler, slope } from './soak/health.js';
import { type SoakResult, saveSoak, soakMarkdown } from './soak/report.js';
import { watchServerLog } from './soak/server-log.js';
import type { RoleReport } from './soak/stats.js';
import type { RoleName } from './soak/worker.js';
import { SoakWorker } from './soak/workers.js';

readCommandLine({
  usage: `Usage: node --import tsx bench/soak.ts [--minutes 5] [--sample-seconds 5] [--seed 20261130]

Mixed load on both transports against one server process (make soak): memory drift, latency, errors.

Options:
  --minutes <n>          how long (default 5)
  --sample-seconds <n>   how often the server's memory is read (default 5)
  --seed <n>             the fuzzed frames' seed (default 20261130)
  -h, --help             this text`,
  // Read by numberArg below; declared here so that anything else is refused.
  options: { minutes: { type: 'string' }, 'sample-seconds': { type: 'string' }, seed: { type: 'string' } },
});

const MINUTES = numberArg('minutes', 5);
const SAMPLE_SECONDS = numberArg('sample-seconds', 5);
const SEED = numberArg('seed', 20261130);
/** Memory settles in the first half minute (JIT, pools, caches): drift is fitted after it. */
const WARMUP_SECONDS = Math.min(30, (MINUTES * 60) / 4);

/** Users each load generator gets (its own, so no role's limits touch another's). */
const USERS: Record<RoleName, number> = {
  chat: 40,
  presence: 10,
  documents: 11,
  churn: 13,
  slowConsumers: 2,
  fuzzTrickle: 2,
};

// Only what would refuse the load generators themselves is raised (they all come from one address);
// per-user limits (messages, activities, room creation, membership churn) and buffer limits stay at their
// defaults, so what the soak meets is what clients meet: the churn roles do meet MEMBERSHIP_RATE_LIMIT,
// reported as spec'd refusals. SQLite even when DATABASE_URL is set.
const server = await startServerProcess({
  DATABASE_URL: '',
  PASSWORD_HASH_COST: '10',
  AUTH_RATE_LIMIT: '100000',
  CONNECT_RATE_LIMIT: '1000000',
  HANDSHAKE_RATE_LIMIT: '1000000',
  MAX_UNAUTHENTICATED_PER_ADDRESS: '0',
  // The sampler reads memory and connection counts: health's details.
  HEALTH_DETAILS: 'public',
});
const serverLog = watchServerLog(server.child.stdout as NonNullable<typeof server.child.stdout>);
// The load generators are not pinned to CPUs, as the benchmarks' are: this measures stability, not speed.
const workers = (Object.keys(USERS) as RoleName[]).map((role) => new SoakWorker(role));
const stopEverything = async () => {
  for (const worker of workers) worker.kill();
  await server.stop();
};
process.once('SIGINT', () => void stopEverything().then(() => process.exit(130)));

try {
  const total = Object.values(USERS).reduce((a, b) => a + b, 0);
  const users = await registerUsers(server.url, total, `soak${Date.now() % 100_000}_`);
  const roles = Object.keys(USERS) as RoleName[];
  const firstUser = (role: RoleName) =>
    roles.slice(0, roles.indexOf(role)).reduce((sum, r) => sum + USERS[r], 0);
  const usersOf = (role: RoleName): BenchUser[] =>
    users.slice(firstUser(role), firstUser(role) + USERS[role]);
  await Promise.all(workers.map((w) => w.start({ url: server.url, users: usersOf(w.role), seed: SEED })));

  const startedAt = Date.now();
  const sampler = new HealthSampler(server.url, SAMPLE_SECONDS * 1000, startedAt);
  console.log(`soak: ${MINUTES} min of load, ${total} users, server ${server.url}`);
  for (let minute = 1; minute <= Math.ceil(MINUTES); minute++) {
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(60, MINUTES * 60 - (minute - 1) * 60) * 1000),
    );
    const last = sampler.samples.at(-1);
    if (last)
      console.log(
        `  ${Math.min(minute, MINUTES)} min: RSS ${(last.rssBytes / 2 ** 20).toFixed(1)} MiB, heap ${(last.heapUsedBytes / 2 ** 20).toFixed(1)} MiB, ${last.connections} connections`,
      );
  }
  const reports = await Promise.all(workers.map(async (w) => [w.role, await w.stop()] as const));
  await sampler.stop();
  const alive = await fetch(`${server.url}/api/health`).then(
    (res) => res.status === 200,
    () => false,
  );
  await server.stop();

  const settled = sampler.samples.filter((s) => s.seconds >= WARMUP_SECONDS);
  const perMinute = (pick: (s: (typeof settled)[number]) => number) =>
    slope(settled.map((s) => ({ x: s.seconds / 60, y: pick(s) })));
  const result: SoakResult = {
    date: new Date().toISOString(),
    minutes: MINUTES,
    warmupSeconds: WARMUP_SECONDS,
    users: total,
    seed: SEED,
    memory: {
      samples: sampler.samples,
      rssAfterWarmup: settled[0]?.rssBytes ?? Number.NaN,
      rssEnd: settled.at(-1)?.rssBytes ?? Number.NaN,
      rssPeak: Math.max(...sampler.samples.map((s) => s.rssBytes)),
      rssDriftPerMinute: perMinute((s) => s.rssBytes),
      heapAfterWarmup: settled[0]?.heapUsedBytes ?? Number.NaN,
      heapEnd: settled.at(-1)?.heapUsedBytes ?? Number.NaN,
      heapDriftPerMinute: perMinute((s) => s.heapUsedBytes),
      healthFailures: sampler.failures,
    },
    roles: Object.fromEntries(reports) as Record<RoleName, RoleReport>,
    server: {
      errorsLogged: serverLog.errorCount,
      errors: serverLog.errors,
      slowConsumersLogged: serverLog.byMessage.get('slow consumer cut off') ?? 0,
      aliveAtEnd: alive,
      exitCode: server.child.exitCode,
      signal: server.child.signalCode,
    },
  };
  const markdown = soakMarkdown(result);
  console.log(`\n${markdown}`);
  console.log(`wrote ${saveSoak(result, markdown)}`);
} finally {
  await stopEverything();
}
