// generated from spec/asyncapi.yaml and spec/openapi.yaml by `make generate` — do not edit

import type { ErrorObject } from 'ajv';

/** A compiled validator (AJV standalone): a type guard whose `errors` explain a rejection. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: ErrorObject[] | null;
}

/**
 * What a user is doing, as others see it. `offline` is also what everyone sees of a user with no
 * connection, of one who connected invisibly and set nothing yet, and of one who chose to appear offline.
 *
 */
export type ActivityState = 'online' | 'busy' | 'playing' | 'away' | 'offline';
/**
 * A free-text status line, as in Nakama (at most 2048 characters).
 */
export type StatusText = string;
/**
 * Letters, digits, `_`, `.` and `-`; unique without regard to case.
 */
export type Username = string;
/**
 * What went wrong, as a small closed set (the HTTP status each code maps to is in brackets).
 * - `BAD_INPUT` [400]: the payload, body, path or query does not match the schema; `field` names the first offending field.
 * - `MALFORMED` [400]: the body is not parseable JSON.
 * - `UNKNOWN_EVENT` [400]: a Socket.IO event that this API does not define.
 * - `ACK_REQUIRED` [400]: the operation answers with an acknowledgement but the client sent none.
 * - `ACK_NOT_ALLOWED` [400]: the operation has no acknowledgement but the client asked for one.
 * - `UNAUTHENTICATED` [401]: a missing, malformed, unknown or expired session token or socket secret, or wrong login credentials.
 * - `FORBIDDEN` [403]: authenticated, but not allowed to do this.
 * - `ACTIVITIES_DISABLED` [403]: the server owner switched activities off (`SERVER_ONLINE_ACTIVITIES_DISABLED`).
 * - `NOT_FOUND` [404]: no such resource or route.
 * - `METHOD_NOT_ALLOWED` [405]: the route exists but not with this HTTP method.
 * - `CONFLICT` [409]: the request conflicts with existing state (a username that is taken).
 * - `PAYLOAD_TOO_LARGE` [413]: the frame or body is larger than the configured limit.
 * - `RATE_LIMITED` [429]: too many requests of this kind from this client; `retryAfterSeconds` says when to try again.
 * - `UNSUPPORTED_MEDIA_TYPE` [415]: a body that is not `application/json`.
 * - `INTERNAL` [500]: the server failed; the details are in its log, never in the reply.
 * - `NOT_IMPLEMENTED` [501]: the operation is in the spec but has no implementation yet.
 * - `UNAVAILABLE` [503]: the database does not answer, or the server is too busy to take this request now; retry later.
 *
 */
export type ErrorCode =
  | 'BAD_INPUT'
  | 'MALFORMED'
  | 'UNKNOWN_EVENT'
  | 'ACK_REQUIRED'
  | 'ACK_NOT_ALLOWED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'ACTIVITIES_DISABLED'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'INTERNAL'
  | 'NOT_IMPLEMENTED'
  | 'UNAVAILABLE';
/**
 * A user's stable id.
 */
export type UserId = string;
/**
 * The user's socket secret, from `GET /api/users/me`.
 */
export type HandshakeSecret = string;
/**
 * 32 random bytes, base64url. Authenticates Socket.IO handshakes.
 */
export type SocketSecretValue = string;

export interface ActivityList {
  activities: UserActivity[];
}
/**
 * One user's visible activity.
 */
export interface UserActivity {
  userId: string;
  username: string;
  state: ActivityState;
  game?: Game;
  status?: StatusText;
  /**
   * When this state began: when the activity was set or the user came online; for `offline`, when the
   * user was last visible (a user who hides looks like one who left). Absent when unknown (a user never
   * seen online, or activities are disabled).
   *
   */
  since?: string;
}
/**
 * The game a `playing` user plays.
 */
