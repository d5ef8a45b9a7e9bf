import type { HttpOperation } from './http-operations.js';
import type { SpecValidators } from './schema-validators.js';
import type { RealtimeServer } from './socket-operations.js';

/**
 * Checks every canned answer against its schema before the mock listens: an example in the spec that
 * breaks its own schema (or a sample the mock could not make valid) stops `make mock` at once, naming
 * the operation, instead of answering INTERNAL to the first client that asks.
 */
export function checkCannedAnswers(
  http: { operations: readonly HttpOperation[]; validators: SpecValidators },
  realtime: { servers: readonly RealtimeServer[]; validators: SpecValidators },
): void {
  const problems: string[] = [];
  for (const op of http.operations)
    for (const media of op.success.media) {
      const invalid = media.schema ? http.validators.check(media.schema, media.body) : undefined;
      if (invalid) problems.push(`${op.operationId} ${op.success.status} ${media.type}: ${invalid.message}`);
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
