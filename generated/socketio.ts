// generated from spec/asyncapi.yaml by `make generate` — do not edit

import type { SocketContext } from '../src/handlers/context.js';
import { echo } from '../src/handlers/socket/echo.js';
import { followUsers } from '../src/handlers/socket/followUsers.js';
import { getActivities } from '../src/handlers/socket/getActivities.js';
import { setActivity } from '../src/handlers/socket/setActivity.js';
import { unfollowUsers } from '../src/handlers/socket/unfollowUsers.js';
import type * as T from './types.js';
import * as V from './validators/asyncapi.js';

/** Events a client emits: the first type argument of Socket.IO's `Server` and the second of the client's `Socket`. */
export interface ClientToServerEvents {
  /** Send a string and get it back, prefixed with `echo:` */
  echo: (payload: T.EchoRequest, ack: (reply: T.EchoReply | T.ErrorReply) => void) => void;
  /** Get the current activity of users and every change of it from now on */
  'follow-users': (payload: T.FollowRequest, ack: (reply: T.FollowReply | T.ErrorReply) => void) => void;
  /** Read the activities this connection may see */
  'get-activities': (payload: T.EmptyRequest, ack: (reply: T.ActivityList | T.ErrorReply) => void) => void;
  /** Report what the user is doing; everyone else sees it */
  'set-activity': (payload: T.SetActivityRequest, ack: (reply: T.UserActivity | T.ErrorReply) => void) => void;
  /** Stop following users */
  'unfollow-users': (payload: T.FollowRequest, ack: (reply: T.UnfollowReply | T.ErrorReply) => void) => void;
}

/** Events the server emits: the second type argument of Socket.IO's `Server` and the first of the client's `Socket`. */
export interface ServerToClientEvents {
  /** The activities this connection may see, sent once right after `welcome` */
  activities: (payload: T.ActivityList) => void;
  /** One user's activity changed */
  activity: (payload: T.UserActivity) => void;
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
  /**
   * Get the current activity of users and every change of it from now on
   *
   * Event `follow-users`, acknowledged with `FollowReply`.
   */
  followUsers(payload: T.FollowRequest, ctx: SocketContext): Promise<T.FollowReply> | T.FollowReply;
  /**
   * Read the activities this connection may see
   *
   * Event `get-activities`, acknowledged with `ActivityList`.
   */
  getActivities(payload: T.EmptyRequest, ctx: SocketContext): Promise<T.ActivityList> | T.ActivityList;
  /**
   * Report what the user is doing; everyone else sees it
   *
   * Event `set-activity`, acknowledged with `UserActivity`.
   */
  setActivity(payload: T.SetActivityRequest, ctx: SocketContext): Promise<T.UserActivity> | T.UserActivity;
  /**
   * Stop following users
   *
   * Event `unfollow-users`, acknowledged with `UnfollowReply`.
   */
  unfollowUsers(payload: T.FollowRequest, ctx: SocketContext): Promise<T.UnfollowReply> | T.UnfollowReply;
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
  ['follow-users', { operationId: 'followUsers', event: 'follow-users', validatePayload: V.FollowRequest, validateReply: V.FollowReply, handler: followUsers satisfies SocketOperationHandlers['followUsers'] }],
  ['get-activities', { operationId: 'getActivities', event: 'get-activities', validatePayload: V.EmptyRequest, validateReply: V.ActivityList, handler: getActivities satisfies SocketOperationHandlers['getActivities'] }],
  ['set-activity', { operationId: 'setActivity', event: 'set-activity', validatePayload: V.SetActivityRequest, validateReply: V.UserActivity, handler: setActivity satisfies SocketOperationHandlers['setActivity'] }],
  ['unfollow-users', { operationId: 'unfollowUsers', event: 'unfollow-users', validatePayload: V.FollowRequest, validateReply: V.UnfollowReply, handler: unfollowUsers satisfies SocketOperationHandlers['unfollowUsers'] }],
]);

/** Validators of every server → client event, for outbound validation. */
export const outboundEventValidators: { [E in keyof ServerToClientEvents]: T.Validator<Parameters<ServerToClientEvents[E]>[0]> } = {
  activities: V.ActivityList,
  activity: V.UserActivity,
  'frame-error': V.FrameError,
  welcome: V.Welcome,
};

/** The handshake's `auth` payload. */
export const validateHandshakeAuth = V.HandshakeAuth;
/** The `data` of a refused handshake's `connect_error`. */
export const validateConnectError = V.Error;
export type ConnectErrorData = T.Error;
