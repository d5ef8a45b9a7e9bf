import type { HttpOperation } from './http-operations.js';
import type { SpecValidators } from './schema-validators.js';
import type { RealtimeServer } from './socket-operations.js';

/** The statuses the mock may refuse an operation's request with (http-mock.ts, http-request.ts). */
function refusalStatuses(op: HttpOperation): number[] {
  const out: number[] = [];
  if (op.secured) out.push(401);
  if (op.body) out.push(400, 413, 415);
  else if (op.queryParameters.length > 0) out.push(400);
  // A bad path parameter is 400, or 404 where no 400 is declared (http-errors.ts).
  if (op.pathParameters.length > 0 && !op.responses.has(404)) out.push(400);
  return out;
}

/**
 * Checks every canned answer against its schema before the mock listens, and that every operation
 * declares the statuses the mock refuses bad input with: an example in the spec that breaks its own
 * schema, or a refusal the contract does not allow, stops `make mock` at once, naming the operation,
 * instead of surprising the first client that asks.
 */
export function checkCannedAnswers(
  http: { operations: readonly HttpOperation[]; validators: SpecValidators },
  realtime: { servers: readonly RealtimeServer[]; validators: SpecValidators },
): void {
  const problems: string[] = [];
  for (const op of http.operations) {
    for (const status of refusalStatuses(op))
      if (!op.responses.has(status))
        problems.push(
          `${op.operationId}: the mock refuses bad input with ${status}, which it does not declare`,
        );
    for (const media of op.success.media) {
      const invalid = media.schema ? http.validators.check(media.schema, media.body) : undefined;
      if (invalid) problems.push(`${op.operationId} ${op.success.status} ${media.type}: ${invalid.message}`);
    }
  }
  for (const server of realtime.servers) {
    const messages = [
      ...[...server.requests.values()].flatMap((op) =>
        op.reply ? [{ id: op.operationId, message: op.reply }] : [],
      ),
      ...[...server.events.values()].map((ev) => ({ id: ev.operationId, message: ev.message })),
    ];
    for (const { id, message } of messages) {
      const invalid = realtime.validators.check(message.schema, message.example);
      if (invalid) problems.push(`${id} (${message.name}): ${invalid.message}`);
    }
  }
  if (problems.length > 0)
    throw new Error(
      `the mock's answers from the spec's examples break their schemas:\n  ${problems.join('\n  ')}`,
    );
}
