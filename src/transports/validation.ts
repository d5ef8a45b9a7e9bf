import type { ErrorObject } from 'ajv';
import type { Error as ErrorPayload, Validator } from '../../generated/types.js';
import { ApiError, INTERNAL_ERROR } from '../core/errors.js';
import type { Logger } from '../logger.js';

function pointerToPath(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Turns the first AJV error into a BAD_INPUT ApiError naming the field: `prefix` says where the value
 * came from (`body`, `query`, `path` over HTTP; nothing for a Socket.IO payload).
 */
export function badInput(errors: ErrorObject[] | null | undefined, prefix = ''): ApiError {
  const error = errors?.[0];
  const base = prefix ? [prefix] : [];
  if (!error) return new ApiError('BAD_INPUT', `${prefix || 'payload'} is invalid`, prefix);
  const at = [...base, ...pointerToPath(error.instancePath)];
  const params = error.params as Record<string, unknown>;
  let message: string;
  if (error.keyword === 'required') {
    at.push(String(params.missingProperty));
    message = 'is required';
  } else if (error.keyword === 'additionalProperties') {
    at.push(String(params.additionalProperty));
    message = 'is not allowed here';
  } else if (error.keyword === 'false schema') {
    // A property a schema forbids outright (`game: false` unless the state is `playing`).
    message = 'is not allowed here';
  } else if (error.keyword === 'enum') {
    message = `must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  } else {
    message = error.message ?? 'is invalid';
  }
  const field = at.join('.');
  return new ApiError('BAD_INPUT', `${field || 'payload'} ${message}`.slice(0, 1024), field.slice(0, 512));
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
