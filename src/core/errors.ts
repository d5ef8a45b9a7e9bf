import type { ErrorCode, Error as ErrorPayload } from '../../generated/types.js';

/**
 * An error the client is meant to see: a code from the spec's enum, a message for people and, for
 * input errors, the field at fault. Anything else thrown by a handler is answered as INTERNAL.
 */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toPayload(): ErrorPayload {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

export function notImplemented(operationId: string): ApiError {
  return new ApiError('NOT_IMPLEMENTED', `operation ${operationId} is not implemented yet`);
}

/** The reply to anything unexpected: never the original message, which may carry internals. */
export const INTERNAL_ERROR: ErrorPayload = { code: 'INTERNAL', message: 'internal server error' };
