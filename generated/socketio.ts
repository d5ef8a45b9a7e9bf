// generated from spec/asyncapi.yaml by `make generate` — do not edit

import type { SocketContext } from '../src/handlers/context.js';
import { createMatch } from '../src/handlers/socket/createMatch.js';
import { createRoom } from '../src/handlers/socket/createRoom.js';
import { dbChanges } from '../src/handlers/socket/dbChanges.js';
import { deleteMessage } from '../src/handlers/socket/deleteMessage.js';
import { echo } from '../src/handlers/socket/echo.js';
import { editMessage } from '../src/handlers/socket/editMessage.js';
import { followUsers } from '../src/handlers/socket/followUsers.js';
import { getActivities } from '../src/handlers/socket/getActivities.js';
import { inviteToRoom } from '../src/handlers/socket/inviteToRoom.js';
import { joinMatch } from '../src/handlers/socket/joinMatch.js';
import { joinRoom } from '../src/handlers/socket/joinRoom.js';
import { leaveMatch } from '../src/handlers/socket/leaveMatch.js';
import { leaveRoom } from '../src/handlers/socket/leaveRoom.js';
import { openDirect } from '../src/handlers/socket/openDirect.js';
import { removeFromRoom } from '../src/handlers/socket/removeFromRoom.js';
import { roomHistory } from '../src/handlers/socket/roomHistory.js';
import { sendMatchData } from '../src/handlers/socket/sendMatchData.js';
import { sendMessage } from '../src/handlers/socket/sendMessage.js';
import { setActivity } from '../src/handlers/socket/setActivity.js';
import { subscribeDb } from '../src/handlers/socket/subscribeDb.js';
import { unfollowUsers } from '../src/handlers/socket/unfollowUsers.js';
import { unsubscribeDb } from '../src/handlers/socket/unsubscribeDb.js';
import { viewRoom } from '../src/handlers/socket/viewRoom.js';
import type * as T from './types.js';
import * as V from './validators/asyncapi.js';

