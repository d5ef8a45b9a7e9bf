import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { CLUSTER_DATABASE_URL, dropSchema, requirePostgres, uniqueSchema } from './postgres.js';
import {
  type PrivateRedis,
  requireSharedRedis,
  SHARED_REDIS_URL,
  startPrivateRedis,
  uniquePrefix,
} from './redis-server.js';
import { expectedUndeclared, type LogLine, TEST_PASSWORD_HASH_COST, undeclaredCodes } from './server.js';
import { freePort } from './server-process.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// A process that has not logged `listening` by then is reported with its output rather than left to
// the test's timeout, which would say nothing about why.
const START_LIMIT_MS = 60_000;
// What is kept of a process's stderr for the error that reports its failure.
const STDERR_KEPT = 16 * 1024;

export interface ClusterOptions {
  /** Processes to start (3). */
  size?: number;
  /**
   * `shared`: the machine's Redis under a prefix of the run's own (the default); `private`: a
   * redis-server of the cluster's own on a free port, which fault tests stop and restart.
   */
  redis?: 'shared' | 'private';
  /** Variables added to (or overriding) every process's environment. */
  env?: Record<string, string>;
}

/** One running Switchboard process of the cluster (a restart makes a new one). */
export interface ClusterNode {
  index: number;
  url: string;
  port: number;
  child: ChildProcess;
  /** Its JSON log lines so far; a line that is not JSON (the banner) is kept as `{msg}` at level 30. */
  logs: LogLine[];
  /** The end of its stderr. */
  stderr(): string;
  /** Resolves with the exit code or signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface Cluster {
  readonly nodes: readonly ClusterNode[];
  readonly redisUrl: string;
  readonly redisPrefix: string;
  readonly databaseSchema: string;
  /** The cluster's own redis-server (`redis: 'private'`), to stop and start; undefined on the shared one. */
  readonly redis: PrivateRedis | undefined;
  url(index: number): string;
  /** Ends process `index` with the signal (SIGKILL: a crash) and waits until it has exited. */
  kill(
    index: number,
    signal?: 'SIGKILL' | 'SIGTERM',
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Starts process `index` again (stopping it first with SIGTERM if it runs), same port and data directory. */
  restart(index: number): Promise<ClusterNode>;
  /** Resolves with the first log line of process `index`, past or future, that `match` accepts. */
  waitForLog(index: number, match: (line: LogLine) => boolean): Promise<LogLine>;
  /** Every process's logs, prefixed by its index, for a failing test's message. */
  dump(): string;
  /** Ends every process (SIGKILL after a grace), drops the schema, stops the private Redis. Never throws. */
  close(): Promise<void>;
}

const live = new Set<ChildProcess>();
// A run that ends without its after hooks (mocha's --exit, an uncaught error) leaves no process behind.
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

function parseLine(text: string): LogLine {
  try {
    const line = JSON.parse(text) as LogLine;
    if (line && typeof line === 'object' && typeof line.msg === 'string') return line;
  } catch {
    // Not a log line: the start-up banner, or something printed by a dependency.
  }
  return { level: 30, msg: text };
}

interface Launch {
  index: number;
  port: number;
  env: Record<string, string>;
}

async function launch({ index, port, env }: Launch): Promise<ClusterNode> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    }),
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-STDERR_KEPT);
  });
  const logs: LogLine[] = [];
  const watchers = new Set<(line: LogLine) => void>();
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (text) => {
    if (!text.trim()) return;
    const line = parseLine(text);
    logs.push(line);
    // The same check as LogCapture's for servers in the test process (test/setup.ts reports them).
    if (line.msg.includes('an undeclared error code') && !expectedUndeclared.has(String(line.what)))
      undeclaredCodes.push(`${line.what}: ${line.code}`);
    for (const watcher of watchers) watcher(line);
  });
  const node: ClusterNode & { watchers: typeof watchers } = {
    index,
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    logs,
    stderr: () => stderr,
    exited,
    watchers,
  };
  let timer: NodeJS.Timeout | undefined;
  try {
    const listening = await Promise.race([
      waitFor(node, (line) => line.msg === 'listening'),
      exited.then(({ code, signal }) => {
        throw new Error(`process ${index} exited (${signal ?? code}) before listening`);
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`process ${index} did not log "listening" within ${START_LIMIT_MS} ms`)),
          START_LIMIT_MS,
        );
      }),
    ]);
    node.port = Number(listening.port);
    node.url = `http://127.0.0.1:${node.port}`;
  } catch (err) {
    child.kill('SIGKILL');
    const lines = logs.slice(-20).map((line) => JSON.stringify(line));
    throw new Error(`${(err as Error).message}\nstderr:\n${stderr}\nlast log lines:\n${lines.join('\n')}`);
  } finally {
    clearTimeout(timer);
  }
  return node;
}

