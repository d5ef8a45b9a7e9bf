import { createHash } from 'node:crypto';
import { type Redis, ReplyError } from 'ioredis';
import { ApiError } from '../errors.js';

/** How long a limit waits for Redis before answering UNAVAILABLE, unless told otherwise. */
export const DEFAULT_REDIS_DEADLINE_MS = 1000;

// Replies that mean Redis is there but cannot serve now (starting up, busy with a long script, a
// replica cut off): as good as unreachable for a limit that must answer now.
const TRANSIENT_REPLY = /^(LOADING|BUSY|TRYAGAIN|MASTERDOWN|CLUSTERDOWN)\b/;

/**
 * A Lua script that Redis runs atomically: a limit's read-decide-write happens in one step, whichever
 * process asks. Sent once by its SHA-1 and resent in full only when Redis has forgotten it (a restart,
 * SCRIPT FLUSH). Every run is bounded: the client's own retry and offline-queue settings are not ours
 * to rely on (withDeadline).
 */
export class RedisScript {
  private readonly sha: string;

  constructor(private readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  /** Runs the script; rejects with ApiError UNAVAILABLE when Redis does not answer within `deadlineMs`. */
  run(redis: Redis, keys: string[], args: (string | number)[], deadlineMs: number): Promise<unknown> {
    return withDeadline(this.call(redis, keys, args), deadlineMs);
  }

  private async call(redis: Redis, keys: string[], args: (string | number)[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!(err instanceof ReplyError && (err as Error).message.startsWith('NOSCRIPT'))) throw err;
      return redis.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}

/**
 * A Redis call that answers in time or rejects with ApiError UNAVAILABLE: the client's own retry and
 * offline-queue settings are not ours to rely on, and a limit that hangs would hang the handshake or
 * request waiting on it. Errors Redis replies with (a script's bug) are passed on as they are.
 */
export async function withDeadline<T>(call: Promise<T>, deadlineMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(unavailable()), deadlineMs);
    timer.unref();
  });
  // A call abandoned at the deadline may still reject later; that outcome is no longer anyone's.
  call.catch(() => {});
  try {
    return await Promise.race([call, deadline]);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    if (err instanceof ReplyError && !TRANSIENT_REPLY.test((err as Error).message)) throw err;
    throw unavailable();
  } finally {
    clearTimeout(timer);
  }
}

function unavailable(): ApiError {
  return new ApiError(
    'UNAVAILABLE',
    'the shared limits store (Redis) does not answer; try again shortly',
    undefined,
    5,
  );
}
