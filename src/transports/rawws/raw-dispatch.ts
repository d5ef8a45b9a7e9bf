import type { EnvelopeOperation } from '../../../generated/envelope.js';
import type { Error as ErrorPayload } from '../../../generated/types.js';
import { EnvelopeError } from '../../../generated/validators/asyncapi.js';
import { ApiError, INTERNAL_ERROR, toClientError } from '../../core/errors.js';
import type { RawContext } from '../../handlers/context.js';
import { envelopeFields } from '../../handlers/rawws/envelope-fields.js';
import type { Logger } from '../../logger.js';
import type { InFlight } from '../in-flight.js';
import { checkInboundJson } from '../json-limits.js';
import { recordAnswer } from '../spec-coverage.js';
import { badInput, conformsToSpec, declaredError } from '../validation.js';
import { inWireTerms, type WireField } from '../wire-fields.js';
import type { RawSocket } from './raw-socket.js';

export interface RawDispatchOptions {
  operations: ReadonlyMap<string, EnvelopeOperation>;
  maxFrameBytes: number;
  maxJsonDepth: number;
  /** Every transport's requests under way, for shutdown. */
  inflight: InFlight;
  outboundValidation: boolean;
  log: Logger;
}

// Types that need no socket token: the greeting and the trade of a session token for one.
const OPEN_TYPES = new Set(['echo', 'auth']);

/** The envelope field that carries, in this type of request, an argument a core error names. */
function envelopeField(op: EnvelopeOperation): WireField {
  const fields = envelopeFields.get(op.operationId);
  return (argument) => (fields && Object.hasOwn(fields, argument) ? (fields[argument] as string) : argument);
}

/** The error envelope for anything refused; `data` is the message, as StaticBackend's. */
function errorEnvelope(
  socket: RawSocket,
  error: ErrorPayload,
  channel: string | undefined,
  id: string | undefined,
  opts: RawDispatchOptions,
): Record<string, unknown> {
  let envelope: Record<string, unknown> = {
    sid: socket.sid,
    type: 'error',
    data: error.message,
    code: error.code,
  };
  if (error.field !== undefined) envelope.field = error.field;
  if (error.retryAfterSeconds !== undefined) envelope.retryAfterSeconds = error.retryAfterSeconds;
  if (channel) envelope.channel = channel.slice(0, 128);
  // A correlation id within bounds comes back, so the caller knows which request failed.
  if (id) envelope.id = id;
  if (opts.outboundValidation && !conformsToSpec(EnvelopeError, envelope, 'envelope error', opts.log)) {
    envelope = { sid: socket.sid, type: 'error', data: INTERNAL_ERROR.message, code: INTERNAL_ERROR.code };
  }
  return envelope;
}

/**
 * The envelope without its `null` fields: a `null` is treated as the field being absent (the spec's rule),
 * because StaticBackend's JS client sends `"token": null` until it holds a socket token, and `channel`
 * null when it has none. A required field sent as `null` is then missing, and refused as such.
 */
function withoutNulls(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
}

/** What is known of a frame as it is checked: its operation, and the correlation id an answer carries back. */
interface Seen {
  op?: EnvelopeOperation;
  id?: string;
}

// EnvelopeCorrelationId's maxLength: a longer `id` is refused and not echoed.
const MAX_ID = 64;

/** Checks an envelope up to its handler: size, JSON, object, type, sid, token, schema. */
function admit(
  socket: RawSocket,
  frame: Buffer,
  opts: RawDispatchOptions,
  seen: Seen,
): { op: EnvelopeOperation; message: Record<string, unknown> } {
  if (frame.length > opts.maxFrameBytes)
    throw new ApiError(
      'PAYLOAD_TOO_LARGE',
      `the frame is ${frame.length} bytes; the limit is ${opts.maxFrameBytes}`,
      '',
    );
  let message: unknown;
  try {
    message = JSON.parse(frame.toString('utf8'));
  } catch (err) {
    throw new ApiError('MALFORMED', `malformed JSON: ${(err as Error).message}`, '');
  }
  // Before anything reads the value: a 20,000-deep `type` would overflow JSON.stringify below.
  checkInboundJson(message, opts.maxJsonDepth);
  if (typeof message !== 'object' || message === null || Array.isArray(message))
    throw new ApiError('BAD_INPUT', 'a message is a JSON object {sid, type, data, channel, token}', '');
  const fields = withoutNulls(message as Record<string, unknown>);
  if (typeof fields.id === 'string' && fields.id.length > 0 && fields.id.length <= MAX_ID)
    seen.id = fields.id;
  const op = typeof fields.type === 'string' ? opts.operations.get(fields.type) : undefined;
  if (!op)
    throw new ApiError(
      'UNKNOWN_EVENT',
      `unknown type ${JSON.stringify(fields.type)?.slice(0, 64) ?? 'undefined'}`,
      'type',
    );
  // From here on a refusal is this operation's answer, and must carry a code it declares.
  seen.op = op;
  if (fields.sid !== socket.sid)
    throw new ApiError('BAD_INPUT', 'wrong sid: send the sid of the init message', 'sid');
  if (!OPEN_TYPES.has(op.type) && (socket.token === undefined || fields.token !== socket.token))
    throw new ApiError('UNAUTHENTICATED', 'invalid token', 'token');
  if (!op.validateMessage(fields)) throw badInput(op.validateMessage.errors);
  return { op, message: fields };
}

/**
 * Runs one inbound frame: checks it, runs its handler and sends the answer, or an `error` envelope for
 * anything wrong; the connection stays open either way.
 */
export async function handleFrame(
  socket: RawSocket,
  frame: Buffer,
  ctx: RawContext,
  opts: RawDispatchOptions,
): Promise<void> {
  let channel: string | undefined;
  // Counted until its answer is out: shutdown waits for it, so nothing is committed unanswered.
  let end: () => void = () => {};
  const seen: Seen = {};
  // Recorded for spec coverage with the code it carries, as the answer of the operation (if any) it refuses.
  const refuse = (error: ErrorPayload, op: EnvelopeOperation | undefined): void => {
    const envelope = errorEnvelope(socket, error, channel, seen.id, opts);
    recordAnswer('localRaw', op?.operationId, String(envelope.code));
    ctx.services.metrics.refused('rawws', op?.operationId, String(envelope.code));
    socket.send(envelope);
  };
  try {
    end = opts.inflight.begin();
    const { op, message } = admit(socket, frame, opts, seen);
    channel = typeof message.channel === 'string' ? message.channel : undefined;
    const started = performance.now();
    const answer = await inWireTerms(envelopeField(op), () => op.handler(message, ctx));
    ctx.services.metrics.handled('rawws', op.operationId, started);
    if (
      opts.outboundValidation &&
      !conformsToSpec(op.validateAnswer, answer, `envelope ${op.type} answer`, opts.log)
    ) {
      refuse(INTERNAL_ERROR, op);
      return;
    }
    recordAnswer('localRaw', op.operationId);
    socket.send(answer as object);
  } catch (err) {
    let error = toClientError(err, ctx.log, { sid: socket.sid });
    if (opts.outboundValidation && seen.op)
      error = declaredError(error, seen.op.errorCodes, `envelope ${seen.op.type} error`, opts.log);
    refuse(error, seen.op);
  } finally {
    // Under its operation once its type named one of the spec's (else `unknown`).
    ctx.services.metrics.frameIn('rawws', seen.op?.operationId);
    end();
  }
}