function waitFor(node: ClusterNode, match: (line: LogLine) => boolean): Promise<LogLine> {
  const found = node.logs.find(match);
  if (found) return Promise.resolve(found);
  const { watchers } = node as ClusterNode & { watchers: Set<(line: LogLine) => void> };
  return new Promise((resolve) => {
    const watcher = (line: LogLine) => {
      if (!match(line)) return;
      watchers.delete(watcher);
      resolve(line);
    };
    watchers.add(watcher);
  });
}

async function end(node: ClusterNode, signal: NodeJS.Signals) {
  if (node.child.exitCode === null && node.child.signalCode === null) node.child.kill(signal);
  return node.exited;
}

/**
 * Switchboard as a cluster for a test: `size` processes (`node --import tsx src/main.ts`) on
 * PostgreSQL (a schema of the run's own, dropped at the end) and Redis (a prefix of the run's own, or
 * a redis-server of its own), each on a free port with its own data directory. Fails, saying which,
 * when PostgreSQL or Redis is missing. Call `close` in an `after` hook: it ends everything even when
 * the test failed half way; a start that fails cleans up what it had started.
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const size = options.size ?? 3;
  await requirePostgres();
  const schema = uniqueSchema('cluster');
  const prefix = uniquePrefix('cluster');
  const dataDirs = Array.from({ length: size }, () => mkdtempSync(path.join(tmpdir(), 'switchboard-node-')));
  const nodes: ClusterNode[] = [];
  let redis: PrivateRedis | undefined;

  const close = async () => {
    await Promise.all(
      nodes.map(async (node) => {
        // SIGTERM for a clean shutdown (its logs say whether it was); SIGKILL if it overruns.
        const timer = setTimeout(() => node.child.kill('SIGKILL'), 15_000);
        await end(node, 'SIGTERM');
        clearTimeout(timer);
      }),
    );
    await redis?.close();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
    await dropSchema(schema).catch(() => {});
  };

  try {
    if (options.redis === 'private') redis = await startPrivateRedis();
    else await requireSharedRedis();
    const redisUrl = redis?.url ?? SHARED_REDIS_URL;
    const envFor = (index: number): Record<string, string> => ({
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      OUTBOUND_VALIDATION: 'true',
      DATA_DIR: dataDirs[index] as string,
      DATABASE_URL: CLUSTER_DATABASE_URL,
      DATABASE_SCHEMA: schema,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      // Every test client comes from 127.0.0.1 (as in test/helpers/server.ts): the limits keyed on the
      // address must not trip; the tests of limits set their own.
      AUTH_RATE_LIMIT: '10000',
      CONNECT_RATE_LIMIT: '100000',
      HANDSHAKE_RATE_LIMIT: '100000',
      ROOM_CREATE_RATE_LIMIT: '100000',
      MEMBERSHIP_RATE_LIMIT: '100000',
      MAX_UNAUTHENTICATED_PER_ADDRESS: '0',
      PASSWORD_HASH_COST: String(TEST_PASSWORD_HASH_COST),
      ...options.env,
    });
    const ports = await Promise.all(Array.from({ length: size }, () => freePort()));
    const started = await Promise.allSettled(
      ports.map((port, index) => launch({ index, port, env: envFor(index) })),
    );
    for (const result of started) if (result.status === 'fulfilled') nodes.push(result.value);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    nodes.sort((a, b) => a.index - b.index);

    const node = (index: number) => {
      const found = nodes[index];
      if (!found) throw new Error(`the cluster has no process ${index} (0 to ${nodes.length - 1})`);
      return found;
    };
    return {
      nodes,
      redisUrl,
      redisPrefix: prefix,
      databaseSchema: schema,
      redis,
      url: (index) => node(index).url,
      kill: (index, signal = 'SIGKILL') => end(node(index), signal),
      restart: async (index) => {
        const old = node(index);
        await end(old, 'SIGTERM');
        const fresh = await launch({ index, port: old.port, env: envFor(index) });
        nodes[index] = fresh;
        return fresh;
      },
      waitForLog: (index, match) => waitFor(node(index), match),
      dump: () =>
        nodes
          .flatMap((n) => [
            ...n.logs.map((line) => `[${n.index}] ${JSON.stringify(line)}`),
            `[${n.index}] stderr: ${n.stderr()}`,
          ])
          .join('\n'),
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
