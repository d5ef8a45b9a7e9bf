import type { SocketOperation } from '../../../generated/socketio.js';
import type { ErrorReply } from '../../../generated/types.js';
import { ErrorReply as validateErrorReply } from '../../../generated/validators/asyncapi.js';
import { ApiError, INTERNAL_ERROR, toClientError } from '../../core/errors.js';
import type { ActionCaller, SocketContext } from '../../handlers/context.js';
import type { InFlight } from '../in-flight.js';
import { checkInboundJson } from '../json-limits.js';
import { type GateLimits, type Reader, RequestGate } from '../request-gate.js';
import { recordAnswer } from '../spec-coverage.js';
import { badInput, conformsToSpec, declaredError } from '../validation.js';
import { emitEvent, type OutboundOptions } from './outbound.js';
import { FRAME_BYTES, type SizedEvent } from './sized-parser.js';
import type { SwitchboardSocket } from './types.js';

/** What every connection's dispatcher shares (one object for all: a connection costs no copy of it). */
export interface DispatchOptions {
  operations: ReadonlyMap<string, SocketOperation>;
  maxFrameBytes: number;
  maxJsonDepth: number;
  outboundValidation: boolean;
  /** Every transport's requests under way, for shutdown. */
  inflight: InFlight;
  /** How many of a connection's requests run at once, and when it stops being read (requestLimits). */
  requests: GateLimits;
}

/**
 * At most `maxRequestsInFlight` of a connection's handlers run at once; reading stops at 256 waiting and
 * starts again at 64. Long-polling cannot be paused, so past 1,024 waiting a request is refused at once.
 */
export const requestLimits = (maxRequestsInFlight: number): GateLimits => ({
  concurrency: maxRequestsInFlight,
  pauseAt: 256,
  resumeAt: 64,
  maxWaiting: 1024,
});

type Ack = (reply: unknown) => void;

/**
 * An event as Socket.IO hands it to middleware: its name (Socket.IO's parser lets a number through
 * too), its arguments, and the acknowledgement callback last when the client asked for one. `421` (an
 * ack id and nothing else) comes as `[ack]`: no name at all, which must not be read from the callback.
 */
function partsOf(frame: unknown[]): { event: string | undefined; args: unknown[]; ack: Ack | undefined } {
  const ack = typeof frame.at(-1) === 'function' ? (frame.at(-1) as Ack) : undefined;
  const [name, ...args] = ack ? frame.slice(0, -1) : frame;
  const event = typeof name === 'string' || typeof name === 'number' ? String(name) : undefined;
  return { event, args, ack };
}

const MAX_EVENT_NAME = 256;

/**
 * A connection's dispatcher, the one `socket.use()` middleware of its socket: it validates and runs every
 * inbound event itself and never calls `next`, so no frame reaches a handler unvalidated and Socket.IO
 * does no further work. At most `maxRequestsInFlight` handlers run at once per connection; the rest wait
 * their turn, so one connection's flood neither grows memory without bound nor takes the database from
 * everyone else. A class, not closures: every connection has one, and its methods are shared.
 */
class FrameDispatcher {
  private readonly gate: RequestGate;

  constructor(
    private readonly socket: SwitchboardSocket,
    private readonly ctx: SocketContext,
    private readonly outbound: OutboundOptions,
    private readonly opts: DispatchOptions,
    reader: Reader,
  ) {
    this.gate = new RequestGate(opts.requests, reader);
  }

  /** The connection as an action's caller (made per action: most connections never call one). */
  private caller(): ActionCaller {
    const { socket, ctx } = this;
    return {
      transport: 'socket.io',
      connectionId: socket.id,
      userId: ctx.connection.userId,
      username: ctx.connection.username,
      accountId: ctx.connection.accountId,
      sessionId: socket.data.grant.sessionId,
      connectedAt: new Date(socket.handshake.issued).toISOString(),
    };
  }

