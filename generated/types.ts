// generated from spec/asyncapi.yaml and spec/openapi.yaml by `make generate` — do not edit

import type { ErrorObject } from 'ajv';

/** A compiled validator (AJV standalone): a type guard whose `errors` explain a rejection. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: ErrorObject[] | null;
}

/**
 * A user's stable id.
 */
export type UserId = string;
/**
 * Letters, digits, `_`, `.` and `-`; unique without regard to case.
 */
export type Username = string;
/**
 * An action of the realtime API's channel `actions`.
 */
export type ActionName = 'details-view' | 'file' | 'notify-user' | 'room-stats' | 'server-time';
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
 * A room's name: letters, digits, `_`, `.`, `:` and `-`. Direct rooms are named `dm:<userId>:<userId>`
 * (the two ids in order) and are opened with `open-direct`; no other room name may start with `dm:`.
 * Names starting with `db-` are StaticBackend's database channels: they carry no messages (`FORBIDDEN`);
 * subscribe to a repository's changes with `subscribe-db`.
 *
 */
export type RoomId = string;
/**
 * A message's place in its room's history; 1, 2, 3… with no gaps.
 */
export type SeqNumber = number;
/**
 * Why the server closes a connection (see the `closing` event).
 */
export type CloseReason =
  | 'logged-out'
  | 'sessions-revoked'
  | 'session-expired'
  | 'secret-rotated'
  | 'account-changed'
  | 'replaced'
  | 'shutting-down';
/**
 * A connection's id (the `connectionId` of its `welcome`).
 */
export type ConnectionId = string;
/**
 * A repository: lower-case letters, digits and `_`, optionally ending with a permission suffix `_OGE_`, three
 * octal digits for the document's owner, users of the owner's account, and everyone: read = 4, write = 2,
 * execute = 1 (reserved; it grants nothing yet). `tasks_760_`: the owner may do everything, their account
 * read and write, everyone else nothing. Without a suffix a repository is `_740_`: owner everything,
 * account read, everyone nothing. Anyone signed in may create documents; they own them.
 *
 */
export type RepoName = string;
/**
 * A change's place in its repository's history of changes; 1, 2, 3… with no gaps.
 */
export type Position = number;
/**
 * A notification's id.
 */
export type NotificationId = string;
/**
 * Chosen by the client; the answer to the envelope carries it back.
 */
