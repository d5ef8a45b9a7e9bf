import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { connectionCause } from '../startup/connection-cause.js';
import { EXIT_CONFIG, EXIT_UNAVAILABLE, StartupError } from '../startup/startup-error.js';
import { redisAddress } from './redis.js';

const MAX_RETRY_DELAY_MS = 2000;

/**
 * Waits until Redis answers, retrying with backoff for up to `timeoutMs` (REDIS_CONNECT_TIMEOUT_MS), on a
 * connection of its own that is closed afterwards: the cluster's clients are then created against a
 * Redis known to be up. A refusal Redis itself answers (a wrong password) ends the wait at once. The
 * StartupError names REDIS_URL by host and port only: the URL's password is never shown.
 */
export async function reachRedis(url: string, timeoutMs: number, log: Logger): Promise<void> {
  const shown = redisAddress(url);
  const started = Date.now();
  let attempts = 0;
  let lastCause = 'no answer';
  const client = new Redis(url, {
    connectionName: 'switchboard-start',
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: Math.max(1000, Math.min(5000, timeoutMs)),
    retryStrategy: (attempt) => Math.min(100 * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (message: string, exitCode = EXIT_UNAVAILABLE) =>
        reject(new StartupError('REDIS_URL', message, exitCode));
      const timer = setTimeout(() => {
        const elapsed = ((Date.now() - started) / 1000).toFixed(1);
        fail(
          `cannot reach Redis at REDIS_URL=${shown} (${lastCause} after ${attempts} attempt${attempts === 1 ? '' : 's'} in ${elapsed} s; REDIS_CONNECT_TIMEOUT_MS=${timeoutMs})`,
        );
      }, timeoutMs);
      client.on('error', (err: NodeJS.ErrnoException) => {
        attempts += 1;
        lastCause = connectionCause(err);
        if (err.name === 'ReplyError') {
          clearTimeout(timer);
          fail(`Redis at REDIS_URL=${shown} refused the connection: ${err.message}`, EXIT_CONFIG);
        } else if (attempts === 1)
          log.warn({ redis: shown, reason: lastCause, timeoutMs }, 'Redis unreachable; retrying');
      });
      client.once('ready', () => {
        clearTimeout(timer);
        if (attempts > 0) log.info({ redis: shown, attempts: attempts + 1 }, 'Redis reachable');
        resolve();
      });
      client.connect().catch(() => {});
    });
  } finally {
    client.disconnect();
  }
}
