// generated from spec/asyncapi.yaml by `make generate` — do not edit

import type { RawContext } from '../src/handlers/context.js';
import { rawAction } from '../src/handlers/rawws/rawAction.js';
import { rawAuth } from '../src/handlers/rawws/rawAuth.js';
import { rawChanIn } from '../src/handlers/rawws/rawChanIn.js';
import { rawEcho } from '../src/handlers/rawws/rawEcho.js';
import { rawJoin } from '../src/handlers/rawws/rawJoin.js';
import { rawLeave } from '../src/handlers/rawws/rawLeave.js';
import { rawPresence } from '../src/handlers/rawws/rawPresence.js';
import type * as T from './types.js';
import * as V from './validators/asyncapi.js';

/** One handler per envelope request type; implementations live in src/handlers/rawws/<operationId>.ts. */
export interface RawOperationHandlers {
  /**
   * Call an action by name, with a correlation id the answer carries back
   *
   * Type `action`, answered with `EnvelopeResult`.
   */
  rawAction(message: T.EnvelopeAction, ctx: RawContext): Promise<T.EnvelopeResult> | T.EnvelopeResult;
  /**
   * Trade a session token for a socket token
   *
   * Type `auth`, answered with `EnvelopeToken`.
   */
  rawAuth(message: T.EnvelopeAuth, ctx: RawContext): Promise<T.EnvelopeToken> | T.EnvelopeToken;
  /**
   * Send a message to every member of a chat room
   *
   * Type `chan_in`, answered with `EnvelopeOk`.
   */
  rawChanIn(message: T.EnvelopeChanIn, ctx: RawContext): Promise<T.EnvelopeOk> | T.EnvelopeOk;
  /**
   * Check the connection: the answer’s data is `echo: <data>`
   *
   * Type `echo`, answered with `EnvelopeEchoReply`.
   */
  rawEcho(message: T.EnvelopeEcho, ctx: RawContext): Promise<T.EnvelopeEchoReply> | T.EnvelopeEchoReply;
  /**
   * Join a chat room, or a database channel `db-<repo>`
   *
   * Type `join`, answered with `EnvelopeJoined`.
   */
  rawJoin(message: T.EnvelopeJoin, ctx: RawContext): Promise<T.EnvelopeJoined> | T.EnvelopeJoined;
  /**
   * Leave a chat room or unsubscribe from a database channel
   *
   * Type `leave`, answered with `EnvelopeLeft`.
   */
  rawLeave(message: T.EnvelopeLeave, ctx: RawContext): Promise<T.EnvelopeLeft> | T.EnvelopeLeft;
  /**
   * How many members a chat room has
   *
   * Type `presence`, answered with `EnvelopePresenceCount`.
   */
  rawPresence(message: T.EnvelopePresence, ctx: RawContext): Promise<T.EnvelopePresenceCount> | T.EnvelopePresenceCount;
}

/**
 * What the raw transport needs to run one request. Each entry is checked against its own message and
 * answer types (`satisfies EnvelopeOperation<Message, Answer>`); the table holds them as
 * `EnvelopeOperation`. `handler` is a method so that this is allowed (method parameters are checked
 * bivariantly), sound because the transport passes a handler only a message its own entry's
 * `validateMessage` accepted.
 */
export interface EnvelopeOperation<Message = unknown, Answer = unknown> {
  operationId: string;
  type: string;
  validateMessage: T.Validator<Message>;
  validateAnswer: T.Validator<Answer>;
  /** The error codes its `error` answer may carry (reply `x-errors` and the server's `x-request-errors`). */
  errorCodes: ReadonlySet<T.ErrorCode>;
  handler(message: Message, ctx: RawContext): Promise<Answer> | Answer;
}

/** Dispatch by `type`. A Map, so no type can reach Object.prototype. */
export const envelopeOperations: ReadonlyMap<string, EnvelopeOperation> = new Map<string, EnvelopeOperation>([
  ['action', { operationId: 'rawAction', type: 'action', validateMessage: V.EnvelopeAction, validateAnswer: V.EnvelopeResult, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'TIMEOUT', 'UNAUTHENTICATED', 'UNAVAILABLE']), handler: rawAction satisfies RawOperationHandlers['rawAction'] } satisfies EnvelopeOperation<T.EnvelopeAction, T.EnvelopeResult>],
  ['auth', { operationId: 'rawAuth', type: 'auth', validateMessage: V.EnvelopeAuth, validateAnswer: V.EnvelopeToken, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'CONNECTION_LIMIT', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAUTHENTICATED', 'UNAVAILABLE']), handler: rawAuth satisfies RawOperationHandlers['rawAuth'] } satisfies EnvelopeOperation<T.EnvelopeAuth, T.EnvelopeToken>],
  ['chan_in', { operationId: 'rawChanIn', type: 'chan_in', validateMessage: V.EnvelopeChanIn, validateAnswer: V.EnvelopeOk, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAUTHENTICATED', 'UNAVAILABLE']), handler: rawChanIn satisfies RawOperationHandlers['rawChanIn'] } satisfies EnvelopeOperation<T.EnvelopeChanIn, T.EnvelopeOk>],
  ['echo', { operationId: 'rawEcho', type: 'echo', validateMessage: V.EnvelopeEcho, validateAnswer: V.EnvelopeEchoReply, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'UNAVAILABLE']), handler: rawEcho satisfies RawOperationHandlers['rawEcho'] } satisfies EnvelopeOperation<T.EnvelopeEcho, T.EnvelopeEchoReply>],
  ['join', { operationId: 'rawJoin', type: 'join', validateMessage: V.EnvelopeJoin, validateAnswer: V.EnvelopeJoined, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'LIMIT_REACHED', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAUTHENTICATED', 'UNAVAILABLE']), handler: rawJoin satisfies RawOperationHandlers['rawJoin'] } satisfies EnvelopeOperation<T.EnvelopeJoin, T.EnvelopeJoined>],
  ['leave', { operationId: 'rawLeave', type: 'leave', validateMessage: V.EnvelopeLeave, validateAnswer: V.EnvelopeLeft, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'NOT_MEMBER', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAUTHENTICATED', 'UNAVAILABLE']), handler: rawLeave satisfies RawOperationHandlers['rawLeave'] } satisfies EnvelopeOperation<T.EnvelopeLeave, T.EnvelopeLeft>],
  ['presence', { operationId: 'rawPresence', type: 'presence', validateMessage: V.EnvelopePresence, validateAnswer: V.EnvelopePresenceCount, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'UNAUTHENTICATED', 'UNAVAILABLE']), handler: rawPresence satisfies RawOperationHandlers['rawPresence'] } satisfies EnvelopeOperation<T.EnvelopePresence, T.EnvelopePresenceCount>],
]);
