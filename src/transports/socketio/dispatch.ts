import type { SocketOperation } from '../../../generated/socketio.js';
import type { ErrorReply } from '../../../generated/types.js';
import { ErrorReply as validateErrorReply } from '../../../generated/validators/asyncapi.js';
import { ApiError, INTERNAL_ERROR, toClientError } from '../../core/errors.js';
import type { SocketContext } from '../../handlers/context.js';
import type { Logger } from '../../logger.js';
import { checkInboundJson } from '../json-limits.js';
import { badInput, conformsToSpec } from '../validation.js';
import { emitEvent } from './outbound.js';
import { FRAME_BYTES, type SizedEvent } from './sized-parser.js';
import type { SwitchboardSocket } from './types.js';

export interface DispatchOptions {
  operations: ReadonlyMap<string, SocketOperation>;
  maxFrameBytes: number;
  maxJsonDepth: number;
  outboundValidation: boolean;
  log: Logger;
}

type Ack = (reply: unknown) => void;

const MAX_EVENT_NAME = 256;

/**
 * The one `socket.use()` middleware of a connection: it validates and runs every inbound event itself
 * and never calls `next`, so no frame reaches a handler unvalidated and Socket.IO does no further work.
 */
export function frameDispatcher(socket: SwitchboardSocket, ctx: SocketContext, opts: DispatchOptions) {
  const answer = (ack: Ack | undefined, event: string, err: unknown): void => {
    let reply: ErrorReply = { error: toClientError(err, ctx.log, { event }) };
    if (opts.outboundValidation && !conformsToSpec(validateErrorReply, reply, `${event} error`, ctx.log))
      reply = { error: INTERNAL_ERROR };
    if (ack) ack(reply);
    else
      emitEvent(socket, 'frame-error', { event: event.slice(0, MAX_EVENT_NAME), error: reply.error }, opts);
  };

  const run = async (frame: SizedEvent): Promise<void> => {
    const args = frame.slice(1);
    const event = String(frame[0]);
    const ack = typeof args.at(-1) === 'function' ? (args.pop() as Ack) : undefined;
    try {
      const bytes = frame[FRAME_BYTES] ?? 0;
      if (bytes > opts.maxFrameBytes)
        throw new ApiError(
          'PAYLOAD_TOO_LARGE',
          `the frame is ${bytes} bytes; the limit is ${opts.maxFrameBytes}`,
          '',
        );
      const op = opts.operations.get(event);
      if (!op) throw new ApiError('UNKNOWN_EVENT', `unknown event "${event.slice(0, MAX_EVENT_NAME)}"`, '');
      if (op.validateReply && !ack)
        throw new ApiError(
          'ACK_REQUIRED',
          `${event} answers through an acknowledgement: pass a callback`,
          '',
        );
      if (!op.validateReply && ack)
        throw new ApiError('ACK_NOT_ALLOWED', `${event} takes no acknowledgement callback`, '');
      if (args.length !== 1)
        throw new ApiError(
          'BAD_INPUT',
          `${event} takes exactly one argument, the payload object (got ${args.length})`,
          '',
        );
      const payload = args[0];
      checkInboundJson(payload, opts.maxJsonDepth);
      if (!op.validatePayload(payload)) throw badInput(op.validatePayload.errors);
      const reply = await op.handler(payload as never, ctx);
      if (!ack || !op.validateReply) return;
      if (opts.outboundValidation && !conformsToSpec(op.validateReply, reply, `${event} reply`, ctx.log)) {
        ack({ error: INTERNAL_ERROR });
        return;
      }
      ack(reply);
    } catch (err) {
      answer(ack, event, err);
    }
  };

  return (frame: unknown[], _next: (err?: Error) => void): void => {
    void run(frame);
  };
}
