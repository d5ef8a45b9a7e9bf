import type { ErrorCode } from './generated/types.js';

/**
 * A failure the server answered with the spec's error shape (`{ error: { code, message, field } }`), over
 * Socket.IO or HTTP. `Code` narrows to the codes the operation declares, so a `switch` over `err.code`
 * is checked against the spec.
 */
export class SwitchboardError<Code extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'SwitchboardError';
  readonly code: Code;
  /** Where the problem is: a dotted path into the payload (Socket.IO) or `body.x`, `query.y` (HTTP). */
  readonly field: string | undefined;
  /** With `RATE_LIMITED` and `UNAVAILABLE`, how long to wait before trying again. */
  readonly retryAfterSeconds: number | undefined;
  /** The HTTP status, for an error answered over HTTP. */
  readonly status: number | undefined;
  /** The operation that failed: a Socket.IO event name or an HTTP operationId. */
  readonly operation: string;

  constructor(
    operation: string,
    error: { code: Code; message: string; field?: string; retryAfterSeconds?: number },
    status?: number,
  ) {
    super(`${operation}: ${error.code}: ${error.message}${error.field ? ` (${error.field})` : ''}`);
    this.operation = operation;
    this.code = error.code;
    this.field = error.field;
    this.retryAfterSeconds = error.retryAfterSeconds;
    this.status = status;
  }
}

/** A request the server did not answer in time; it may still have been carried out. */
export class RequestTimeoutError extends Error {
  override readonly name = 'RequestTimeoutError';
  readonly operation: string;
  readonly timeoutMs: number;

  constructor(operation: string, timeoutMs: number) {
    super(`${operation}: no answer within ${timeoutMs} ms`);
    this.operation = operation;
    this.timeoutMs = timeoutMs;
  }
}

/** The server's answer does not have the shape the spec gives it (a server or proxy out of contract). */
export class UnexpectedAnswerError extends Error {
  override readonly name = 'UnexpectedAnswerError';
  readonly operation: string;

  constructor(operation: string, what: string) {
    super(`${operation}: ${what}`);
    this.operation = operation;
  }
}

/** The error inside an `{ error: {...} }` answer, or undefined for any other value. */
export function errorOf(answer: unknown): { code: ErrorCode; message: string; field?: string } | undefined {
  if (typeof answer !== 'object' || answer === null || !('error' in answer)) return undefined;
  const error = (answer as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' || typeof message !== 'string') return undefined;
  return error as { code: ErrorCode; message: string; field?: string };
}
