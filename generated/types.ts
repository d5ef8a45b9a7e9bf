// generated from spec/asyncapi.yaml and spec/openapi.yaml by `make generate` — do not edit

import type { ErrorObject } from 'ajv';

/** A compiled validator (AJV standalone): a type guard whose `errors` explain a rejection. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: ErrorObject[] | null;
}

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
 * The user's socket secret, from `GET /api/users/me`.
 */
export type HandshakeSecret = string;
/**
 * A user's stable id.
 */
export type UserId = string;
/**
 * 32 random bytes, base64url. Authenticates Socket.IO handshakes.
 */
export type SocketSecretValue = string;

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
export interface FrameError {
  /**
   * The name of the refused event (truncated to 256 characters).
   */
  event: string;
  error: Error;
}
/**
 * Socket.IO's handshake payload (`auth` option of the client).
 */
export interface HandshakeAuth {
  socketSecret?: HandshakeSecret;
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
export interface Profile {
  id: UserId;
  username: Username;
  createdAt: string;
  socketSecret: SocketSecretValue;
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
export interface SocketSecret {
  socketSecret: SocketSecretValue;
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
