// generated from spec/common/errors.yaml by `make generate` — do not edit

import type { ErrorCode } from './types.js';

/** The HTTP status each error code answers with (`x-http-status` of the ErrorCode schema). */
export const httpStatusOfError: Readonly<Record<ErrorCode, number>> = {
  BAD_INPUT: 400,
  MALFORMED: 400,
  UNKNOWN_EVENT: 400,
  ACK_REQUIRED: 400,
  ACK_NOT_ALLOWED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  ACTIVITIES_DISABLED: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  NOT_MEMBER: 409,
  LIMIT_REACHED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  CONNECTION_LIMIT: 429,
  INTERNAL: 500,
  NOT_IMPLEMENTED: 501,
  UNAVAILABLE: 503,
  TIMEOUT: 504,
};