/** Events a client emits: the first type argument of Socket.IO's `Server` and the second of the client's `Socket`. */
export interface ClientToServerEvents {
  /** Start a relayed match; this connection is its first member */
  'create-match': (payload: T.CreateMatchRequest, ack: (reply: T.Match | T.ErrorReply) => void) => void;
  /** Create a public or private room; the creator owns it and joins it */
  'create-room': (payload: T.CreateRoomRequest, ack: (reply: T.RoomInfo | T.ErrorReply) => void) => void;
  /** Page through a repository's changes after a position, those you may read */
  'db-changes': (payload: T.DbChangesRequest, ack: (reply: T.DbChangesPage | T.ErrorReply) => void) => void;
  /** Delete one of your messages; it keeps its place in history */
  'delete-message': (payload: T.MessageRef, ack: (reply: T.MessageReceipt | T.ErrorReply) => void) => void;
  /** Send a string and get it back, prefixed with `echo:` */
  echo: (payload: T.EchoRequest, ack: (reply: T.EchoReply | T.ErrorReply) => void) => void;
  /** Replace the body of one of your messages */
  'edit-message': (payload: T.EditMessageRequest, ack: (reply: T.MessageReceipt | T.ErrorReply) => void) => void;
  /** Get the current activity of users and every change of it from now on */
  'follow-users': (payload: T.FollowRequest, ack: (reply: T.FollowReply | T.ErrorReply) => void) => void;
  /** Read the activities this connection may see */
  'get-activities': (payload: T.EmptyRequest, ack: (reply: T.ActivityList | T.ErrorReply) => void) => void;
  /** Make users members of your private room */
  'invite-to-room': (payload: T.InviteRequest, ack: (reply: T.InviteReply | T.ErrorReply) => void) => void;
  /** Become a member of a match by its id and receive its data and presence events */
  'join-match': (payload: T.MatchRef, ack: (reply: T.Match | T.ErrorReply) => void) => void;
  /** Become a member of a room and receive its messages on this connection */
  'join-room': (payload: T.JoinRoomRequest, ack: (reply: T.JoinRoomReply | T.ErrorReply) => void) => void;
  /** Stop being a member of a match; the last member to leave ends it */
  'leave-match': (payload: T.MatchRef, ack: (reply: T.MatchRef | T.ErrorReply) => void) => void;
  /** Stop being a member; every connection of the user leaves the room */
  'leave-room': (payload: T.RoomRef, ack: (reply: T.RoomRef | T.ErrorReply) => void) => void;
  /** Get the stable room of you and another user, creating it the first time */
  'open-direct': (payload: T.OpenDirectRequest, ack: (reply: T.RoomInfo | T.ErrorReply) => void) => void;
  /** Remove a member from your private room */
  'remove-from-room': (payload: T.RemoveRequest, ack: (reply: T.RoomRef | T.ErrorReply) => void) => void;
  /** Page through a persistent room’s messages */
  'room-history': (payload: T.HistoryRequest, ack: (reply: T.HistoryPage | T.ErrorReply) => void) => void;
  /** Relay an op code and a payload to the other members, or to some of them */
  'send-match-data': (payload: T.SendMatchDataRequest, ack: (reply: T.MatchRef | T.ErrorReply) => void) => void;
  /** Send a JSON object to every member of a room */
  'send-message': (payload: T.SendMessageRequest, ack: (reply: T.MessageReceipt | T.ErrorReply) => void) => void;
  /** Report what the user is doing; everyone else sees it */
  'set-activity': (payload: T.SetActivityRequest, ack: (reply: T.UserActivity | T.ErrorReply) => void) => void;
  /** Receive a repository's changes (StaticBackend's `db-<repo>` channel), for the documents you may read */
  'subscribe-db': (payload: T.SubscribeDbRequest, ack: (reply: T.SubscribeDbReply | T.ErrorReply) => void) => void;
  /** Stop following users */
  'unfollow-users': (payload: T.FollowRequest, ack: (reply: T.UnfollowReply | T.ErrorReply) => void) => void;
  /** Stop receiving a repository's changes */
  'unsubscribe-db': (payload: T.RepoRef, ack: (reply: T.RepoRef | T.ErrorReply) => void) => void;
  /** Read a room with its members, each with their activity */
  'view-room': (payload: T.RoomRef, ack: (reply: T.RoomView | T.ErrorReply) => void) => void;
}

/** Events the server emits: the second type argument of Socket.IO's `Server` and the first of the client's `Socket`. */
export interface ServerToClientEvents {
  /** The activities this connection may see, sent once right after `welcome` */
  activities: (payload: T.ActivityList) => void;
  /** One user's activity changed */
  activity: (payload: T.UserActivity) => void;
  /** Says why the server is about to close this connection, just before it does */
  closing: (payload: T.Closing) => void;
  /** A document you may read was created in a repository you subscribed to */
  db_created: (payload: T.DbChange) => void;
  /** A document you could read was deleted: its id, owner and account, no data */
  db_deleted: (payload: T.DbChange) => void;
  /** A document you may read was replaced or patched */
  db_updated: (payload: T.DbChange) => void;
  /** Tells the client why an event it sent without an acknowledgement callback was refused */
  'frame-error': (payload: T.FrameError) => void;
  /** A member sent data to the match */
  'match-data': (payload: T.MatchData) => void;
  /** Connections joined or left a match this connection is in */
  'match-presence': (payload: T.MatchPresenceEvent) => void;
  /** A user became a member of a room this connection is in */
  'member-joined': (payload: T.MemberEvent) => void;
  /** A user stopped being a member */
  'member-left': (payload: T.MemberLeftEvent) => void;
  /** A message in a room this connection is in */
  message: (payload: T.ChatMessage) => void;
  /** A message was deleted (no body, `deletedAt` set) */
  'message-deleted': (payload: T.ChatMessage) => void;
  /** A message was edited */
  'message-edited': (payload: T.ChatMessage) => void;
  /** This user was made a member of a private or direct room */
  'room-invited': (payload: T.RoomInvitation) => void;
  /** The owner removed this user from a private room */
  'room-removed': (payload: T.RoomRemoval) => void;
  /** Sent once, right after a handshake is accepted */
  welcome: (payload: T.Welcome) => void;
}

