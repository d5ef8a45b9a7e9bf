// generated from spec/asyncapi.yaml by `make generate` — do not edit

import type { ActionContext, SocketContext } from '../src/handlers/context.js';
import { acceptPartyMember } from '../src/handlers/socket/acceptPartyMember.js';
import { closeParty } from '../src/handlers/socket/closeParty.js';
import { createMatch } from '../src/handlers/socket/createMatch.js';
import { createParty } from '../src/handlers/socket/createParty.js';
import { createRoom } from '../src/handlers/socket/createRoom.js';
import { dbChanges } from '../src/handlers/socket/dbChanges.js';
import { deleteMessage } from '../src/handlers/socket/deleteMessage.js';
import { deleteNotifications } from '../src/handlers/socket/deleteNotifications.js';
import { detailsView } from '../src/handlers/actions/detailsView.js';
import { echo } from '../src/handlers/socket/echo.js';
import { editMessage } from '../src/handlers/socket/editMessage.js';
import { followUsers } from '../src/handlers/socket/followUsers.js';
import { getActivities } from '../src/handlers/socket/getActivities.js';
import { getFile } from '../src/handlers/actions/getFile.js';
import { inviteToRoom } from '../src/handlers/socket/inviteToRoom.js';
import { joinMatch } from '../src/handlers/socket/joinMatch.js';
import { joinParty } from '../src/handlers/socket/joinParty.js';
import { joinRoom } from '../src/handlers/socket/joinRoom.js';
import { leaveMatch } from '../src/handlers/socket/leaveMatch.js';
import { leaveParty } from '../src/handlers/socket/leaveParty.js';
import { leaveRoom } from '../src/handlers/socket/leaveRoom.js';
import { listNotifications } from '../src/handlers/socket/listNotifications.js';
import { listPartyRequests } from '../src/handlers/socket/listPartyRequests.js';
import { notifyUser } from '../src/handlers/actions/notifyUser.js';
import { openDirect } from '../src/handlers/socket/openDirect.js';
import { promotePartyMember } from '../src/handlers/socket/promotePartyMember.js';
import { rejectPartyMember } from '../src/handlers/socket/rejectPartyMember.js';
import { removeFromRoom } from '../src/handlers/socket/removeFromRoom.js';
import { removePartyMember } from '../src/handlers/socket/removePartyMember.js';
import { roomHistory } from '../src/handlers/socket/roomHistory.js';
import { roomStats } from '../src/handlers/actions/roomStats.js';
import { sendMatchData } from '../src/handlers/socket/sendMatchData.js';
import { sendMessage } from '../src/handlers/socket/sendMessage.js';
import { sendPartyData } from '../src/handlers/socket/sendPartyData.js';
import { serverTime } from '../src/handlers/actions/serverTime.js';
import { setActivity } from '../src/handlers/socket/setActivity.js';
import { subscribeDb } from '../src/handlers/socket/subscribeDb.js';
import { unfollowUsers } from '../src/handlers/socket/unfollowUsers.js';
import { unsubscribeDb } from '../src/handlers/socket/unsubscribeDb.js';
import { viewRoom } from '../src/handlers/socket/viewRoom.js';
import type * as T from './types.js';
import * as V from './validators/asyncapi.js';

