import { ApiError } from '../../src/core/errors.js';
import { checkInboundJson } from '../../src/transports/json-limits.js';

/** The server's default `MAX_JSON_DEPTH`: a value nested deeper is refused before any schema sees it. */
export const MAX_JSON_DEPTH = 64;

/**
 * Why the server would refuse a parsed value before validating it (nested too deep, a number out of
 * range), in its words, or nothing. The check is the server's own: a 20,000-deep body would otherwise
 * overflow the validators' stack, and the mock would answer 500 where the server answers 400.
 */
export function inboundProblem(value: unknown, prefix = ''): { message: string; field: string } | undefined {
  try {
    checkInboundJson(value, MAX_JSON_DEPTH, prefix);
    return undefined;
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    return { message: err.message, field: err.field ?? prefix };
  }
}
