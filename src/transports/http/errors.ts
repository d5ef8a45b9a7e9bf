import type { Context } from 'koa';
import { httpStatusOfError } from '../../../generated/errors.js';
import type { ErrorReply, Validator } from '../../../generated/types.js';
import { INTERNAL_ERROR, toClientError } from '../../core/errors.js';
import type { Logger } from '../../logger.js';
import { conformsToSpec } from '../validation.js';
import type { RequestState } from './request-id.js';
import { closeAfterAnswer } from './staged-close.js';

/** Finds the validator of an error response's body by status; undefined when outbound validation is off. */
export type ErrorValidatorFor = (status: number) => Validator<unknown> | null | undefined;

/** The error body with the request's id (request-id.ts), which the client can quote to find our log lines. */
export function withRequestId(ctx: Context, body: ErrorReply): ErrorReply {
  const { requestId } = ctx.state as RequestState;
  return requestId ? { error: { ...body.error, requestId } } : body;
}

/**
 * Answers an error with its code's status (see toClientError for what the client is told). When
 * outbound validation is on, the body is checked against the spec first.
 */
export function answerError(ctx: Context, err: unknown, log: Logger, validatorFor?: ErrorValidatorFor): void {
  let body = withRequestId(ctx, { error: toClientError(err, log, { method: ctx.method, path: ctx.path }) });
  const validate = validatorFor?.(httpStatusOfError[body.error.code]);
  if (validatorFor && !(validate && conformsToSpec(validate, body, `${ctx.method} ${ctx.path} error`, log))) {
    if (!validate) log.error({ code: body.error.code }, 'error status is not in the spec for this route');
    body = withRequestId(ctx, { error: INTERNAL_ERROR });
  }
  ctx.status = httpStatusOfError[body.error.code];
  ctx.body = body;
  if (body.error.code === 'UNAUTHENTICATED') ctx.set('WWW-Authenticate', 'Bearer');
  if (body.error.retryAfterSeconds !== undefined)
    ctx.set('Retry-After', String(body.error.retryAfterSeconds));
  // An answer given before the body was read to the end leaves bytes on the socket: the connection is not
  // reused, and it closes in stages so that the client still gets to read the answer.
  if (!ctx.req.complete) {
    ctx.set('Connection', 'close');
    closeAfterAnswer(ctx.req);
  }
}
