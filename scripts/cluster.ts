// `make cluster`: three Switchboard processes as one server, on consecutive ports (PORT, PORT+1, PORT+2;
// PORT defaults to 3000) against the machine's Redis (REDIS_URL, default redis://127.0.0.1:6379) and
// PostgreSQL (DATABASE_URL; the Makefile passes PG_URL). Every line a process writes is shown prefixed
// with its number and port. Ctrl-C stops them all cleanly; a second Ctrl-C kills them.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Redis } from 'ioredis';
import knexPkg from 'knex';
import { readCommandLine } from './lib/args.js';

readCommandLine({
  usage: `Usage: node --import tsx scripts/cluster.ts

Three Switchboard processes as one server (make cluster) on PORT, PORT+1, PORT+2, their output prefixed.
Ctrl-C stops them all cleanly; a second Ctrl-C kills them.

Environment:
  PORT           the first port (default 3000)
  DATABASE_URL   PostgreSQL (required; make cluster passes PG_URL)
  REDIS_URL      Redis (default redis://127.0.0.1:6379)
  DATA_DIR       a folder for the processes' data folders (default ./data/cluster-N)

Options:
  -h, --help     this text`,
  options: {},
});

const SIZE = 3;
const basePort = Number(process.env.PORT || 3000);
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const databaseUrl = process.env.DATABASE_URL;
const colour = process.stdout.isTTY
  ? (n: number, text: string) => `\x1b[3${n + 2}m${text}\x1b[0m`
  : (_: number, text: string) => text;

function fail(message: string): never {
  console.error(`make cluster: ${message}`);
  process.exit(1);
}

/** Both services answer, or the reason and the fix, before three processes each fail on their own. */
async function checkServices(url: string): Promise<void> {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // The connection's own error says why (refused, no such host); connect() only says it closed.
  let reason = '';
  redis.on('error', (err: NodeJS.ErrnoException) => {
    reason ||= err.message || err.code || '';
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    fail(
      `Redis at ${redisUrl} does not answer (${reason || (err as Error).message}): start it, or set REDIS_URL`,
    );
  } finally {
    redis.disconnect();
  }
  const db = knexPkg({
    client: 'pg',
    connection: url,
    pool: { min: 0, max: 1 },
    acquireConnectionTimeout: 3000,
    log: { warn: () => {} },
  });
  try {
    await db.raw('select 1');
  } catch (err) {
    fail(
      `PostgreSQL at ${new URL(url).host} does not answer (${(err as Error).message}): start it, or set PG_URL`,
    );
  } finally {
    await db.destroy();
  }
}

if (!databaseUrl)
  fail('DATABASE_URL is not set: a cluster needs PostgreSQL (make cluster PG_URL=postgres://…)');
if (!Number.isInteger(basePort) || basePort < 1 || basePort > 65533)
  fail(`PORT=${process.env.PORT} is not a port from 1 to 65533`);
await checkServices(databaseUrl);

const children: ChildProcess[] = [];
let stopping = false;
let running = SIZE;

function start(index: number): ChildProcess {
  const port = basePort + index;
  const label = colour(index, `[${index + 1} :${port}]`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      DATA_DIR: process.env.DATA_DIR
        ? path.join(process.env.DATA_DIR, `node-${index + 1}`)
        : `./data/cluster-${index + 1}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: Ctrl-C reaches this script only, which stops each process once (a second
    // signal to a process means "exit now", skipping its clean shutdown).
    detached: true,
  });
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream as NodeJS.ReadableStream }).on('line', (line) =>
      console.log(`${label} ${line}`),
    );
  child.on('exit', (code, signal) => {
    console.log(`${label} exited (${signal ?? code})`);
    if (--running === 0) process.exit(stopping ? 0 : 1);
  });
  return child;
}

for (let index = 0; index < SIZE; index++) children.push(start(index));

const stop = (signal: NodeJS.Signals) => {
  if (stopping) {
    console.log('make cluster: killing every process');
    for (const child of children) child.kill('SIGKILL');
    return;
  }
  stopping = true;
  console.log(`make cluster: ${signal}: stopping every process (again to kill them)`);
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
// Detached processes would outlive this script if it died some other way.
process.on('exit', () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