  submit(frame: unknown[]): void {
    // A connection that has closed answers nothing more: what waits is dropped as it comes up.
    if (this.gate.submit(() => (this.socket.connected ? this.run(frame) : Promise.resolve()))) return;
    const { event, ack } = partsOf(frame);
    const waiting = this.opts.requests.maxWaiting;
    const op = event === undefined ? undefined : this.opts.operations.get(event);
    this.ctx.services.metrics.frameIn('socketio', op?.operationId);
    this.answer(
      ack,
      event ?? '',
      new ApiError('RATE_LIMITED', `more than ${waiting} requests wait on this connection`, '', 1),
      op,
    );
  }

  private answer(ack: Ack | undefined, event: string, err: unknown, op?: SocketOperation): void {
    const { opts, ctx } = this;
    let reply: ErrorReply = { error: toClientError(err, ctx.log, { event }) };
    // An acknowledgement of a known operation carries only the codes that operation declares.
    if (opts.outboundValidation && ack && op?.validateReply)
      reply = { error: declaredError(reply.error, op.errorCodes, `${event} error`, ctx.log) };
    if (opts.outboundValidation && !conformsToSpec(validateErrorReply, reply, `${event} error`, ctx.log))
      reply = { error: INTERNAL_ERROR };
    recordAnswer('local', op?.operationId, reply.error.code);
    ctx.services.metrics.refused('socketio', op?.operationId, reply.error.code);
    if (ack) {
      ack(reply);
      ctx.services.metrics.frameOut('socketio', 'ack');
    } else
      emitEvent(
        this.socket,
        'frame-error',
        { event: event.slice(0, MAX_EVENT_NAME), error: reply.error },
        this.outbound,
      );
  }

  private async run(frame: SizedEvent): Promise<void> {
    const { opts, ctx } = this;
    const { event: name, args, ack } = partsOf(frame);
    const event = name ?? '';
    // Counted until its answer is out: shutdown waits for it, so nothing is committed unacknowledged.
    let end: () => void = () => {};
    let op: SocketOperation | undefined;
    try {
      end = opts.inflight.begin();
      const bytes = frame[FRAME_BYTES] ?? 0;
      if (bytes > opts.maxFrameBytes)
        throw new ApiError(
          'PAYLOAD_TOO_LARGE',
          `the frame is ${bytes} bytes; the limit is ${opts.maxFrameBytes}`,
          '',
        );
      if (name === undefined) throw new ApiError('UNKNOWN_EVENT', 'an event needs a name: a string', '');
      op = opts.operations.get(event);
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
      // Payload fields are named as core names its arguments, so a core error's field is already the
      // payload's: Socket.IO needs no renaming (HTTP and /ws do, through inWireTerms).
      const started = performance.now();
      const reply = op.action
        ? await ctx.services.actions.run(op, payload, this.caller(), ctx)
        : await op.handler(payload, ctx);
      ctx.services.metrics.handled('socketio', op.operationId, started);
      // A request without a reply is done once its handler returns: that is its success.
      if (!ack || !op.validateReply) {
        recordAnswer('local', op.operationId);
        return;
      }
      if (opts.outboundValidation && !conformsToSpec(op.validateReply, reply, `${event} reply`, ctx.log)) {
        recordAnswer('local', op.operationId, INTERNAL_ERROR.code);
        ctx.services.metrics.refused('socketio', op.operationId, INTERNAL_ERROR.code);
        ack({ error: INTERNAL_ERROR });
        ctx.services.metrics.frameOut('socketio', 'ack');
        return;
      }
      recordAnswer('local', op.operationId);
      ack(reply);
      ctx.services.metrics.frameOut('socketio', 'ack');
    } catch (err) {
      this.answer(ack, event, err, op);
    } finally {
      // Under its operation once it named one of the spec's (too large, or nameless: `unknown`).
      ctx.services.metrics.frameIn('socketio', op?.operationId);
      end();
    }
  }
}

/** The `socket.use()` middleware that dispatches a connection's frames (FrameDispatcher). */
export function frameDispatcher(
  socket: SwitchboardSocket,
  ctx: SocketContext,
  connection: { reader: Reader; outbound: OutboundOptions },
  opts: DispatchOptions,
): (frame: unknown[], next: (err?: Error) => void) => void {
  const dispatcher = new FrameDispatcher(socket, ctx, connection.outbound, opts, connection.reader);
  return (frame) => dispatcher.submit(frame);
}
