import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { freePort } from '../helpers/server-process.js';

const SHARED = 'redis://127.0.0.1:6379';

/**
 * A connection to the machine's Redis, or a clear failure when it is not running: these tests are
 * about Redis and must not pass (or skip) without it.
 */
export async function sharedRedis(): Promise<Redis> {
  const redis = new Redis(SHARED, { maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    throw new Error(
      `Redis at ${SHARED} does not answer (${(err as Error).message}); start it (DESIGN.md, Services on this machine)`,
    );
  }
  return redis;
}

/** A key prefix of its own for each run, so runs and files never see each other's keys. */
export function uniquePrefix(what: string): string {
  return `test:${what}:${randomUUID()}:`;
}

/** Deletes what a run left under its prefix. */
export async function deletePrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

export interface PrivateRedis {
  port: number;
  /** Stops it (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty (no persistence): scripts and keys are gone. */
  restart(): Promise<void>;
}

/** A redis-server of the test's own, to stop and start without disturbing the machine's. */
export async function privateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess;
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`redis-server exited with ${code} before it was ready`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Ready to accept connections')) resolve();
      });
    });
    child.removeAllListeners('exit');
    child.stdout?.resume();
  };
  await start();
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  };
  return { port, stop, restart: start };
}