export interface Game {
  id: string;
  name: string;
}
export interface Credentials {
  username: Username;
  /**
   * At least 8 characters.
   */
  password: string;
}
export interface EchoReply {
  data: string;
}
export interface EchoRequest {
  /**
   * Any text, returned prefixed with `echo:`.
   */
  data: string;
}
/**
 * No parameters (Socket.IO events still carry one payload object).
 */
export interface EmptyRequest {}
/**
 * A machine-readable code, a human-readable message and, for input errors, the field at fault.
 */
export interface Error {
  code: ErrorCode;
  /**
   * What went wrong, for people. Never contains a stack trace or internal detail.
   */
  message: string;
  /**
   * Where the problem is. Over Socket.IO, a dotted path into the event's payload (`data`, `items.2.name`);
   * over HTTP, the same path prefixed with where it is: `body.username`, `query.limit`, `path.id`, `header.authorization`.
   * Empty for the payload as a whole.
   *
   */
  field?: string;
  /**
   * With `RATE_LIMITED` and `UNAVAILABLE`, how long to wait before trying again (HTTP also sends `Retry-After`).
   */
  retryAfterSeconds?: number;
}
/**
 * The answer to a request that failed, over every transport.
 */
export interface ErrorReply {
  error: Error;
}
export interface FollowReply {
  /**
   * The current activity of every user found.
   */
  activities: UserActivity[];
  /**
   * The requested ids and usernames that match no user.
   */
  notFound: string[];
  /**
   * How many users this connection follows now.
   */
  following: number;
}
/**
 * At least one user, by id or username; at most 100 of each per request.
 */
export interface FollowRequest {
  /**
   * @minItems 1
   * @maxItems 100
   */
  userIds?: [string, ...string[]];
  /**
   * @minItems 1
   * @maxItems 100
   */
  usernames?: [string, ...string[]];
}
export interface FrameError {
  /**
   * The name of the refused event (truncated to 256 characters).
   */
  event: string;
  error: Error;
}
export interface GetUserProfilePath {
  userId: UserId;
}
/**
 * Socket.IO's handshake payload (`auth` option of the client).
 */
export interface HandshakeAuth {
  socketSecret?: HandshakeSecret;
  /**
   * `false` connects invisibly (Nakama's appearOnline): this connection does not make the user
   * appear online; until they set an activity, a user with only invisible connections is `offline`.
   *
   */
  appearOnline?: boolean;
  [k: string]: unknown | undefined;
}
export interface Health {
  status: 'ok' | 'unavailable';
  /**
   * The server's version.
   */
  version: string;
  uptimeSeconds: number;
  database: {
    kind: 'sqlite' | 'postgres';
    ok: boolean;
  };
}
export interface ListActivitiesQuery {
  /**
   * Only these users (repeat the parameter for several).
   *
   * @minItems 1
   * @maxItems 100
   */
  userId?: [UserId, ...UserId[]];
}
export interface Profile {
  id: UserId;
  username: Username;
  createdAt: string;
  socketSecret: SocketSecretValue;
}
/**
 * What any signed-in user may read about another.
 */
export interface PublicProfile {
  id: UserId;
  username: Username;
  createdAt: string;
  /**
   * When the user's last connection closed; absent if never (or activities are disabled).
   */
  lastSeenAt?: string;
  activity: UserActivity;
}
export interface PublicUser {
  id: UserId;
  username: Username;
  createdAt: string;
}
export interface Session {
  /**
   * 32 random bytes, base64url. Send as `Authorization: Bearer <token>`.
   */
  token: string;
  expiresAt: string;
  user: PublicUser;
}
/**
 * `game` is required with `playing` and not allowed otherwise.
 */
export interface SetActivityRequest {
  state: ActivityState;
  game?: Game;
  status?: StatusText;
}
export interface SocketSecret {
  socketSecret: SocketSecretValue;
}
export interface UnfollowReply {
  /**
   * How many users this connection follows now.
   */
  following: number;
}
export interface Welcome {
  /**
   * This connection's id (Socket.IO's `socket.id`).
   */
  connectionId: string;
  userId: string;
  username: string;
  serverVersion: string;
}
