import { envelopeOperations } from '../../generated/envelope.js';
import { socketOperations } from '../../generated/socketio.js';
import type { ErrorCode } from '../../generated/types.js';
import * as V from '../../generated/validators/asyncapi.js';
import type { Envelope } from '../helpers/raw.js';
import { abridged, eventOf, type SocketFrame } from './frames.js';
import type { RawBatch } from './raw-runner.js';
import type { SocketAnswered, SocketBatch } from './socket-runner.js';

/** A refusal no request can be blamed for: the client is over a rate limit, or sends faster than it is served. */
const ALWAYS_ALLOWED: ReadonlySet<ErrorCode> = new Set(['RATE_LIMITED']);

/**
 * Codes about the Socket.IO frame rather than the operation: a frame past the dispatcher's checks never
 * gets them. (PAYLOAD_TOO_LARGE is not one: a message body or document over its own limit gets it too.)
 */
const SOCKET_DISPATCH_CODES: ReadonlySet<ErrorCode> = new Set([
  'UNKNOWN_EVENT',
  'ACK_REQUIRED',
  'ACK_NOT_ALLOWED',
]);

/** Codes about the /ws frame itself: a frame of JSON never gets them. */
const RAW_FRAME_CODES: ReadonlySet<ErrorCode> = new Set(['MALFORMED']);

/**
 * What a refusal must be: `owed`, the codes the transport must answer with before any handler runs, when
 * the frame deserves one; otherwise any spec'd code but `stray` ones (about frames, not operations).
 */
interface Refusal {
  owed?: ReadonlySet<ErrorCode>;
  stray: ReadonlySet<ErrorCode>;
}

/** Why a refusal with `code` is not a spec'd answer, or undefined when it is. INTERNAL never is. */
function refusalProblem(code: ErrorCode, refusal: Refusal): string | undefined {
  if (code === 'INTERNAL') return 'answered INTERNAL';
  if (ALWAYS_ALLOWED.has(code)) return undefined;
  if (refusal.owed && !refusal.owed.has(code))
    return `answered ${code}, expected ${[...refusal.owed].join(' or ')}`;
  if (!refusal.owed && refusal.stray.has(code)) return `answered ${code}, which this frame does not deserve`;
  return undefined;
}

const only = (code: ErrorCode): ReadonlySet<ErrorCode> => new Set([code]);

/** How the dispatcher must refuse a Socket.IO frame before any handler runs (its checks, in its order). */
function socketRefusal(frame: SocketFrame, sent: string, maxFrameBytes: number): Refusal {
  const stray = SOCKET_DISPATCH_CODES;
  // The server counts the Socket.IO packet: the text sent without Engine.IO's leading `4`.
  if (Buffer.byteLength(sent) - 1 > maxFrameBytes) return { owed: only('PAYLOAD_TOO_LARGE'), stray };
  // A packet without data names no event: unknown, or not a valid request at all.
  if (frame.data === '') return { owed: new Set(['UNKNOWN_EVENT', 'BAD_INPUT']), stray };
  const op = socketOperations.get(eventOf(frame));
  if (!op) return { owed: only('UNKNOWN_EVENT'), stray };
  if (op.validateReply && !frame.ack) return { owed: only('ACK_REQUIRED'), stray };
  if (!op.validateReply && frame.ack) return { owed: only('ACK_NOT_ALLOWED'), stray };
  return { stray };
}

/**
 * Why the arguments of an acknowledgement are not a spec'd answer to this frame, or undefined when they
 * are: the operation's reply, or an ErrorReply with a spec'd code that fits the frame, never INTERNAL.
 */
function ackProblem(
  frame: SocketFrame,
  sent: string,
  args: unknown[],
  maxFrameBytes: number,
): string | undefined {
  if (args.length !== 1) return `acknowledged with ${args.length} arguments`;
  const [reply] = args;
  const refusal = socketRefusal(frame, sent, maxFrameBytes);
  if (V.ErrorReply(reply)) return refusalProblem(reply.error.code, refusal);
  if (refusal.owed) return `answered ${JSON.stringify(reply).slice(0, 200)}, expected a refusal`;
  const op = socketOperations.get(eventOf(frame));
  if (!op?.validateReply?.(reply))
    return `the reply is neither ${op?.operationId}'s nor an ErrorReply: ${JSON.stringify(reply).slice(0, 200)}`;
  return undefined;
}

/** Why a `frame-error` is not a spec'd answer to this frame (sent without an ack id), or undefined. */
function frameErrorProblem(
  frame: SocketFrame,
  sent: string,
  payload: unknown,
  maxFrameBytes: number,
): string | undefined {
  if (!V.FrameError(payload))
    return `the frame-error is not spec'd: ${JSON.stringify(payload).slice(0, 200)}`;
  if (payload.event !== eventOf(frame).slice(0, 256)) return `the frame-error names ${payload.event}`;
  return refusalProblem(payload.error.code, socketRefusal(frame, sent, maxFrameBytes));
}