/** Events a client emits: the first type argument of Socket.IO's `Server` and the second of the client's `Socket`. */
export interface ClientToServerEvents {
  /** Let a connection that asked to join in (the leader only) */
  'accept-party-member': (payload: T.PartyMemberRef, ack: (reply: T.PartyView | T.ErrorReply) => void) => void;
  /** End the party for everyone in it (the leader only) */
  'close-party': (payload: T.PartyRef, ack: (reply: T.PartyRef | T.ErrorReply) => void) => void;
  /** Start a relayed match; this connection is its first member */
  'create-match': (payload: T.CreateMatchRequest, ack: (reply: T.Match | T.ErrorReply) => void) => void;
  /** Create an open or closed party; this connection leads it and is its first member */
  'create-party': (payload: T.CreatePartyRequest, ack: (reply: T.PartyView | T.ErrorReply) => void) => void;
  /** Create a public or private room; the creator owns it and joins it */
  'create-room': (payload: T.CreateRoomRequest, ack: (reply: T.RoomInfo | T.ErrorReply) => void) => void;
  /** Page through a repository's changes after a position, those you may read */
  'db-changes': (payload: T.DbChangesRequest, ack: (reply: T.DbChangesPage | T.ErrorReply) => void) => void;
  /** Delete one of your messages; it keeps its place in history */
  'delete-message': (payload: T.MessageRef, ack: (reply: T.MessageReceipt | T.ErrorReply) => void) => void;
  /** Delete some of your stored notifications by id */
  'delete-notifications': (payload: T.DeleteNotificationsRequest, ack: (reply: T.DeletedNotifications | T.ErrorReply) => void) => void;
  /** What the server knows of this caller (actionhero's `detailsView`) */
  'details-view': (payload: T.DetailsViewRequest, ack: (reply: T.CallerDetails | T.ErrorReply) => void) => void;
  /** Send a string and get it back, prefixed with `echo:` */
  echo: (payload: T.EchoRequest, ack: (reply: T.EchoReply | T.ErrorReply) => void) => void;
  /** Replace the body of one of your messages */
  'edit-message': (payload: T.EditMessageRequest, ack: (reply: T.MessageReceipt | T.ErrorReply) => void) => void;
  /** Get the current activity of users and every change of it from now on */
  'follow-users': (payload: T.FollowRequest, ack: (reply: T.FollowReply | T.ErrorReply) => void) => void;
  /** Read the activities this connection may see */
  'get-activities': (payload: T.EmptyRequest, ack: (reply: T.ActivityList | T.ErrorReply) => void) => void;
  /** Fetch a file from the server's public folder (actionhero's `file` verb) */
  file: (payload: T.FileRequest, ack: (reply: T.PublicFile | T.ErrorReply) => void) => void;
  /** Make users members of your private room */
  'invite-to-room': (payload: T.InviteRequest, ack: (reply: T.InviteReply | T.ErrorReply) => void) => void;
  /** Become a member of a match by its id and receive its data and presence events */
  'join-match': (payload: T.MatchRef, ack: (reply: T.Match | T.ErrorReply) => void) => void;
  /** Join an open party at once, or ask the leader of a closed one */
  'join-party': (payload: T.PartyRef, ack: (reply: T.JoinPartyReply | T.ErrorReply) => void) => void;
  /** Become a member of a room and receive its messages on this connection */
  'join-room': (payload: T.JoinRoomRequest, ack: (reply: T.JoinRoomReply | T.ErrorReply) => void) => void;
  /** Stop being a member of a match; the last member to leave ends it */
  'leave-match': (payload: T.MatchRef, ack: (reply: T.MatchRef | T.ErrorReply) => void) => void;
  /** Stop being a member, or withdraw a join request */
  'leave-party': (payload: T.PartyRef, ack: (reply: T.PartyRef | T.ErrorReply) => void) => void;
  /** Stop being a member; every connection of the user leaves the room */
  'leave-room': (payload: T.RoomRef, ack: (reply: T.RoomRef | T.ErrorReply) => void) => void;
  /** Page through your stored notifications, newest first */
  'list-notifications': (payload: T.ListNotificationsRequest, ack: (reply: T.NotificationList | T.ErrorReply) => void) => void;
  /** The connections waiting to join, oldest first (the leader only) */
  'list-party-requests': (payload: T.PartyRef, ack: (reply: T.PartyRequests | T.ErrorReply) => void) => void;
  /** Send another user a notification with an application code */
  'notify-user': (payload: T.NotifyUserRequest, ack: (reply: T.Notification | T.ErrorReply) => void) => void;
  /** Get the stable room of you and another user, creating it the first time */
  'open-direct': (payload: T.OpenDirectRequest, ack: (reply: T.RoomInfo | T.ErrorReply) => void) => void;
  /** Make another member the leader (the leader only) */
  'promote-party-member': (payload: T.PartyMemberRef, ack: (reply: T.PartyView | T.ErrorReply) => void) => void;
  /** Turn down a connection that asked to join (the leader only) */
  'reject-party-member': (payload: T.PartyMemberRef, ack: (reply: T.PartyMemberRef | T.ErrorReply) => void) => void;
  /** Remove a member from your private room */
  'remove-from-room': (payload: T.RemoveRequest, ack: (reply: T.RoomRef | T.ErrorReply) => void) => void;
  /** Kick a member out of the party (the leader only) */
  'remove-party-member': (payload: T.PartyMemberRef, ack: (reply: T.PartyView | T.ErrorReply) => void) => void;
  /** Page through a persistent room’s messages */
  'room-history': (payload: T.HistoryRequest, ack: (reply: T.HistoryPage | T.ErrorReply) => void) => void;
  /** How many members a room has, how many are online, and where its history stands */
  'room-stats': (payload: T.RoomStatsRequest, ack: (reply: T.RoomStats | T.ErrorReply) => void) => void;
  /** Relay an op code and a payload to the other members, or to some of them */
  'send-match-data': (payload: T.SendMatchDataRequest, ack: (reply: T.MatchRef | T.ErrorReply) => void) => void;
  /** Send a JSON object to every member of a room */
  'send-message': (payload: T.SendMessageRequest, ack: (reply: T.MessageReceipt | T.ErrorReply) => void) => void;
  /** Relay an op code and a payload to the other members */
  'send-party-data': (payload: T.SendPartyDataRequest, ack: (reply: T.PartyRef | T.ErrorReply) => void) => void;
  /** The server's clock, to measure a client's offset and round trip */
  'server-time': (payload: T.ServerTimeRequest, ack: (reply: T.ServerTime | T.ErrorReply) => void) => void;
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
  /** Notifications for this user, live or stored while they were away */
  notifications: (payload: T.NotificationList) => void;
  /** The party closed, this connection was removed, or its join request was rejected */
  'party-closed': (payload: T.PartyClosed) => void;
  /** Data a member sent, with its op code and the sender's presence */
  'party-data': (payload: T.PartyData) => void;
  /** A connection asks to join the closed party this connection leads */
  'party-join-request': (payload: T.PartyJoinRequest) => void;
  /** The leader let this connection in; the party as it is now */
  'party-joined': (payload: T.PartyView) => void;
  /** The party has a new leader */
  'party-leader': (payload: T.PartyLeaderEvent) => void;
  /** Connections joined or left a party this connection is in */
  'party-presence': (payload: T.PartyPresenceEvent) => void;
  /** This user was made a member of a private or direct room */
  'room-invited': (payload: T.RoomInvitation) => void;
  /** The owner removed this user from a private room */
  'room-removed': (payload: T.RoomRemoval) => void;
  /** Says that the server has begun to stop, and when to reconnect */
  'server-shutdown': (payload: T.ServerShutdown) => void;
  /** Sent once, right after a handshake is accepted */
  welcome: (payload: T.Welcome) => void;
}