export type EnvelopeCorrelationId = string;
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
 * - `CONFLICT` [409]: the request conflicts with existing state (a username or room name that is taken).
 * - `NOT_MEMBER` [409]: leaving, or acting in, a room the user is not a member of.
 * - `LIMIT_REACHED` [409]: a configured bound is reached (rooms per connection, members per room); the message names it.
 * - `PAYLOAD_TOO_LARGE` [413]: the frame or body is larger than the configured limit.
 * - `RATE_LIMITED` [429]: too many requests of this kind from this client; `retryAfterSeconds` says when to try again.
 * - `CONNECTION_LIMIT` [429]: a connection cap is reached (the server's, the user's or the account plan's); the message names it.
 * - `UNSUPPORTED_MEDIA_TYPE` [415]: a body that is not `application/json`.
 * - `INTERNAL` [500]: the server failed; the details are in its log, never in the reply.
 * - `NOT_IMPLEMENTED` [501]: the operation is in the spec but has no implementation yet.
 * - `UNAVAILABLE` [503]: the database does not answer, or the server is too busy to take this request now; retry later.
 * - `TIMEOUT` [504]: an action ran past `ACTION_TIMEOUT_MS`; what it did before is not undone.
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
  | 'NOT_MEMBER'
  | 'LIMIT_REACHED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'CONNECTION_LIMIT'
  | 'INTERNAL'
  | 'NOT_IMPLEMENTED'
  | 'UNAVAILABLE'
  | 'TIMEOUT';
/**
 * An event stream's position, opaque to clients: the `id:` of a stream event, sent back as `Last-Event-ID`
 * (or `lastEventId`) to resume. It holds the position of each of the stream's subscriptions (a room's
 * `seq`, a repository's change position), for the subscriptions it was made for, so its size grows with
 * their number (at most `MAX_ROOMS_PER_CONNECTION` of each). One that is unreadable, or made for other
 * subscriptions, is not an error: the stream opens from now, and a `resync` event says so.
 *
 */
export type EventId = string;
/**
 * A one-use ticket; as secret as a session token for its minute.
 */
export type EventTicketValue = string;
export type GetHealthResponse503 = Health | ErrorReply;
export type GetReadinessResponse503 = Probe | ErrorReply;
/**
 * The user's socket secret, from `GET /api/users/me`.
 */
export type HandshakeSecret = string;
/**
 * A party's id, random; knowing it is what lets a connection ask to join.
 */
export type PartyId = string;
/**
 * `public`: anyone signed in may join (StaticBackend's channels). `private`: members only; the owner
 * invites and removes. `direct`: the stable room of two users (Nakama's direct messages).
 *
 */
export type RoomKind = 'public' | 'private' | 'direct';
/**
 * Opaque: the `cursor` of the previous page, passed back as is.
 */
export type NotificationCursor = string;
/**
 * A match's id, random, given by `create-match`.
 */
export type MatchId = string;
/**
 * What the data means, as the game defines it; the server does not read it.
 */
export type OpCode = number;
/**
 * Any JSON value; the server does not read it.
 */
export type MatchDataJson = {} | unknown[] | string | number | boolean | null;
/**
 * Bytes as standard base64 with padding (RFC 4648, section 4).
 */
export type MatchDataBase64 = string;
/**
 * A short line for people (at most 255 characters).
 */
export type NotificationSubject = string;
/**
 * What kind of notification this is, for the client to switch on. Negative codes are reserved for
 * the server's own (Nakama's convention): `-2` invited to a private room (content `{room, invitedBy}`),
 * `-3` added to an account (content `{accountId, addedBy}`), `-4` a request to join a party you lead.
 * Positive codes are the application's.
 *
 */
export type NotificationCode = number;
/**
 * What the data means, as the application defines it.
 */
export type PartyOpCode = number;
/**
 * Any JSON value, as the application defines it.
 */
export type PartyDataValue = {} | unknown[] | string | number | boolean | null;
/**
 * Binary data, base64-encoded (standard alphabet, padded).
 */
export type PartyDataBase64 = string;
/**
 * 32 random bytes, base64url. Authenticates Socket.IO handshakes.
 */
export type SocketSecretValue = string;

export interface Account {
  id: string;
  /**
   * The plan that caps the account's connections (`PLANS`).
   */
  plan: string;
  ownerId: UserId;
  users: AccountMember[];
}
export interface AccountMember {
  id: UserId;
  username: Username;
  role: 'owner' | 'member';
}
export interface AccountConnections {
  plan: string;
  /**
   * The plan's cap on connections at once; 0 means none.
   */
  limit: number;
  open: number;
  users: {
    userId: UserId;
    username: Username;
    open: number;
  }[];
}
/**
 * The action's parameters, checked against its request schema in the realtime API.
 */
export interface ActionParams {}
/**
 * The action's reply, as its reply schema in the realtime API says.
 */
export interface ActionReply {}
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
export interface Author {
  userId: string;
  username: string;
}
export interface CallActionPath {
  /**
   * The action's name (its Socket.IO event).
   */
  name: 'details-view' | 'file' | 'notify-user' | 'room-stats' | 'server-time';
}
export interface CallerDetails {
  /**
   * How the action was called.
   */
  transport: 'socket.io' | 'ws' | 'http';
  /**
   * The Socket.IO socket id or the `/ws` sid; absent over HTTP.
   */
  connectionId?: string;
  userId: string;
  username: string;
  accountId: string;
  /**
   * When the connection's handshake was accepted; absent over HTTP.
   */
  connectedAt?: string;
  /**
   * Names the web session the caller belongs to (actionhero's `connection.fingerprint`): the same for
   * the HTTP requests and the connections of one login, different for another login of the same user.
   * Not a secret; it cannot be used to authenticate.
   *
   */
  fingerprint: string;
  /**
   * The rooms this connection joined.
   *
   * @maxItems 10000
   */
  rooms: RoomId[];
  /**
   * The repositories whose changes this connection subscribed to.
   *
   * @maxItems 10000
   */
  repositories: string[];
  /**
   * The users whose activity this connection follows.
   *
   * @maxItems 10000
   */
  follows: string[];
}
/**
 * A message as members receive it and as history keeps it. A deleted message keeps its place with `deletedAt` and no body.
 */
export interface ChatMessage {
  room: RoomId;
  id: string;
  seq: SeqNumber;
  author: Author;
  body?: MessageBody;
  createdAt: string;
  editedAt?: string;
  deletedAt?: string;
}
/**
 * Any JSON object, at most `MAX_MESSAGE_BYTES` (4 KiB by default) serialized.
 */
export interface MessageBody {
  [k: string]: unknown | undefined;
}
export interface Closing {
  reason: CloseReason;
  /**
   * The reason, for people.
   */
  message: string;
}
export interface CreateDocumentPath {
  repo: RepoName;
}
export interface CreateMatchRequest {
  /**
   * Members at most, up to the server's `MAX_MATCH_SIZE`; that is the default.
   */
  maxSize?: number;
}
export interface CreatePartyRequest {
  /**
   * `true`: anyone with the id joins at once; `false`: the leader accepts each request.
   */
  open: boolean;
  /**
   * Members at most, the leader included; no more than `MAX_PARTY_SIZE`.
   */
  maxSize: number;
}
export interface CreateRoomRequest {
  room: RoomId;
  kind: 'public' | 'private';
  /**
   * No `member-joined` / `member-left` events.
   */
  hidden?: boolean;
  /**
   * `false`: messages are relayed, not stored (no history, replay, edit or delete).
   */
  persistent?: boolean;
}
export interface Credentials {
  username: Username;
  /**
   * At least 8 characters.
   */
  password: string;
}
/**
 * One committed change of a repository. Created and updated documents come whole; a deleted one as its id
 * with the owner and account it had, which is what decides who may know of it.
 *
 */
export interface DbChange {
  type: 'created' | 'updated' | 'deleted';
  repo: RepoName;
  position: Position;
  id: string;
  ownerId: string;
  accountId: string;
  at: string;
  document?: Document;
}
export interface Document {
  id: string;
  repo: RepoName;
  /**
   * The user who created it.
   */
  ownerId: string;
  /**
   * The owner's account when it was created.
   */
  accountId: string;
  position: Position;
  createdAt: string;
  updatedAt: string;
  data: DocumentData;
}
/**
 * Any JSON object, at most `MAX_DOCUMENT_BYTES` (16 KiB by default) serialized.
 */
export interface DocumentData {
  [k: string]: unknown | undefined;
}
export interface DbChangesPage {
  changes: DbChange[];
  hasMore: boolean;
}
export interface DbChangesRequest {
  repo: RepoName;
  after: Position;
  limit?: number;
}
export interface DeleteDocumentPath {
  repo: RepoName;
  id: string;
}
export interface DeleteMyNotificationPath {
  id: NotificationId;
}
export interface DeleteNotificationsRequest {
  /**
   * @minItems 1
   * @maxItems 100
   */
  ids: [NotificationId, ...NotificationId[]];
}
export interface DeletedNotifications {
  /**
   * The ids that were the user's stored notifications and are now deleted.
   *
   * @maxItems 100
   */
  deleted: NotificationId[];
}
/**
 * No parameters.
 */
export interface DetailsViewRequest {}
export interface DocumentPage {
  documents: Document[];
  /**
   * Present when more documents follow; pass it as `after`.
   */
  next?: number;
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
export interface EditMessageRequest {
  room: RoomId;
  id: string;
  body: MessageBody;
}
/**
 * No parameters (Socket.IO events still carry one payload object).
 */
export interface EmptyRequest {}
/**
 * `channel`: the action's name; `data`: its parameters; `id`: a correlation id.
 */
export interface EnvelopeAction {
  sid: string;
  type: 'action';
  channel: string;
  /**
   * The action's parameters (absent or `null`: none, as `{}`).
   */
  data?: {};
  id: EnvelopeCorrelationId;
  token: string;
}
/**
 * `data`: the `UserActivity` as JSON text.
 */
export interface EnvelopeActivity {
  sid: string;
  type: 'activity';
  data: string;
  channel?: string;
  token?: string;
}
/**
 * `data`: a session token.
 */
export interface EnvelopeAuth {
  sid: string;
  type: 'auth';
  data: string;
  channel?: string | null;
  token?: string | null;
}
/**
 * `data`: the message (often JSON text); `channel`: the room.
 */
export interface EnvelopeChanIn {
  sid: string;
  type: 'chan_in';
  data: string;
  channel: RoomId;
  token: string;
}
/**
 * `data`: the message as sent by a raw client, or the body of a Socket.IO client’s message as JSON text.
 */
export interface EnvelopeChanOut {
  sid: string;
  type: 'chan_out';
  data: string;
  channel: string;
  token?: string;
}
/**
 * `data`: the `DbChange` as JSON text; `channel`: `db-<repo>`.
 */
export interface EnvelopeDbEvent {
  sid: string;
  type: 'db_created' | 'db_updated' | 'db_deleted';
  data: string;
  channel: string;
}
/**
 * Echo request.
 */
export interface EnvelopeEcho {
  sid: string;
  type: 'echo';
  data: string;
  channel?: string | null;
  token?: string | null;
}
/**
 * `echo: <data>`.
 */
export interface EnvelopeEchoReply {
  sid: string;
  type: 'echo';
  data: string;
  channel?: string;
  token?: string;
}
/**
 * `data`: what is wrong, for people (`invalid token` for a bad token, as StaticBackend); `code` and `field` as in `Error`.
 */
export interface EnvelopeError {
  sid: string;
  type: 'error';
  data: string;
  code: ErrorCode;
  field?: string;
  channel?: string;
  id?: EnvelopeCorrelationId;
  /**
   * With `RATE_LIMITED` and `UNAVAILABLE`, how long to wait before trying again.
   */
  retryAfterSeconds?: number;
}
/**
 * `data`: this connection’s sid (`sid` itself is empty).
 */
export interface EnvelopeInit {
  sid: string;
  type: 'init';
  data: string;
  channel?: string;
  token?: string;
}
/**
 * `data`: a chat room, or `db-<repo>`.
 */
export interface EnvelopeJoin {
  sid: string;
  type: 'join';
  data: RoomId;
  channel?: string | null;
  token: string;
}
/**
 * `data`: the channel joined.
 */
export interface EnvelopeJoined {
  sid: string;
  type: 'joined';
  data: string;
  channel?: string;
  token?: string;
}
/**
 * `data`: a chat room, or `db-<repo>`.
 */
export interface EnvelopeLeave {
  sid: string;
  type: 'leave';
  data: RoomId;
  channel?: string | null;
  token: string;
}
/**
 * `data`: the channel left.
 */
export interface EnvelopeLeft {
  sid: string;
  type: 'left';
  data: string;
  channel?: string;
  token?: string;
}
/**
 * `data`: `{"id","seq"}` of the stored message, as JSON text.
 */
export interface EnvelopeOk {
  sid: string;
  type: 'ok';
  data: string;
  channel?: string;
  token?: string;
}
/**
 * `data`: a chat room.
 */
export interface EnvelopePresence {
  sid: string;
  type: 'presence';
  data: RoomId;
  channel?: string | null;
  token: string;
}
/**
 * `data`: the member count.
 */
export interface EnvelopePresenceCount {
  sid: string;
  type: 'presence';
  data: string;
  channel: string;
  token?: string;
}
/**
 * `data`: the action's reply, as its reply schema in channel `actions` says; `id`: the request's.
 */
export interface EnvelopeResult {
  sid: string;
  type: 'result';
  channel: string;
  id: EnvelopeCorrelationId;
  data: {};
}
/**
 * `data`: the `ServerShutdown` as JSON text.
 */
export interface EnvelopeServerShutdown {
  sid: string;
  type: 'server-shutdown';
  data: string;
  channel?: string;
  token?: string;
}
/**
 * `data`: the socket token.
 */
export interface EnvelopeToken {
  sid: string;
  type: 'token';
  data: string;
  channel?: string;
  token?: string;
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
  /**
   * Over HTTP, the id of the request that failed: the same as the response's `X-Request-Id` header, and on
   * every line the server logged about the request. Quote it when reporting a problem. Absent over the
   * realtime transports.
   *
   */
  requestId?: string;
}
/**
 * The answer to a request that failed, over every transport.
 */
export interface ErrorReply {
  error: Error;
}
export interface EventTicket {
  ticket: EventTicketValue;
  /**
   * Until when the ticket opens a stream (60 s after it was made).
   */
  expiresAt: string;
}
export interface FileRequest {
  /**
   * A path relative to the public folder, with `/` between segments.
   */
  path: string;
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
export interface GetDocumentPath {
  repo: RepoName;
  id: string;
}
export interface GetEventsQuery {
  /**
   * A chat room to receive the events of (repeatable).
   *
   * @maxItems 100
   */
  room?: RoomId[];
  /**
   * A repository to receive the database events of (repeatable).
   *
   * @maxItems 100
   */
  repo?: RepoName[];
  /**
   * A one-use ticket; as secret as a session token for its minute.
   */
  ticket?: string;
  /**
   * The `id` of the last event received, when the client cannot send the `Last-Event-ID` header (which wins when both are present).
   */
  lastEventId?: string;
}
/**
 * `status` always; the other fields only for the operator (`Authorization: Bearer <METRICS_TOKEN>`),
 * or for everyone with `HEALTH_DETAILS=public`, and then all of them (`cluster` in a cluster only).
 *
 */
export interface Health {
  status: 'ok' | 'unavailable';
  /**
   * The server's version.
   */
  version?: string;
  uptimeSeconds?: number;
  database?: {
    kind: 'sqlite' | 'postgres';
    ok: boolean;
  };
  /**
   * Open realtime connections on this server.
   */
  connections?: {
    socketio: number;
    raw: number;
    /**
     * Event streams (`GET /api/events`).
     */
    sse?: number;
  };
  /**
   * This server process's memory.
   */
  memory?: {
    rssBytes: number;
    heapUsedBytes: number;
  };
  /**
   * Present when the server is one process of a cluster (`REDIS_URL`). While the cluster's Redis is
   * unreachable, or does not answer a ping within about a second, `redis.ok` is false and `status`
   * is `unavailable`, so a load balancer takes the process out until Redis is back.
   *
   */
  cluster?: {
    /**
     * This process's name in the cluster (`NODE_ID`).
     */
    nodeId: string;
    redis: {
      /**
       * Redis answers and every subscription this process needs is in place.
       */
      ok: boolean;
    };
  };
}
/**
 * A probe's answer, and nothing else.
 */
export interface Probe {
  status: 'ok' | 'unavailable';
}
export interface GetSpecDocumentPath {
  document: 'openapi.yaml' | 'openapi.json' | 'asyncapi.yaml' | 'asyncapi.json';
}
export interface GetSpecDocumentResponse200 {}
export interface GetUserProfilePath {
  userId: UserId;
}
/**
 * Socket.IO's handshake payload (`auth` option of the client). socket.io-client adds `pid` and
 * `offset` itself when it resumes a dropped connection (connection-state recovery); the server reads
 * them, a client never sets them by hand.
 *
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
export interface HistoryPage {
  /**
   * In increasing `seq` order.
   */
  messages: ChatMessage[];
  /**
   * More messages lie beyond this page in the direction asked (older for `before`, newer for `after`).
   */
  hasMore: boolean;
}
/**
 * `before` or `after`, not both.
 */
export interface HistoryRequest {
  room: RoomId;
  before?: number;
  after?: number;
  limit?: number;
}
export interface InviteReply {
  room: RoomId;
  /**
   * Users who became members (those already members are not listed).
   */
  added: Author[];
  notFound: string[];
}
export interface InviteRequest {
  room: RoomId;
  /**
   * @minItems 1
   * @maxItems 100
   */
  userIds: [string, ...string[]];
}
export interface JoinPartyReply {
  partyId: PartyId;
  /**
   * `true`: a member now (`party` says of what); `false`: the request waits for the leader.
   */
  joined: boolean;
  party?: PartyView;
}
/**
 * A party as its members see it.
 */
export interface PartyView {
  partyId: PartyId;
  open: boolean;
  maxSize: number;
  leader: PartyPresence;
  /**
   * Every member, the leader included, longest-standing first.
   *
   * @maxItems 256
   */
  members: PartyPresence[];
}
/**
 * One connection in a party (Nakama's user presence) and whose it is.
 */
export interface PartyPresence {
  connectionId: ConnectionId;
  userId: string;
  username: string;
}
export interface JoinRoomReply {
  room: RoomInfo;
  /**
   * With `since`, the messages after it (at most 100, oldest first); otherwise empty.
   */
  missed: ChatMessage[];
  /**
   * More missed messages follow; page on with `room-history` and `after`.
   */
  hasMore: boolean;
}
export interface RoomInfo {
  id: RoomId;
  kind: RoomKind;
  /**
   * Who created the room (private and public rooms created with `create-room`).
   */
  ownerId?: string;
  /**
   * No `member-joined` / `member-left` events are sent for this room.
   */
  hidden: boolean;
  /**
   * Messages are stored (history, replay, edit, delete). Ephemeral rooms only relay them.
   */
  persistent: boolean;
  lastSeq: SeqNumber;
  memberCount: number;
  createdAt: string;
}
export interface JoinRoomRequest {
  room: RoomId;
  since?: SeqNumber;
}
/**
 * What this server is and where to read about it.
 */
export interface Landing {
  name: string;
  description: string;
  /**
   * The server's version (the spec documents' `info.version`).
   */
  version: string;
  links: {
    httpDocs: Link;
    realtimeDocs: Link;
    openapiYaml: Link;
    openapiJson: Link;
    asyncapiYaml: Link;
    asyncapiJson: Link;
    health: Link;
  };
}
export interface Link {
  /**
   * A path on this server.
   */
  href: string;
  /**
   * The media type it answers with.
   */
  type: string;
  title: string;
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
export interface ListDocumentsPath {
  repo: RepoName;
}
export interface ListDocumentsQuery {
  limit?: number;
  /**
   * A change's place in its repository's history of changes; 1, 2, 3… with no gaps.
   */
  after?: number;
  /**
   * `field:value`, repeatable; all must hold.
   *
   * @maxItems 10
   */
  filter?:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
}
export interface ListMyNotificationsQuery {
  limit?: number;
  /**
   * The `cursor` of the previous page.
   */
  cursor?: string;
}
export interface ListMyRoomsQuery {
  limit?: number;
  /**
   * A room's name: letters, digits, `_`, `.`, `:` and `-`. Direct rooms are named `dm:<userId>:<userId>`
   * (the two ids in order) and are opened with `open-direct`; no other room name may start with `dm:`.
   * Names starting with `db-` are StaticBackend's database channels: they carry no messages (`FORBIDDEN`);
   * subscribe to a repository's changes with `subscribe-db`.
   *
   */
  after?: string;
}
export interface ListNotificationsRequest {
  limit?: number;
  cursor?: NotificationCursor;
}
export interface ListRoomMessagesPath {
  room: RoomId;
}
export interface ListRoomMessagesQuery {
  before?: number;
  after?: number;
  limit?: number;
}
export interface Match {
  matchId: MatchId;
  /**
   * How many members it has.
   */
  size: number;
  maxSize: number;
  /**
   * Every member, this connection included.
   *
   * @maxItems 1000
   */
  presences: MatchPresence[];
}
/**
 * A member of a match: one connection of a user.
 */
export interface MatchPresence {
  userId: string;
  connectionId: ConnectionId;
  username: string;
}
/**
 * Carries `data` or `dataBase64`, as the sender sent it.
 */
export interface MatchData {
  matchId: MatchId;
  presence: MatchPresence;
  opCode: OpCode;
  data?: MatchDataJson;
  dataBase64?: MatchDataBase64;
}
export interface MatchPresenceEvent {
  matchId: MatchId;
  /**
   * @maxItems 1000
   */
  joins: MatchPresence[];
  /**
   * @maxItems 1000
   */
  leaves: MatchPresence[];
}
export interface MatchRef {
  matchId: MatchId;
}
export interface MemberEvent {
  room: RoomId;
  user: Author;
}
export interface MemberLeftEvent {
  room: RoomId;
  user: Author;
  /**
   * `disconnected`: the last connection of the user closed in an ephemeral room.
   */
  reason: 'left' | 'removed' | 'disconnected';
}
export interface MessageReceipt {
  room: RoomId;
  id: string;
  seq: SeqNumber;
  createdAt: string;
  editedAt?: string;
  deletedAt?: string;
  /**
   * `send-message` only: true when the message was stored by an earlier request with the same
   * `idempotencyKey`, whose receipt this is; nothing was stored or delivered this time.
   *
   */
  duplicate?: boolean;
}
export interface MessageRef {
  room: RoomId;
  id: string;
}
/**
 * One notification to one user. `persistent` ones are stored until the user deletes them (or, past
 * `MAX_NOTIFICATIONS_PER_USER`, newer ones push them out) and are listed; the others are only sent live.
 *
 */
export interface Notification {
  id: NotificationId;
  subject: NotificationSubject;
  content: NotificationContent;
  code: NotificationCode;
  /**
   * The user who caused it, or `null` for the server itself.
   */
  senderId: string | null;
  createTime: string;
  /**
   * Stored (listed, delivered on the next connect when sent while offline), or live only.
   */
  persistent: boolean;
}
/**
 * Any JSON object, at most 4 KiB serialized and 64 keys at its top.
 */
export interface NotificationContent {
  [k: string]: unknown | undefined;
}
/**
 * Nakama's NotificationList. A page of the user's stored notifications, newest first.
 */
export interface NotificationList {
  /**
   * @maxItems 100
   */
  notifications: Notification[];
  /**
   * Opaque: the `cursor` of the previous page, passed back as is.
   */
  cursor?: string;
}
export interface NotifyUserRequest {
  /**
   * The recipient.
   */
  userId: string;
  subject: NotificationSubject;
  content: NotificationContent;
  /**
   * An application code (negative ones are the server's).
   */
  code: number;
  /**
   * Stored and listed (the default), or live only.
   */
  persistent?: boolean;
}
export interface OpenDirectRequest {
  userId: string;
}
export interface PartyClosed {
  partyId: PartyId;
  /**
   * `closed`: the leader closed the party, or (for a connection waiting to join) its last member left;
   * `removed`: the leader removed this connection; `rejected`: the leader rejected its join request.
   *
   */
  reason: 'closed' | 'removed' | 'rejected';
}
export interface PartyData {
  partyId: PartyId;
  opCode: PartyOpCode;
  data?: PartyDataValue;
  dataBase64?: PartyDataBase64;
  presence: PartyPresence;
}
export interface PartyJoinRequest {
  partyId: PartyId;
  presence: PartyPresence;
}
export interface PartyLeaderEvent {
  partyId: PartyId;
  leader: PartyPresence;
}
export interface PartyMemberRef {
  partyId: PartyId;
  connectionId: ConnectionId;
}
export interface PartyPresenceEvent {
  partyId: PartyId;
  /**
   * @maxItems 256
   */
  joins: PartyPresence[];
  /**
   * @maxItems 256
   */
  leaves: PartyPresence[];
}
export interface PartyRef {
  partyId: PartyId;
}
export interface PartyRequests {
  partyId: PartyId;
  /**
   * The connections waiting, oldest request first.
   *
   * @maxItems 10000
   */
  requests: PartyPresence[];
}
export interface PatchDocumentPath {
  repo: RepoName;
  id: string;
}
export interface Profile {
  id: UserId;
  username: Username;
  createdAt: string;
  socketSecret: SocketSecretValue;
}
export interface PublicFile {
  /**
   * The path asked for.
   */
  path: string;
  /**
   * The file's media type, from its extension (`application/octet-stream` when unknown).
   */
  mime: string;
  /**
   * The file's size in bytes.
   */
  length: number;
  encoding: 'utf8' | 'base64';
  /**
   * The file's bytes, as UTF-8 text or base64.
   */
  content: string;
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
export interface RemoveAccountUserPath {
  userId: UserId;
}
export interface RemoveRequest {
  room: RoomId;
  userId: string;
}
export interface ReplaceDocumentPath {
  repo: RepoName;
  id: string;
}
export interface RepoRef {
  repo: RepoName;
}
export interface RoomInvitation {
  room: RoomInfo;
  invitedBy: Author;
}
export interface RoomList {
  /**
   * @maxItems 100
   */
  rooms: RoomInfo[];
  /**
   * A room's name: letters, digits, `_`, `.`, `:` and `-`. Direct rooms are named `dm:<userId>:<userId>`
   * (the two ids in order) and are opened with `open-direct`; no other room name may start with `dm:`.
   * Names starting with `db-` are StaticBackend's database channels: they carry no messages (`FORBIDDEN`);
   * subscribe to a repository's changes with `subscribe-db`.
   *
   */
  next?: string;
}
export interface RoomMember {
  userId: string;
  username: string;
  state: ActivityState;
}
export interface RoomRef {
  room: RoomId;
}
export interface RoomRemoval {
  room: RoomId;
  removedBy: Author;
}
export interface RoomStats {
  room: RoomId;
  kind: RoomKind;
  persistent: boolean;
  memberCount: number;
  /**
   * Members whose activity is not `offline`, among the `onlineCounted` looked at.
   */
  onlineMembers: number;
  /**
   * How many members were looked at for `onlineMembers` (at most 200).
   */
  onlineCounted: number;
  lastSeq: SeqNumber;
  /**
   * When the newest stored message was sent; absent when none is stored.
   */
  lastMessageAt?: string;
}
export interface RoomStatsRequest {
  room: RoomId;
}
export interface RoomView {
  room: RoomInfo;
  /**
   * @maxItems 1000
   */
  members: RoomMember[];
  memberCount: number;
}
/**
 * Exactly one of `data` and `dataBase64`.
 */
export interface SendMatchDataRequest {
  matchId: MatchId;
  opCode: OpCode;
  data?: MatchDataJson;
  dataBase64?: MatchDataBase64;
  /**
   * Only these members (connection ids) get it; ids of connections not in the match are ignored.
   *
   * @minItems 1
   * @maxItems 1000
   */
  presences?: [ConnectionId, ...ConnectionId[]];
  /**
   * The sending connection gets it too.
   */
  echo?: boolean;
}
export interface SendMessageRequest {
  room: RoomId;
  body: MessageBody;
  /**
   * Makes a resend safe: a message sent again to the same persistent room by the same user with the
   * same key is stored once, and the resend is answered with the first one's receipt
   * (`duplicate: true`) without delivering it again. Use one key per message, such as a UUID, and
   * resend with it when an acknowledgement was lost (a reconnect, a server restart). Ephemeral rooms
   * store nothing and ignore it.
   *
   */
  idempotencyKey?: string;
}
/**
 * `data` or `dataBase64`, not both.
 */
export interface SendPartyDataRequest {
  partyId: PartyId;
  opCode: PartyOpCode;
  data?: PartyDataValue;
  dataBase64?: PartyDataBase64;
}
export interface ServerShutdown {
  /**
   * What is happening, for people.
   */
  message: string;
  /**
   * The server closes this connection at this time at the latest (`SHUTDOWN_TIMEOUT_MS` after the signal).
   */
  closeBy: string;
  /**
   * How long to wait after the close before reconnecting (this connection's share of the spread).
   */
  reconnectAfterMs: number;
}
export interface ServerTime {
  now: string;
  /**
   * Milliseconds since 1970-01-01T00:00:00Z.
   */
  epochMs: number;
  /**
   * How long this server process has run.
   */
  uptimeSeconds: number;
}
/**
 * No parameters.
 */
export interface ServerTimeRequest {}
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
export interface SseReady {
  /**
   * The stream's connection id (what an action called over HTTP does not know; for logs).
   */
  connectionId: string;
  userId: string;
  username: string;
  serverVersion: string;
  /**
   * Whether the stream resumed from the request's `Last-Event-ID`.
   */
  resumed: boolean;
  /**
   * The rooms, in the query's order, with the `seq` the stream starts after.
   *
   * @maxItems 100
   */
  rooms: {
    room: RoomId;
    seq: SeqNumber;
  }[];
  /**
   * The repositories, in the query's order, with the position the stream starts after.
   *
   * @maxItems 100
   */
  repos: {
    repo: RepoName;
    position: Position;
  }[];
}
/**
 * Names the room or repository to refetch; neither when the whole stream starts afresh.
 */
export interface SseResync {
  room?: RoomId;
  repo?: RepoName;
  reason: 'history-gone' | 'too-far-behind' | 'position-ahead' | 'unreadable-id' | 'other-subscriptions';
  /**
   * The reason, for people.
   */
  message: string;
}
export interface SubscribeDbReply {
  repo: RepoName;
  position: Position;
  /**
   * With `since`, the changes after it that you may read (at most 100, in order).
   */
  missed: DbChange[];
  hasMore: boolean;
}
export interface SubscribeDbRequest {
  repo: RepoName;
  since?: Position;
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
  /**
   * Present, `true`, when this connection resumed one that dropped less than `RECOVERY_WINDOW_MS` ago
   * (Socket.IO's connection-state recovery, on this process or another): it is in the same rooms,
   * subscriptions and follows, and the events it missed came with the resumption, just before
   * this (socket.io-client hands them to the application right after `connect`). Absent:
   * a new connection, with nothing joined; a client that was connected before rejoins and resyncs
   * (room history `since` its last seq, `subscribe-db` `since` its last position).
   *
   */
  recovered?: true;
}
