import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger.js';

export type { Redis };

export interface RedisClientOptions {
  /** What the client is for (`publisher`, `subscriber`, `presence`…): named in logs and in CLIENT LIST. */
  role: string;
  log: Logger;
  /** A command not answered within this is rejected (a Redis that hangs without closing the socket). */
  commandTimeoutMs?: number;
  /** A connection attempt that has not succeeded within this is abandoned and retried. */
  connectTimeoutMs?: number;
  /**
   * Hold commands issued while disconnected until the next connection attempt (rejected if it fails)
   * rather than rejecting them at once. For the Socket.IO adapter only: it reads its stream in a loop
   * that retries at once on an error, which, rejected synchronously, would spin without ever yielding
   * to the event loop while Redis is away.
   */
  holdWhileDisconnected?: boolean;
}

// Reconnection backs off from 100 ms to this, so a restarted Redis is found again within about as long.
const MAX_RETRY_DELAY_MS = 2000;

/** host:port of a Redis URL, without its password, for logs and messages. */
export function redisAddress(url: string): string {
  const { protocol, hostname, port } = new URL(url);
  return `${protocol}//${hostname}:${port || '6379'}`;
}

/**
 * An ioredis client for the cluster. Every wait is bounded: while Redis is unreachable a command is
 * rejected at once (no offline queue), commands under way when the connection drops are rejected
 * rather than resent later out of the caller's sight, and one that gets no answer times out. The
 * client reconnects for ever, backing off to 2 s; an outage is logged once when it starts and once
 * when it ends, not at every retry.
 */
export function createRedisClient(url: string, options: RedisClientOptions): Redis {
  const { role, log } = options;
  const redisOptions: RedisOptions = {
    connectionName: `switchboard-${role}`,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    commandTimeout: options.commandTimeoutMs ?? 5000,
    enableOfflineQueue: options.holdWhileDisconnected === true,
    // 0: commands in flight are rejected as soon as the connection closes (ioredis would otherwise hold
    // them until a reconnection, then resend them, and a caller that gave up would see them done anyway).
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    // Subscriptions are renewed by their owner (redis-broker.ts), which then knows when they are back.
    autoResubscribe: false,
    retryStrategy: (attempt) => Math.min(100 * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS),
  };
  const client = new Redis(url, redisOptions);
  const context = { redis: redisAddress(url), role };
  let down = false;
  client.on('error', (err: NodeJS.ErrnoException) => {
    if (down) return;
    down = true;
    // A refused connection to a name with several addresses is an AggregateError with no message.
    log.warn({ ...context, reason: err.message || err.code }, 'Redis unreachable; retrying');
  });
  client.on('close', () => {
    // A close without an error (Redis shut down cleanly, the socket ended) is an outage too.
    if (down || client.status === 'end') return;
    down = true;
    log.warn(context, 'Redis connection lost; retrying');
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    log.info(context, 'Redis reachable again');
  });
  return client;
}