/** How the raw transport must refuse a /ws frame before it parses it as an envelope. */
function envelopeRefusal(data: string | Uint8Array, binary: boolean, maxFrameBytes: number): Refusal {
  const stray = RAW_FRAME_CODES;
  if (binary) return { owed: only('BAD_INPUT'), stray };
  if (Buffer.byteLength(data) > maxFrameBytes) return { owed: only('PAYLOAD_TOO_LARGE'), stray };
  try {
    JSON.parse(data as string);
  } catch {
    return { owed: only('MALFORMED'), stray };
  }
  return { stray };
}

/** The request type of a /ws frame the server will dispatch, if it is an object of a known type. */
function requestType(data: string | Uint8Array, binary: boolean): string | undefined {
  if (binary) return undefined;
  try {
    const message = JSON.parse(data as string) as unknown;
    const type = (message as { type?: unknown } | null)?.type;
    return typeof type === 'string' && envelopeOperations.has(type) && !Array.isArray(message)
      ? type
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why an envelope is not a spec'd answer to this /ws frame, or undefined when it is: the type's answer, or
 * an `error` envelope with a spec'd code, never INTERNAL, on this connection's sid.
 */
function envelopeProblem(
  frame: { data: string | Uint8Array; binary: boolean },
  answer: Envelope,
  own: { sid: string; maxFrameBytes: number },
): string | undefined {
  if (answer.sid !== own.sid) return `answered on sid ${answer.sid}`;
  const refusal = envelopeRefusal(frame.data, frame.binary, own.maxFrameBytes);
  if (answer.type === 'error') {
    if (!V.EnvelopeError(answer))
      return `the error envelope is not spec'd: ${JSON.stringify(answer).slice(0, 200)}`;
    return refusalProblem(answer.code as ErrorCode, refusal);
  }
  const type = refusal.owed ? undefined : requestType(frame.data, frame.binary);
  const op = type === undefined ? undefined : envelopeOperations.get(type);
  if (!op?.validateAnswer(answer))
    return `answered ${JSON.stringify(answer).slice(0, 200)}: neither the answer of ${type ?? 'this frame'} nor an error`;
  return undefined;
}

/**
 * Everything wrong with what a Socket.IO batch got back, each naming its frame: exactly one acknowledgement
 * per frame with an ack id, a spec'd one; exactly one `frame-error` per frame without, a spec'd one; the
 * connection still open.
 */
export function socketBatchProblems(batch: SocketBatch, maxFrameBytes: number): string[] {
  const problems: string[] = [];
  if (batch.closed) problems.push('the connection closed');
  const withoutAck: SocketAnswered[] = [];
  for (const answered of batch.answered) {
    const at = abridged(answered.sent);
    if (answered.ackId === undefined) withoutAck.push(answered);
    else if (answered.acks.length !== 1) problems.push(`${at}: ${answered.acks.length} acknowledgements`);
    else {
      const problem = ackProblem(answered.frame, answered.sent, answered.acks[0] as unknown[], maxFrameBytes);
      if (problem) problems.push(`${at}: ${problem}`);
    }
  }
  // Each frame-error to a frame it answers well; RATE_LIMITED (which fits any frame of its event) last.
  const isRateLimited = (p: unknown) => (p as { error?: { code?: string } }).error?.code === 'RATE_LIMITED';
  const frameErrors = [...batch.frameErrors].sort(
    (a, b) => Number(isRateLimited(a)) - Number(isRateLimited(b)),
  );
  for (const payload of frameErrors) {
    const match = withoutAck.findIndex((a) => !frameErrorProblem(a.frame, a.sent, payload, maxFrameBytes));
    if (match < 0) problems.push(`a frame-error no frame of the batch deserves: ${JSON.stringify(payload)}`);
    else withoutAck.splice(match, 1);
  }
  for (const answered of withoutAck) problems.push(`${abridged(answered.sent)}: no frame-error`);
  return problems;
}

/** Everything wrong with what a /ws batch got back: one spec'd answer per frame, in order, the connection still open. */
export function rawBatchProblems(batch: RawBatch, own: { sid: string; maxFrameBytes: number }): string[] {
  const problems: string[] = [];
  if (batch.closed) problems.push('the connection closed');
  if (batch.answers.length !== batch.sent.length) {
    problems.push(`${batch.answers.length} answers to ${batch.sent.length} frames`);
    return problems;
  }
  batch.sent.forEach((sent, i) => {
    const problem = envelopeProblem(sent, batch.answers[i] as Envelope, own);
    const text =
      typeof sent.data === 'string' ? sent.data : `binary ${Buffer.from(sent.data).toString('hex')}`;
    if (problem) problems.push(`${abridged(text)}: ${problem}`);
  });
  return problems;
}
