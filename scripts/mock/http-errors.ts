import type { HttpOperation } from './http-operations.js';
import { at, isNode } from './spec-pointers.js';
import type { SpecDocument } from './spec-source.js';

/** A refusal: an `ErrorReply` code with its message and field, answered with the status the spec maps it to. */
export class MockHttpError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The spec's code → status table (`ErrorCode`'s `x-http-status`), read once. */
export function readErrorStatuses(doc: SpecDocument): Map<string, number> {
  const table = at(doc, '#/components/schemas/ErrorCode/x-http-status');
  if (!isNode(table)) throw new Error('openapi: components.schemas.ErrorCode has no x-http-status table');
  return new Map(Object.entries(table).map(([code, status]) => [code, Number(status)]));
}

/**
 * The status and error to answer for a refusal. The mock answers only what the operation declares: a code
 * whose status the operation does not list falls back to one it does, as the server's own refusals must
 * (a path parameter out of its enum is `404 NOT_FOUND` where no 400 is declared, as for
 * `/api/spec/{document}`). Without any such status the mock cannot refuse within the contract: it says so.
 */
export function declaredRefusal(
  op: HttpOperation | undefined,
  error: MockHttpError,
  statuses: Map<string, number>,
): { status: number; body: { error: Record<string, unknown> } } {
  const body = (code: string) => ({
    error: {
      code,
      message: error.message.slice(0, 1024) || code,
      ...(error.field !== undefined ? { field: error.field.slice(0, 512) } : {}),
    },
  });
  const status = statuses.get(error.code);
  if (status === undefined) throw new Error(`error code ${error.code} is not in ErrorCode's x-http-status`);
  if (!op || op.responses.has(status)) return { status, body: body(error.code) };
  if (error.code === 'BAD_INPUT' && op.responses.has(404)) return { status: 404, body: body('NOT_FOUND') };
  throw new Error(`${op.operationId} declares no ${status} response for ${error.code}`);
}