/** One handler per client → server operation; implementations live in src/handlers/socket/<operationId>.ts. */
export interface SocketOperationHandlers {
  /**
   * Let a connection that asked to join in (the leader only)
   *
   * Event `accept-party-member`, acknowledged with `PartyView`.
   */
  acceptPartyMember(payload: T.PartyMemberRef, ctx: SocketContext): Promise<T.PartyView> | T.PartyView;
  /**
   * End the party for everyone in it (the leader only)
   *
   * Event `close-party`, acknowledged with `PartyRef`.
   */
  closeParty(payload: T.PartyRef, ctx: SocketContext): Promise<T.PartyRef> | T.PartyRef;
  /**
   * Start a relayed match; this connection is its first member
   *
   * Event `create-match`, acknowledged with `Match`.
   */
  createMatch(payload: T.CreateMatchRequest, ctx: SocketContext): Promise<T.Match> | T.Match;
  /**
   * Create an open or closed party; this connection leads it and is its first member
   *
   * Event `create-party`, acknowledged with `PartyView`.
   */
  createParty(payload: T.CreatePartyRequest, ctx: SocketContext): Promise<T.PartyView> | T.PartyView;
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
   * Delete some of your stored notifications by id
   *
   * Event `delete-notifications`, acknowledged with `DeletedNotifications`.
   */
  deleteNotifications(payload: T.DeleteNotificationsRequest, ctx: SocketContext): Promise<T.DeletedNotifications> | T.DeletedNotifications;
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
   * Join an open party at once, or ask the leader of a closed one
   *
   * Event `join-party`, acknowledged with `JoinPartyReply`.
   */
  joinParty(payload: T.PartyRef, ctx: SocketContext): Promise<T.JoinPartyReply> | T.JoinPartyReply;
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
   * Stop being a member, or withdraw a join request
   *
   * Event `leave-party`, acknowledged with `PartyRef`.
   */
  leaveParty(payload: T.PartyRef, ctx: SocketContext): Promise<T.PartyRef> | T.PartyRef;
  /**
   * Stop being a member; every connection of the user leaves the room
   *
   * Event `leave-room`, acknowledged with `RoomRef`.
   */
  leaveRoom(payload: T.RoomRef, ctx: SocketContext): Promise<T.RoomRef> | T.RoomRef;
  /**
   * Page through your stored notifications, newest first
   *
   * Event `list-notifications`, acknowledged with `NotificationList`.
   */
  listNotifications(payload: T.ListNotificationsRequest, ctx: SocketContext): Promise<T.NotificationList> | T.NotificationList;
  /**
   * The connections waiting to join, oldest first (the leader only)
   *
   * Event `list-party-requests`, acknowledged with `PartyRequests`.
   */
  listPartyRequests(payload: T.PartyRef, ctx: SocketContext): Promise<T.PartyRequests> | T.PartyRequests;
  /**
   * Get the stable room of you and another user, creating it the first time
   *
   * Event `open-direct`, acknowledged with `RoomInfo`.
   */
  openDirect(payload: T.OpenDirectRequest, ctx: SocketContext): Promise<T.RoomInfo> | T.RoomInfo;
  /**
   * Make another member the leader (the leader only)
   *
   * Event `promote-party-member`, acknowledged with `PartyView`.
   */
  promotePartyMember(payload: T.PartyMemberRef, ctx: SocketContext): Promise<T.PartyView> | T.PartyView;
  /**
   * Turn down a connection that asked to join (the leader only)
   *
   * Event `reject-party-member`, acknowledged with `PartyMemberRef`.
   */
  rejectPartyMember(payload: T.PartyMemberRef, ctx: SocketContext): Promise<T.PartyMemberRef> | T.PartyMemberRef;
  /**
   * Remove a member from your private room
   *
   * Event `remove-from-room`, acknowledged with `RoomRef`.
   */
  removeFromRoom(payload: T.RemoveRequest, ctx: SocketContext): Promise<T.RoomRef> | T.RoomRef;
  /**
   * Kick a member out of the party (the leader only)
   *
   * Event `remove-party-member`, acknowledged with `PartyView`.
   */
  removePartyMember(payload: T.PartyMemberRef, ctx: SocketContext): Promise<T.PartyView> | T.PartyView;
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
   * Relay an op code and a payload to the other members
   *
   * Event `send-party-data`, acknowledged with `PartyRef`.
   */
  sendPartyData(payload: T.SendPartyDataRequest, ctx: SocketContext): Promise<T.PartyRef> | T.PartyRef;
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
 * One handler per action (`x-action: true`); implementations live in src/handlers/actions/<operationId>.ts.
 * An action answers Socket.IO (its event), `/ws` (an `action` envelope) and HTTP
 * (`POST /api/actions/{name}`) alike, so its handler sees the caller, not a transport's connection.
 */
export interface ActionHandlers {
  /**
   * What the server knows of this caller (actionhero's `detailsView`)
   *
   * Action `details-view`, answered with `CallerDetails`.
   */
  detailsView(payload: T.DetailsViewRequest, ctx: ActionContext): Promise<T.CallerDetails> | T.CallerDetails;
  /**
   * Fetch a file from the server's public folder (actionhero's `file` verb)
   *
   * Action `file`, answered with `PublicFile`.
   */
  getFile(payload: T.FileRequest, ctx: ActionContext): Promise<T.PublicFile> | T.PublicFile;
  /**
   * Send another user a notification with an application code
   *
   * Action `notify-user`, answered with `Notification`.
   */
  notifyUser(payload: T.NotifyUserRequest, ctx: ActionContext): Promise<T.Notification> | T.Notification;
  /**
   * How many members a room has, how many are online, and where its history stands
   *
   * Action `room-stats`, answered with `RoomStats`.
   */
  roomStats(payload: T.RoomStatsRequest, ctx: ActionContext): Promise<T.RoomStats> | T.RoomStats;
  /**
   * The server's clock, to measure a client's offset and round trip
   *
   * Action `server-time`, answered with `ServerTime`.
   */
  serverTime(payload: T.ServerTimeRequest, ctx: ActionContext): Promise<T.ServerTime> | T.ServerTime;
}

/**
 * What the transport needs to run one inbound event. Each entry of the table is checked against its own
 * payload and reply types (`satisfies EventOperation<Payload, Reply>`); the table holds them as
 * `SocketOperation` (unknown, unknown). `handler` is a method so that this is allowed (TypeScript
 * checks method parameters bivariantly), which is sound here because the transport passes a handler only
 * a payload that its own entry's `validatePayload` accepted.
 */
interface OperationEntry<Payload, Reply> {
  operationId: string;
  /** The Socket.IO event; for an action, also its name over `/ws` and HTTP. */
  event: string;
  validatePayload: T.Validator<Payload>;
  /** The acknowledgement's success payload; undefined when the operation takes no acknowledgement. */
  validateReply: T.Validator<Reply> | undefined;
  /** The error codes its acknowledgement may carry (reply `x-errors` and the server's `x-request-errors`). */
  errorCodes: ReadonlySet<T.ErrorCode>;
}

/** A Socket.IO request or event: its handler sees the connection. */
export interface EventOperation<Payload = unknown, Reply = unknown> extends OperationEntry<Payload, Reply> {
  action?: false;
  handler(payload: Payload, ctx: SocketContext): Promise<Reply> | Reply;
}

/** An action: its handler sees the caller, whichever transport it came by. */
export interface ActionOperation<Payload = unknown, Reply = unknown> extends OperationEntry<Payload, Reply> {
  action: true;
  validateReply: T.Validator<Reply>;
  handler(payload: Payload, ctx: ActionContext): Promise<Reply> | Reply;
}

export type SocketOperation<Payload = unknown, Reply = unknown> =
  | EventOperation<Payload, Reply>
  | ActionOperation<Payload, Reply>;

/** Inbound dispatch: event name → operation. A Map, so no event name can reach Object.prototype. */
export const socketOperations: ReadonlyMap<string, SocketOperation> = new Map<string, SocketOperation>([
  ['accept-party-member', { operationId: 'acceptPartyMember', event: 'accept-party-member', validatePayload: V.PartyMemberRef, validateReply: V.PartyView, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'LIMIT_REACHED', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'NOT_MEMBER', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: acceptPartyMember satisfies SocketOperationHandlers['acceptPartyMember'] } satisfies EventOperation<T.PartyMemberRef, T.PartyView>],
  ['close-party', { operationId: 'closeParty', event: 'close-party', validatePayload: V.PartyRef, validateReply: V.PartyRef, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'NOT_MEMBER', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: closeParty satisfies SocketOperationHandlers['closeParty'] } satisfies EventOperation<T.PartyRef, T.PartyRef>],
  ['create-match', { operationId: 'createMatch', event: 'create-match', validatePayload: V.CreateMatchRequest, validateReply: V.Match, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'LIMIT_REACHED', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: createMatch satisfies SocketOperationHandlers['createMatch'] } satisfies EventOperation<T.CreateMatchRequest, T.Match>],
  ['create-party', { operationId: 'createParty', event: 'create-party', validatePayload: V.CreatePartyRequest, validateReply: V.PartyView, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'LIMIT_REACHED', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: createParty satisfies SocketOperationHandlers['createParty'] } satisfies EventOperation<T.CreatePartyRequest, T.PartyView>],
  ['create-room', { operationId: 'createRoom', event: 'create-room', validatePayload: V.CreateRoomRequest, validateReply: V.RoomInfo, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'CONFLICT', 'FORBIDDEN', 'INTERNAL', 'LIMIT_REACHED', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: createRoom satisfies SocketOperationHandlers['createRoom'] } satisfies EventOperation<T.CreateRoomRequest, T.RoomInfo>],
  ['db-changes', { operationId: 'dbChanges', event: 'db-changes', validatePayload: V.DbChangesRequest, validateReply: V.DbChangesPage, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAUTHENTICATED', 'UNAVAILABLE']), handler: dbChanges satisfies SocketOperationHandlers['dbChanges'] } satisfies EventOperation<T.DbChangesRequest, T.DbChangesPage>],
  ['delete-message', { operationId: 'deleteMessage', event: 'delete-message', validatePayload: V.MessageRef, validateReply: V.MessageReceipt, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: deleteMessage satisfies SocketOperationHandlers['deleteMessage'] } satisfies EventOperation<T.MessageRef, T.MessageReceipt>],
  ['delete-notifications', { operationId: 'deleteNotifications', event: 'delete-notifications', validatePayload: V.DeleteNotificationsRequest, validateReply: V.DeletedNotifications, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: deleteNotifications satisfies SocketOperationHandlers['deleteNotifications'] } satisfies EventOperation<T.DeleteNotificationsRequest, T.DeletedNotifications>],
  ['details-view', { action: true, operationId: 'detailsView', event: 'details-view', validatePayload: V.DetailsViewRequest, validateReply: V.CallerDetails, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'LIMIT_REACHED', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'TIMEOUT', 'UNAVAILABLE']), handler: detailsView satisfies ActionHandlers['detailsView'] } satisfies ActionOperation<T.DetailsViewRequest, T.CallerDetails>],
  ['echo', { operationId: 'echo', event: 'echo', validatePayload: V.EchoRequest, validateReply: V.EchoReply, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: echo satisfies SocketOperationHandlers['echo'] } satisfies EventOperation<T.EchoRequest, T.EchoReply>],
  ['edit-message', { operationId: 'editMessage', event: 'edit-message', validatePayload: V.EditMessageRequest, validateReply: V.MessageReceipt, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: editMessage satisfies SocketOperationHandlers['editMessage'] } satisfies EventOperation<T.EditMessageRequest, T.MessageReceipt>],
  ['follow-users', { operationId: 'followUsers', event: 'follow-users', validatePayload: V.FollowRequest, validateReply: V.FollowReply, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: followUsers satisfies SocketOperationHandlers['followUsers'] } satisfies EventOperation<T.FollowRequest, T.FollowReply>],
  ['get-activities', { operationId: 'getActivities', event: 'get-activities', validatePayload: V.EmptyRequest, validateReply: V.ActivityList, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: getActivities satisfies SocketOperationHandlers['getActivities'] } satisfies EventOperation<T.EmptyRequest, T.ActivityList>],
  ['file', { action: true, operationId: 'getFile', event: 'file', validatePayload: V.FileRequest, validateReply: V.PublicFile, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'LIMIT_REACHED', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'TIMEOUT', 'UNAVAILABLE']), handler: getFile satisfies ActionHandlers['getFile'] } satisfies ActionOperation<T.FileRequest, T.PublicFile>],
  ['invite-to-room', { operationId: 'inviteToRoom', event: 'invite-to-room', validatePayload: V.InviteRequest, validateReply: V.InviteReply, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'LIMIT_REACHED', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: inviteToRoom satisfies SocketOperationHandlers['inviteToRoom'] } satisfies EventOperation<T.InviteRequest, T.InviteReply>],
  ['join-match', { operationId: 'joinMatch', event: 'join-match', validatePayload: V.MatchRef, validateReply: V.Match, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'LIMIT_REACHED', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: joinMatch satisfies SocketOperationHandlers['joinMatch'] } satisfies EventOperation<T.MatchRef, T.Match>],
  ['join-party', { operationId: 'joinParty', event: 'join-party', validatePayload: V.PartyRef, validateReply: V.JoinPartyReply, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'CONFLICT', 'INTERNAL', 'LIMIT_REACHED', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: joinParty satisfies SocketOperationHandlers['joinParty'] } satisfies EventOperation<T.PartyRef, T.JoinPartyReply>],
  ['join-room', { operationId: 'joinRoom', event: 'join-room', validatePayload: V.JoinRoomRequest, validateReply: V.JoinRoomReply, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'LIMIT_REACHED', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: joinRoom satisfies SocketOperationHandlers['joinRoom'] } satisfies EventOperation<T.JoinRoomRequest, T.JoinRoomReply>],
  ['leave-match', { operationId: 'leaveMatch', event: 'leave-match', validatePayload: V.MatchRef, validateReply: V.MatchRef, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'NOT_MEMBER', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: leaveMatch satisfies SocketOperationHandlers['leaveMatch'] } satisfies EventOperation<T.MatchRef, T.MatchRef>],
  ['leave-party', { operationId: 'leaveParty', event: 'leave-party', validatePayload: V.PartyRef, validateReply: V.PartyRef, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'NOT_MEMBER', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: leaveParty satisfies SocketOperationHandlers['leaveParty'] } satisfies EventOperation<T.PartyRef, T.PartyRef>],
  ['leave-room', { operationId: 'leaveRoom', event: 'leave-room', validatePayload: V.RoomRef, validateReply: V.RoomRef, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'NOT_MEMBER', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: leaveRoom satisfies SocketOperationHandlers['leaveRoom'] } satisfies EventOperation<T.RoomRef, T.RoomRef>],
  ['list-notifications', { operationId: 'listNotifications', event: 'list-notifications', validatePayload: V.ListNotificationsRequest, validateReply: V.NotificationList, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: listNotifications satisfies SocketOperationHandlers['listNotifications'] } satisfies EventOperation<T.ListNotificationsRequest, T.NotificationList>],
  ['list-party-requests', { operationId: 'listPartyRequests', event: 'list-party-requests', validatePayload: V.PartyRef, validateReply: V.PartyRequests, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'NOT_MEMBER', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: listPartyRequests satisfies SocketOperationHandlers['listPartyRequests'] } satisfies EventOperation<T.PartyRef, T.PartyRequests>],
  ['notify-user', { action: true, operationId: 'notifyUser', event: 'notify-user', validatePayload: V.NotifyUserRequest, validateReply: V.Notification, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'LIMIT_REACHED', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'TIMEOUT', 'UNAVAILABLE']), handler: notifyUser satisfies ActionHandlers['notifyUser'] } satisfies ActionOperation<T.NotifyUserRequest, T.Notification>],
  ['open-direct', { operationId: 'openDirect', event: 'open-direct', validatePayload: V.OpenDirectRequest, validateReply: V.RoomInfo, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: openDirect satisfies SocketOperationHandlers['openDirect'] } satisfies EventOperation<T.OpenDirectRequest, T.RoomInfo>],
  ['promote-party-member', { operationId: 'promotePartyMember', event: 'promote-party-member', validatePayload: V.PartyMemberRef, validateReply: V.PartyView, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'NOT_MEMBER', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: promotePartyMember satisfies SocketOperationHandlers['promotePartyMember'] } satisfies EventOperation<T.PartyMemberRef, T.PartyView>],
  ['reject-party-member', { operationId: 'rejectPartyMember', event: 'reject-party-member', validatePayload: V.PartyMemberRef, validateReply: V.PartyMemberRef, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'NOT_MEMBER', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: rejectPartyMember satisfies SocketOperationHandlers['rejectPartyMember'] } satisfies EventOperation<T.PartyMemberRef, T.PartyMemberRef>],
  ['remove-from-room', { operationId: 'removeFromRoom', event: 'remove-from-room', validatePayload: V.RemoveRequest, validateReply: V.RoomRef, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'NOT_MEMBER', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: removeFromRoom satisfies SocketOperationHandlers['removeFromRoom'] } satisfies EventOperation<T.RemoveRequest, T.RoomRef>],
  ['remove-party-member', { operationId: 'removePartyMember', event: 'remove-party-member', validatePayload: V.PartyMemberRef, validateReply: V.PartyView, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'NOT_MEMBER', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: removePartyMember satisfies SocketOperationHandlers['removePartyMember'] } satisfies EventOperation<T.PartyMemberRef, T.PartyView>],
  ['room-history', { operationId: 'roomHistory', event: 'room-history', validatePayload: V.HistoryRequest, validateReply: V.HistoryPage, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: roomHistory satisfies SocketOperationHandlers['roomHistory'] } satisfies EventOperation<T.HistoryRequest, T.HistoryPage>],
  ['room-stats', { action: true, operationId: 'roomStats', event: 'room-stats', validatePayload: V.RoomStatsRequest, validateReply: V.RoomStats, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'LIMIT_REACHED', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'TIMEOUT', 'UNAVAILABLE']), handler: roomStats satisfies ActionHandlers['roomStats'] } satisfies ActionOperation<T.RoomStatsRequest, T.RoomStats>],
  ['send-match-data', { operationId: 'sendMatchData', event: 'send-match-data', validatePayload: V.SendMatchDataRequest, validateReply: V.MatchRef, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_IMPLEMENTED', 'NOT_MEMBER', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: sendMatchData satisfies SocketOperationHandlers['sendMatchData'] } satisfies EventOperation<T.SendMatchDataRequest, T.MatchRef>],
  ['send-message', { operationId: 'sendMessage', event: 'send-message', validatePayload: V.SendMessageRequest, validateReply: V.MessageReceipt, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: sendMessage satisfies SocketOperationHandlers['sendMessage'] } satisfies EventOperation<T.SendMessageRequest, T.MessageReceipt>],
  ['send-party-data', { operationId: 'sendPartyData', event: 'send-party-data', validatePayload: V.SendPartyDataRequest, validateReply: V.PartyRef, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'NOT_MEMBER', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: sendPartyData satisfies SocketOperationHandlers['sendPartyData'] } satisfies EventOperation<T.SendPartyDataRequest, T.PartyRef>],
  ['server-time', { action: true, operationId: 'serverTime', event: 'server-time', validatePayload: V.ServerTimeRequest, validateReply: V.ServerTime, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'LIMIT_REACHED', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'TIMEOUT', 'UNAVAILABLE']), handler: serverTime satisfies ActionHandlers['serverTime'] } satisfies ActionOperation<T.ServerTimeRequest, T.ServerTime>],
  ['set-activity', { operationId: 'setActivity', event: 'set-activity', validatePayload: V.SetActivityRequest, validateReply: V.UserActivity, errorCodes: new Set<T.ErrorCode>(['ACTIVITIES_DISABLED', 'BAD_INPUT', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: setActivity satisfies SocketOperationHandlers['setActivity'] } satisfies EventOperation<T.SetActivityRequest, T.UserActivity>],
  ['subscribe-db', { operationId: 'subscribeDb', event: 'subscribe-db', validatePayload: V.SubscribeDbRequest, validateReply: V.SubscribeDbReply, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'LIMIT_REACHED', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAUTHENTICATED', 'UNAVAILABLE']), handler: subscribeDb satisfies SocketOperationHandlers['subscribeDb'] } satisfies EventOperation<T.SubscribeDbRequest, T.SubscribeDbReply>],
  ['unfollow-users', { operationId: 'unfollowUsers', event: 'unfollow-users', validatePayload: V.FollowRequest, validateReply: V.UnfollowReply, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: unfollowUsers satisfies SocketOperationHandlers['unfollowUsers'] } satisfies EventOperation<T.FollowRequest, T.UnfollowReply>],
  ['unsubscribe-db', { operationId: 'unsubscribeDb', event: 'unsubscribe-db', validatePayload: V.RepoRef, validateReply: V.RepoRef, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'INTERNAL', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: unsubscribeDb satisfies SocketOperationHandlers['unsubscribeDb'] } satisfies EventOperation<T.RepoRef, T.RepoRef>],
  ['view-room', { operationId: 'viewRoom', event: 'view-room', validatePayload: V.RoomRef, validateReply: V.RoomView, errorCodes: new Set<T.ErrorCode>(['BAD_INPUT', 'FORBIDDEN', 'INTERNAL', 'NOT_FOUND', 'NOT_IMPLEMENTED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNAVAILABLE']), handler: viewRoom satisfies SocketOperationHandlers['viewRoom'] } satisfies EventOperation<T.RoomRef, T.RoomView>],
]);

/** The actions by name, for the transports that reach them by name (`/ws`, HTTP). */
export const actions: ReadonlyMap<string, ActionOperation> = new Map(
  [...socketOperations].filter((entry): entry is [string, ActionOperation] => entry[1].action === true),
);

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
  notifications: V.NotificationList,
  'party-closed': V.PartyClosed,
  'party-data': V.PartyData,
  'party-join-request': V.PartyJoinRequest,
  'party-joined': V.PartyView,
  'party-leader': V.PartyLeaderEvent,
  'party-presence': V.PartyPresenceEvent,
  'room-invited': V.RoomInvitation,
  'room-removed': V.RoomRemoval,
  'server-shutdown': V.ServerShutdown,
  welcome: V.Welcome,
};

/** The handshake's `auth` payload. */
export const validateHandshakeAuth = V.HandshakeAuth;
/** The `data` of a refused handshake's `connect_error`. */
export const validateConnectError = V.Error;
export type ConnectErrorData = T.Error;
