import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createLogger } from '../../src/logger.js';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export const silentLog = createLogger({ logLevel: 'silent' });

/** A key prefix no other run or test shares, so tests on the machine's Redis never meet. */
export const uniquePrefix = (what: string) => `test:${what}:${randomUUID()}:`;

/**
 * A connection to the machine's Redis that fails the test with a clear message when Redis is not there,
 * rather than retrying forever or skipping.
 */
export async function connectRedis(): Promise<Redis> {
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    throw new Error(
      `Redis at ${REDIS_URL} does not answer (${(err as Error).message}); start it (redis-server) or set REDIS_URL`,
    );
  }
  return redis;
}

/** Deletes every key under the prefix (SCAN in pages, never KEYS on a shared Redis). */
export async function dropPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
}

/** The keys left under the prefix, to check a store leaves nothing behind. */
export async function keysUnder(redis: Redis, prefix: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    found.push(...keys);
  } while (cursor !== '0');
  return found.sort();
}
