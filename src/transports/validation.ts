import type { ErrorObject } from 'ajv';
import type { Error as ErrorPayload, Validator } from '../../generated/types.js';
import { ApiError, INTERNAL_ERROR } from '../core/errors.js';
import type { Logger } from '../logger.js';
import { describeInvalid } from './invalid-field.js';

/**
 * Turns the first AJV error into a BAD_INPUT ApiError naming the field: `prefix` says where the value
 * came from (`body`, `query`, `path` over HTTP; nothing for a Socket.IO payload).
 */
export function badInput(errors: ErrorObject[] | null | undefined, prefix = ''): ApiError {
  const { field, message } = describeInvalid(errors, prefix);
  return new ApiError('BAD_INPUT', message, field);
}

/**
 * Checks an outbound value against its spec'd schema (outbound validation): returns false and logs
 * the violation — a server bug, since the docs would lie — so the caller can answer INTERNAL instead.
 */
export function conformsToSpec(
  validate: Validator<unknown>,
  value: unknown,
  what: string,
  log: Logger,
): boolean {
  if (validate(value)) return true;
  // The value itself is not logged: it may carry secrets (session tokens, socket secrets).
  log.error({ what, violation: validate.errors?.[0] }, 'outbound message violates the spec');
  return false;
}

/**
 * Checks an error answer's code against those its operation declares (`x-errors` of its reply and the
 * server's `x-request-errors`): an undeclared code is an outbound violation like a wrong payload, since
 * clients handle the codes the docs list. Logs it and answers INTERNAL instead.
 */
export function declaredError(
  error: ErrorPayload,
  codes: ReadonlySet<string>,
  what: string,
  log: Logger,
): ErrorPayload {
  if (codes.has(error.code)) return error;
  log.error({ what, code: error.code }, 'outbound message violates the spec: an undeclared error code');
  return INTERNAL_ERROR;
}