/** One handler per client → server operation; implementations live in src/handlers/socket/<operationId>.ts. */
export interface SocketOperationHandlers {
  /**
   * Start a relayed match; this connection is its first member
   *
   * Event `create-match`, acknowledged with `Match`.
   */
  createMatch(payload: T.CreateMatchRequest, ctx: SocketContext): Promise<T.Match> | T.Match;
  /**
   * Create a public or private room; the creator owns it and joins it
   *
   * Event `create-room`, acknowledged with `RoomInfo`.
   */
  createRoom(payload: T.CreateRoomRequest, ctx: SocketContext): Promise<T.RoomInfo> | T.RoomInfo;
  /**
   * Page through a repository's changes after a position, those you may read
   *
   * Event `db-changes`, acknowledged with `DbChangesPage`.
   */
  dbChanges(payload: T.DbChangesRequest, ctx: SocketContext): Promise<T.DbChangesPage> | T.DbChangesPage;
  /**
   * Delete one of your messages; it keeps its place in history
   *
   * Event `delete-message`, acknowledged with `MessageReceipt`.
   */
  deleteMessage(payload: T.MessageRef, ctx: SocketContext): Promise<T.MessageReceipt> | T.MessageReceipt;
  /**
   * Send a string and get it back, prefixed with `echo:`
   *
   * Event `echo`, acknowledged with `EchoReply`.
   */
  echo(payload: T.EchoRequest, ctx: SocketContext): Promise<T.EchoReply> | T.EchoReply;
  /**
   * Replace the body of one of your messages
   *
   * Event `edit-message`, acknowledged with `MessageReceipt`.
   */
  editMessage(payload: T.EditMessageRequest, ctx: SocketContext): Promise<T.MessageReceipt> | T.MessageReceipt;
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
   * Make users members of your private room
   *
   * Event `invite-to-room`, acknowledged with `InviteReply`.
   */
  inviteToRoom(payload: T.InviteRequest, ctx: SocketContext): Promise<T.InviteReply> | T.InviteReply;
  /**
   * Become a member of a match by its id and receive its data and presence events
   *
   * Event `join-match`, acknowledged with `Match`.
   */
  joinMatch(payload: T.MatchRef, ctx: SocketContext): Promise<T.Match> | T.Match;
  /**
   * Become a member of a room and receive its messages on this connection
   *
   * Event `join-room`, acknowledged with `JoinRoomReply`.
   */
  joinRoom(payload: T.JoinRoomRequest, ctx: SocketContext): Promise<T.JoinRoomReply> | T.JoinRoomReply;
  /**
   * Stop being a member of a match; the last member to leave ends it
   *
   * Event `leave-match`, acknowledged with `MatchRef`.
   */
  leaveMatch(payload: T.MatchRef, ctx: SocketContext): Promise<T.MatchRef> | T.MatchRef;
  /**
   * Stop being a member; every connection of the user leaves the room
   *
   * Event `leave-room`, acknowledged with `RoomRef`.
   */
  leaveRoom(payload: T.RoomRef, ctx: SocketContext): Promise<T.RoomRef> | T.RoomRef;
  /**
   * Get the stable room of you and another user, creating it the first time
   *
   * Event `open-direct`, acknowledged with `RoomInfo`.
   */
  openDirect(payload: T.OpenDirectRequest, ctx: SocketContext): Promise<T.RoomInfo> | T.RoomInfo;
  /**
   * Remove a member from your private room
   *
   * Event `remove-from-room`, acknowledged with `RoomRef`.
   */
  removeFromRoom(payload: T.RemoveRequest, ctx: SocketContext): Promise<T.RoomRef> | T.RoomRef;
  /**
   * Page through a persistent room’s messages
   *
   * Event `room-history`, acknowledged with `HistoryPage`.
   */
  roomHistory(payload: T.HistoryRequest, ctx: SocketContext): Promise<T.HistoryPage> | T.HistoryPage;
  /**
   * Relay an op code and a payload to the other members, or to some of them
   *
   * Event `send-match-data`, acknowledged with `MatchRef`.
   */
  sendMatchData(payload: T.SendMatchDataRequest, ctx: SocketContext): Promise<T.MatchRef> | T.MatchRef;
  /**
   * Send a JSON object to every member of a room
   *
   * Event `send-message`, acknowledged with `MessageReceipt`.
   */
  sendMessage(payload: T.SendMessageRequest, ctx: SocketContext): Promise<T.MessageReceipt> | T.MessageReceipt;
  /**
   * Report what the user is doing; everyone else sees it
   *
   * Event `set-activity`, acknowledged with `UserActivity`.
   */
  setActivity(payload: T.SetActivityRequest, ctx: SocketContext): Promise<T.UserActivity> | T.UserActivity;
  /**
   * Receive a repository's changes (StaticBackend's `db-<repo>` channel), for the documents you may read
   *
   * Event `subscribe-db`, acknowledged with `SubscribeDbReply`.
   */
  subscribeDb(payload: T.SubscribeDbRequest, ctx: SocketContext): Promise<T.SubscribeDbReply> | T.SubscribeDbReply;
  /**
   * Stop following users
   *
   * Event `unfollow-users`, acknowledged with `UnfollowReply`.
   */
  unfollowUsers(payload: T.FollowRequest, ctx: SocketContext): Promise<T.UnfollowReply> | T.UnfollowReply;
  /**
   * Stop receiving a repository's changes
   *
   * Event `unsubscribe-db`, acknowledged with `RepoRef`.
   */
  unsubscribeDb(payload: T.RepoRef, ctx: SocketContext): Promise<T.RepoRef> | T.RepoRef;
  /**
   * Read a room with its members, each with their activity
   *
   * Event `view-room`, acknowledged with `RoomView`.
   */
  viewRoom(payload: T.RoomRef, ctx: SocketContext): Promise<T.RoomView> | T.RoomView;
}

