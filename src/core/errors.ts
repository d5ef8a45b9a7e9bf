import type { ErrorCode, Error as ErrorPayload } from '../../generated/types.js';
import { isRedisUnavailable } from '../cluster/redis-errors.js';
import type { Logger } from '../logger.js';
import { isDatabaseUnavailable } from '../store/errors.js';

const MAX_MESSAGE = 1024;
const MAX_FIELD = 512;

/**
 * An error the client is meant to see: a code from the spec's enum, a message for people and, for
 * input errors, the field at fault. Anything else thrown by a handler is answered as INTERNAL.
 * Message and field are cut to the spec's bounds, since they may quote client input.
 */
export class ApiError extends Error {
  readonly field: string | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    field?: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message.slice(0, MAX_MESSAGE));
    this.name = 'ApiError';
    this.field = field?.slice(0, MAX_FIELD);
  }

  toPayload(): ErrorPayload {
    const payload: ErrorPayload = { code: this.code, message: this.message };
    if (this.field !== undefined) payload.field = this.field;
    if (this.retryAfterSeconds !== undefined) payload.retryAfterSeconds = this.retryAfterSeconds;
    return payload;
  }
}

export function notImplemented(operationId: string): ApiError {
  return new ApiError('NOT_IMPLEMENTED', `operation ${operationId} is not implemented yet`);
}

/** The reply to anything unexpected: never the original message, which may carry internals. */
export const INTERNAL_ERROR: ErrorPayload = { code: 'INTERNAL', message: 'internal server error' };

const DATABASE_UNAVAILABLE: ErrorPayload = {
  code: 'UNAVAILABLE',
  message: 'the database does not answer; try again shortly',
  retryAfterSeconds: 5,
};

const REDIS_UNAVAILABLE: ErrorPayload = {
  code: 'UNAVAILABLE',
  message: "the cluster's Redis does not answer; try again shortly",
  retryAfterSeconds: 5,
};

/**
 * What the client is told about any error a handler or the handshake threw: an ApiError as it is,
 * a database or cluster Redis outage as UNAVAILABLE, anything else as INTERNAL. Client errors are not
 * logged (a client must not be able to fill the error log). A Redis outage is logged at debug only:
 * every request fails alike while it lasts, and the Redis client logs the outage itself once, as it
 * starts and as it ends (cluster/redis.ts).
 */
export function toClientError(err: unknown, log: Logger, context: Record<string, unknown>): ErrorPayload {
  if (err instanceof ApiError) return err.toPayload();
  if (isDatabaseUnavailable(err)) {
    log.warn({ ...context, err }, 'database unavailable');
    return DATABASE_UNAVAILABLE;
  }
  if (isRedisUnavailable(err)) {
    log.debug({ ...context, reason: (err as Error).message }, "cluster's Redis unavailable");
    return REDIS_UNAVAILABLE;
  }
  log.error({ ...context, err }, 'request failed');
  return INTERNAL_ERROR;
}
