import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from './server-process.js';

/**
 * The machine's Redis, for tests that share it under a prefix of their own. Not REDIS_URL: server
 * processes the suite starts on SQLite inherit the environment, and would refuse to start with it.
 */
export const SHARED_REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

/** A key prefix no other run uses. */
export function uniquePrefix(what: string): string {
  return `test:${what}:${process.pid}:${Math.random().toString(36).slice(2, 10)}:`;
}

/** Fails, naming the fix, when the machine's Redis does not answer: a test needing it must not skip. */
export async function requireSharedRedis(): Promise<void> {
  const client = new Redis(SHARED_REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // The connection's own error says why (refused, no such host); connect() only says it closed.
  let reason = '';
  client.on('error', (err: NodeJS.ErrnoException) => {
    reason ||= err.message || err.code || '';
  });
  try {
    await client.connect();
    await client.ping();
  } catch (err) {
    throw new Error(
      `Redis at ${SHARED_REDIS_URL} does not answer (${reason || (err as Error).message}); start it (redis-server --daemonize yes --save "" --appendonly no) or set TEST_REDIS_URL to one that answers`,
    );
  } finally {
    client.disconnect();
  }
}

export interface PrivateRedis {
  url: string;
  port: number;
  /** Stops the server (SIGKILL: as a crash, nothing flushed), keeping its port for `start`. */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
  /** Freezes it (SIGSTOP): connections stay open and nothing is answered, as a hung or partitioned Redis. */
  pause(): void;
  /** Lets a paused server go on (SIGCONT). */
  resume(): void;
  /** Stops it for good and deletes its directory. */
  close(): Promise<void>;
}

const running = new Set<ChildProcess>();
// A run that ends without its after hooks (an uncaught error, mocha's --exit) leaves no redis-server behind.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

async function launch(port: number, dir: string): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  const child = spawn('redis-server', [...args, '--dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'ENOENT'
          ? new Error(
              'redis-server is not installed: the fault tests start their own (apt-get install redis-server)',
            )
          : err,
      ),
    );
    child.once('exit', (code) =>
      reject(new Error(`redis-server exited with ${code} before it was ready:\n${output}`)),
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
  });
  child.stdout?.resume();
  return child;
}

async function kill(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await exited;
}

/** A redis-server of the test's own on a free port, for fault tests that stop and restart it. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'switchboard-redis-'));
  let child: ChildProcess | undefined = await launch(port, dir).catch((err: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: async () => {
      await kill(child);
      child = undefined;
    },
    start: async () => {
      if (!child) child = await launch(port, dir);
    },
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
    close: async () => {
      await kill(child);
      child = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