/**
 * What the transport needs to run one inbound event. Each entry of the table is checked against its own
 * payload and reply types (`satisfies SocketOperation<Payload, Reply>`); the table holds them as
 * `SocketOperation` (unknown, unknown). `handler` is a method so that this is allowed (TypeScript
 * checks method parameters bivariantly), which is sound here because the transport passes a handler only
 * a payload that its own entry's `validatePayload` accepted.
 */
export interface SocketOperation<Payload = unknown, Reply = unknown> {
  operationId: string;
  event: string;
  validatePayload: T.Validator<Payload>;
  /** The acknowledgement's success payload; undefined when the operation takes no acknowledgement. */
  validateReply: T.Validator<Reply> | undefined;
  /** The error codes its acknowledgement may carry (reply `x-errors` and the server's `x-request-errors`). */
  errorCodes: ReadonlySet<T.ErrorCode>;
  handler(payload: Payload, ctx: SocketContext): Promise<Reply> | Reply;
}

/** Inbound dispatch: event name → operation. A Map, so no event name can reach Object.prototype. */
export const socketOperations: ReadonlyMap<string, SocketOperation> = new Map<string, SocketOperation>([
  ['create-match', { operationId: 'createMatch', event: 'create-match', validatePayload: V.CreateMatchRequest, validateReply: V.Match, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'LIMIT_REACHED', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: createMatch satisfies SocketOperationHandlers['createMatch'] } satisfies SocketOperation<T.CreateMatchRequest, T.Match>],
  ['create-room', { operationId: 'createRoom', event: 'create-room', validatePayload: V.CreateRoomRequest, validateReply: V.RoomInfo, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'CONFLICT', 'FORBIDDEN', 'INTERNAL', 'LIMIT_REACHED', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: createRoom satisfies SocketOperationHandlers['createRoom'] } satisfies SocketOperation<T.CreateRoomRequest, T.RoomInfo>],
  ['db-changes', { operationId: 'dbChanges', event: 'db-changes', validatePayload: V.DbChangesRequest, validateReply: V.DbChangesPage, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAUTHENTICATED', 'UNAVAILABLE']), handler: dbChanges satisfies SocketOperationHandlers['dbChanges'] } satisfies SocketOperation<T.DbChangesRequest, T.DbChangesPage>],
  ['delete-message', { operationId: 'deleteMessage', event: 'delete-message', validatePayload: V.MessageRef, validateReply: V.MessageReceipt, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: deleteMessage satisfies SocketOperationHandlers['deleteMessage'] } satisfies SocketOperation<T.MessageRef, T.MessageReceipt>],
  ['echo', { operationId: 'echo', event: 'echo', validatePayload: V.EchoRequest, validateReply: V.EchoReply, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: echo satisfies SocketOperationHandlers['echo'] } satisfies SocketOperation<T.EchoRequest, T.EchoReply>],
  ['edit-message', { operationId: 'editMessage', event: 'edit-message', validatePayload: V.EditMessageRequest, validateReply: V.MessageReceipt, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: editMessage satisfies SocketOperationHandlers['editMessage'] } satisfies SocketOperation<T.EditMessageRequest, T.MessageReceipt>],
  ['follow-users', { operationId: 'followUsers', event: 'follow-users', validatePayload: V.FollowRequest, validateReply: V.FollowReply, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: followUsers satisfies SocketOperationHandlers['followUsers'] } satisfies SocketOperation<T.FollowRequest, T.FollowReply>],
  ['get-activities', { operationId: 'getActivities', event: 'get-activities', validatePayload: V.EmptyRequest, validateReply: V.ActivityList, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: getActivities satisfies SocketOperationHandlers['getActivities'] } satisfies SocketOperation<T.EmptyRequest, T.ActivityList>],
  ['invite-to-room', { operationId: 'inviteToRoom', event: 'invite-to-room', validatePayload: V.InviteRequest, validateReply: V.InviteReply, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'LIMIT_REACHED', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: inviteToRoom satisfies SocketOperationHandlers['inviteToRoom'] } satisfies SocketOperation<T.InviteRequest, T.InviteReply>],
  ['join-match', { operationId: 'joinMatch', event: 'join-match', validatePayload: V.MatchRef, validateReply: V.Match, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'LIMIT_REACHED', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: joinMatch satisfies SocketOperationHandlers['joinMatch'] } satisfies SocketOperation<T.MatchRef, T.Match>],
  ['join-room', { operationId: 'joinRoom', event: 'join-room', validatePayload: V.JoinRoomRequest, validateReply: V.JoinRoomReply, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'LIMIT_REACHED', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: joinRoom satisfies SocketOperationHandlers['joinRoom'] } satisfies SocketOperation<T.JoinRoomRequest, T.JoinRoomReply>],
  ['leave-match', { operationId: 'leaveMatch', event: 'leave-match', validatePayload: V.MatchRef, validateReply: V.MatchRef, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'NOT_MEMBER', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: leaveMatch satisfies SocketOperationHandlers['leaveMatch'] } satisfies SocketOperation<T.MatchRef, T.MatchRef>],
  ['leave-room', { operationId: 'leaveRoom', event: 'leave-room', validatePayload: V.RoomRef, validateReply: V.RoomRef, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'NOT_MEMBER', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: leaveRoom satisfies SocketOperationHandlers['leaveRoom'] } satisfies SocketOperation<T.RoomRef, T.RoomRef>],
  ['open-direct', { operationId: 'openDirect', event: 'open-direct', validatePayload: V.OpenDirectRequest, validateReply: V.RoomInfo, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: openDirect satisfies SocketOperationHandlers['openDirect'] } satisfies SocketOperation<T.OpenDirectRequest, T.RoomInfo>],
  ['remove-from-room', { operationId: 'removeFromRoom', event: 'remove-from-room', validatePayload: V.RemoveRequest, validateReply: V.RoomRef, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'NOT_MEMBER', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: removeFromRoom satisfies SocketOperationHandlers['removeFromRoom'] } satisfies SocketOperation<T.RemoveRequest, T.RoomRef>],
  ['room-history', { operationId: 'roomHistory', event: 'room-history', validatePayload: V.HistoryRequest, validateReply: V.HistoryPage, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: roomHistory satisfies SocketOperationHandlers['roomHistory'] } satisfies SocketOperation<T.HistoryRequest, T.HistoryPage>],
  ['send-match-data', { operationId: 'sendMatchData', event: 'send-match-data', validatePayload: V.SendMatchDataRequest, validateReply: V.MatchRef, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_IMPLEMENTED', 'NOT_MEMBER', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: sendMatchData satisfies SocketOperationHandlers['sendMatchData'] } satisfies SocketOperation<T.SendMatchDataRequest, T.MatchRef>],
  ['send-message', { operationId: 'sendMessage', event: 'send-message', validatePayload: V.SendMessageRequest, validateReply: V.MessageReceipt, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: sendMessage satisfies SocketOperationHandlers['sendMessage'] } satisfies SocketOperation<T.SendMessageRequest, T.MessageReceipt>],
  ['set-activity', { operationId: 'setActivity', event: 'set-activity', validatePayload: V.SetActivityRequest, validateReply: V.UserActivity, errorCodes: new Set<T.ErrorCode>(['ACTIVITIES_DISABLED', 'BAD_INPUT', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: setActivity satisfies SocketOperationHandlers['setActivity'] } satisfies SocketOperation<T.SetActivityRequest, T.UserActivity>],
  ['subscribe-db', { operationId: 'subscribeDb', event: 'subscribe-db', validatePayload: V.SubscribeDbRequest, validateReply: V.SubscribeDbReply, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'LIMIT_REACHED', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAUTHENTICATED', 'UNAVAILABLE']), handler: subscribeDb satisfies SocketOperationHandlers['subscribeDb'] } satisfies SocketOperation<T.SubscribeDbRequest, T.SubscribeDbReply>],
  ['unfollow-users', { operationId: 'unfollowUsers', event: 'unfollow-users', validatePayload: V.FollowRequest, validateReply: V.UnfollowReply, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: unfollowUsers satisfies SocketOperationHandlers['unfollowUsers'] } satisfies SocketOperation<T.FollowRequest, T.UnfollowReply>],
  ['unsubscribe-db', { operationId: 'unsubscribeDb', event: 'unsubscribe-db', validatePayload: V.RepoRef, validateReply: V.RepoRef, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: unsubscribeDb satisfies SocketOperationHandlers['unsubscribeDb'] } satisfies SocketOperation<T.RepoRef, T.RepoRef>],
  ['view-room', { operationId: 'viewRoom', event: 'view-room', validatePayload: V.RoomRef, validateReply: V.RoomView, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: viewRoom satisfies SocketOperationHandlers['viewRoom'] } satisfies SocketOperation<T.RoomRef, T.RoomView>],
]);

/** Validators of every server → client event, for outbound validation. */
export const outboundEventValidators: { [E in keyof ServerToClientEvents]: T.Validator<Parameters<ServerToClientEvents[E]>[0]> } = {
  activities: V.ActivityList,
  activity: V.UserActivity,
  closing: V.Closing,
  db_created: V.DbChange,
  db_deleted: V.DbChange,
  db_updated: V.DbChange,
  'frame-error': V.FrameError,
  'match-data': V.MatchData,
  'match-presence': V.MatchPresenceEvent,
  'member-joined': V.MemberEvent,
  'member-left': V.MemberLeftEvent,
  message: V.ChatMessage,
  'message-deleted': V.ChatMessage,
  'message-edited': V.ChatMessage,
  'room-invited': V.RoomInvitation,
  'room-removed': V.RoomRemoval,
  welcome: V.Welcome,
};

/** The handshake's `auth` payload. */
export const validateHandshakeAuth = V.HandshakeAuth;
/** The `data` of a refused handshake's `connect_error`. */
export const validateConnectError = V.Error;
export type ConnectErrorData = T.Error;
