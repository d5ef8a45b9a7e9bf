// generated from spec/asyncapi.yaml by `make generate` — do not edit

import type { SocketContext } from '../src/handlers/context.js';
import { echo } from '../src/handlers/socket/echo.js';
import type * as T from './types.js';
import * as V from './validators/asyncapi.js';

/** Events a client emits: the first type argument of Socket.IO's `Server` and the second of the client's `Socket`. */
export interface ClientToServerEvents {
  /** Send a string and get it back, prefixed with `echo:` */
  echo: (payload: T.EchoRequest, ack: (reply: T.EchoReply | T.ErrorReply) => void) => void;
}

/** Events the server emits: the second type argument of Socket.IO's `Server` and the first of the client's `Socket`. */
export interface ServerToClientEvents {
  /** Tells the client why an event it sent without an acknowledgement callback was refused */
  'frame-error': (payload: T.FrameError) => void;
  /** Sent once, right after a handshake is accepted */
  welcome: (payload: T.Welcome) => void;
}

/** One handler per client → server operation; implementations live in src/handlers/socket/<operationId>.ts. */
export interface SocketOperationHandlers {
  /**
   * Send a string and get it back, prefixed with `echo:`
   *
   * Event `echo`, acknowledged with `EchoReply`.
   */
  echo(payload: T.EchoRequest, ctx: SocketContext): Promise<T.EchoReply> | T.EchoReply;
}

/** What the transport needs to run one inbound event. */
export interface SocketOperation {
  operationId: string;
  event: string;
  validatePayload: T.Validator<unknown>;
  /** The acknowledgement's success payload; undefined when the operation takes no acknowledgement. */
  validateReply: T.Validator<unknown> | undefined;
  handler: (payload: never, ctx: SocketContext) => unknown;
}

/** Inbound dispatch: event name → operation. A Map, so no event name can reach Object.prototype. */
export const socketOperations: ReadonlyMap<string, SocketOperation> = new Map<string, SocketOperation>([
  ['echo', { operationId: 'echo', event: 'echo', validatePayload: V.EchoRequest, validateReply: V.EchoReply, handler: echo satisfies SocketOperationHandlers['echo'] }],
]);

/** Validators of every server → client event, for outbound validation. */
export const outboundEventValidators: { [E in keyof ServerToClientEvents]: T.Validator<Parameters<ServerToClientEvents[E]>[0]> } = {
  'frame-error': V.FrameError,
  welcome: V.Welcome,
};

/** The handshake's `auth` payload. */
export const validateHandshakeAuth = V.HandshakeAuth;
/** The `data` of a refused handshake's `connect_error`. */
export const validateConnectError = V.Error;
export type ConnectErrorData = T.Error;
