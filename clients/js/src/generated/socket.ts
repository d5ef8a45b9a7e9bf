// generated from spec/asyncapi.yaml by `make generate` — do not edit

import type * as T from './types.js';

/** Client → server events (`action: receive`), by event name. */
export interface SocketRequests {
  /** Let a connection that asked to join in (the leader only) */
  'accept-party-member': { payload: T.PartyMemberRef; reply: T.PartyView; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'LIMIT_REACHED' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'NOT_MEMBER' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** End the party for everyone in it (the leader only) */
  'close-party': { payload: T.PartyRef; reply: T.PartyRef; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'NOT_MEMBER' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Start a relayed match; this connection is its first member */
  'create-match': { payload: T.CreateMatchRequest; reply: T.Match; errors: 'BAD_INPUT' | 'INTERNAL' | 'LIMIT_REACHED' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Create an open or closed party; this connection leads it and is its first member */
  'create-party': { payload: T.CreatePartyRequest; reply: T.PartyView; errors: 'BAD_INPUT' | 'INTERNAL' | 'LIMIT_REACHED' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Create a public or private room; the creator owns it and joins it */
  'create-room': { payload: T.CreateRoomRequest; reply: T.RoomInfo; errors: 'BAD_INPUT' | 'CONFLICT' | 'FORBIDDEN' | 'INTERNAL' | 'LIMIT_REACHED' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Page through a repository's changes after a position, those you may read */
  'db-changes': { payload: T.DbChangesRequest; reply: T.DbChangesPage; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAUTHENTICATED' | 'UNAVAILABLE' };
  /** Delete one of your messages; it keeps its place in history */
  'delete-message': { payload: T.MessageRef; reply: T.MessageReceipt; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Delete some of your stored notifications by id */
  'delete-notifications': { payload: T.DeleteNotificationsRequest; reply: T.DeletedNotifications; errors: 'BAD_INPUT' | 'INTERNAL' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** What the server knows of this caller (actionhero's `detailsView`) */
  'details-view': { payload: T.DetailsViewRequest; reply: T.CallerDetails; errors: 'BAD_INPUT' | 'INTERNAL' | 'LIMIT_REACHED' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'TIMEOUT' | 'UNAVAILABLE' };
  /** Send a string and get it back, prefixed with `echo:` */
  echo: { payload: T.EchoRequest; reply: T.EchoReply; errors: 'BAD_INPUT' | 'INTERNAL' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Replace the body of one of your messages */
  'edit-message': { payload: T.EditMessageRequest; reply: T.MessageReceipt; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Get the current activity of users and every change of it from now on */
  'follow-users': { payload: T.FollowRequest; reply: T.FollowReply; errors: 'BAD_INPUT' | 'INTERNAL' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Read the activities this connection may see */
  'get-activities': { payload: T.EmptyRequest; reply: T.ActivityList; errors: 'BAD_INPUT' | 'INTERNAL' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Fetch a file from the server's public folder (actionhero's `file` verb) */
  file: { payload: T.FileRequest; reply: T.PublicFile; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'LIMIT_REACHED' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'TIMEOUT' | 'UNAVAILABLE' };
  /** Make users members of your private room */
  'invite-to-room': { payload: T.InviteRequest; reply: T.InviteReply; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'LIMIT_REACHED' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Become a member of a match by its id and receive its data and presence events */
  'join-match': { payload: T.MatchRef; reply: T.Match; errors: 'BAD_INPUT' | 'INTERNAL' | 'LIMIT_REACHED' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Join an open party at once, or ask the leader of a closed one */
  'join-party': { payload: T.PartyRef; reply: T.JoinPartyReply; errors: 'BAD_INPUT' | 'CONFLICT' | 'INTERNAL' | 'LIMIT_REACHED' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Become a member of a room and receive its messages on this connection */
  'join-room': { payload: T.JoinRoomRequest; reply: T.JoinRoomReply; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'LIMIT_REACHED' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Stop being a member of a match; the last member to leave ends it */
  'leave-match': { payload: T.MatchRef; reply: T.MatchRef; errors: 'BAD_INPUT' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'NOT_MEMBER' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Stop being a member, or withdraw a join request */
  'leave-party': { payload: T.PartyRef; reply: T.PartyRef; errors: 'BAD_INPUT' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'NOT_MEMBER' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Stop being a member; every connection of the user leaves the room */
  'leave-room': { payload: T.RoomRef; reply: T.RoomRef; errors: 'BAD_INPUT' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'NOT_MEMBER' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Page through your stored notifications, newest first */
  'list-notifications': { payload: T.ListNotificationsRequest; reply: T.NotificationList; errors: 'BAD_INPUT' | 'INTERNAL' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** The connections waiting to join, oldest first (the leader only) */
  'list-party-requests': { payload: T.PartyRef; reply: T.PartyRequests; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'NOT_MEMBER' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Send another user a notification with an application code */
  'notify-user': { payload: T.NotifyUserRequest; reply: T.Notification; errors: 'BAD_INPUT' | 'INTERNAL' | 'LIMIT_REACHED' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'TIMEOUT' | 'UNAVAILABLE' };
  /** Get the stable room of you and another user, creating it the first time */
  'open-direct': { payload: T.OpenDirectRequest; reply: T.RoomInfo; errors: 'BAD_INPUT' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Make another member the leader (the leader only) */
  'promote-party-member': { payload: T.PartyMemberRef; reply: T.PartyView; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'NOT_MEMBER' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Turn down a connection that asked to join (the leader only) */
  'reject-party-member': { payload: T.PartyMemberRef; reply: T.PartyMemberRef; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'NOT_MEMBER' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Remove a member from your private room */
  'remove-from-room': { payload: T.RemoveRequest; reply: T.RoomRef; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'NOT_MEMBER' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Kick a member out of the party (the leader only) */
  'remove-party-member': { payload: T.PartyMemberRef; reply: T.PartyView; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'NOT_MEMBER' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Page through a persistent room’s messages */
  'room-history': { payload: T.HistoryRequest; reply: T.HistoryPage; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** How many members a room has, how many are online, and where its history stands */
  'room-stats': { payload: T.RoomStatsRequest; reply: T.RoomStats; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'LIMIT_REACHED' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'TIMEOUT' | 'UNAVAILABLE' };
  /** Relay an op code and a payload to the other members, or to some of them */
  'send-match-data': { payload: T.SendMatchDataRequest; reply: T.MatchRef; errors: 'BAD_INPUT' | 'INTERNAL' | 'NOT_IMPLEMENTED' | 'NOT_MEMBER' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Send a JSON object to every member of a room */
  'send-message': { payload: T.SendMessageRequest; reply: T.MessageReceipt; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Relay an op code and a payload to the other members */
  'send-party-data': { payload: T.SendPartyDataRequest; reply: T.PartyRef; errors: 'BAD_INPUT' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'NOT_MEMBER' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** The server's clock, to measure a client's offset and round trip */
  'server-time': { payload: T.ServerTimeRequest; reply: T.ServerTime; errors: 'BAD_INPUT' | 'INTERNAL' | 'LIMIT_REACHED' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'TIMEOUT' | 'UNAVAILABLE' };
  /** Report what the user is doing; everyone else sees it */
  'set-activity': { payload: T.SetActivityRequest; reply: T.UserActivity; errors: 'ACTIVITIES_DISABLED' | 'BAD_INPUT' | 'INTERNAL' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Receive a repository's changes (StaticBackend's `db-<repo>` channel), for the documents you may read */
  'subscribe-db': { payload: T.SubscribeDbRequest; reply: T.SubscribeDbReply; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'LIMIT_REACHED' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAUTHENTICATED' | 'UNAVAILABLE' };
  /** Stop following users */
  'unfollow-users': { payload: T.FollowRequest; reply: T.UnfollowReply; errors: 'BAD_INPUT' | 'INTERNAL' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Stop receiving a repository's changes */
  'unsubscribe-db': { payload: T.RepoRef; reply: T.RepoRef; errors: 'BAD_INPUT' | 'INTERNAL' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
  /** Read a room with its members, each with their activity */
  'view-room': { payload: T.RoomRef; reply: T.RoomView; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE' };
}

/** Server → client events (`action: send`), by event name: the payload of each. */
export interface ServerEvents {
  /** The activities this connection may see, sent once right after `welcome` */
  activities: T.ActivityList;
  /** One user's activity changed */
  activity: T.UserActivity;
  /** Says why the server is about to close this connection, just before it does */
  closing: T.Closing;
  /** A document you may read was created in a repository you subscribed to */
  db_created: T.DbChange;
  /** A document you could read was deleted: its id, owner and account, no data */
  db_deleted: T.DbChange;
  /** A document you may read was replaced or patched */
  db_updated: T.DbChange;
  /** Tells the client why an event it sent without an acknowledgement callback was refused */
  'frame-error': T.FrameError;
  /** A member sent data to the match */
  'match-data': T.MatchData;
  /** Connections joined or left a match this connection is in */
  'match-presence': T.MatchPresenceEvent;
  /** A user became a member of a room this connection is in */
  'member-joined': T.MemberEvent;
  /** A user stopped being a member */
  'member-left': T.MemberLeftEvent;
  /** A message in a room this connection is in */
  message: T.ChatMessage;
  /** A message was deleted (no body, `deletedAt` set) */
  'message-deleted': T.ChatMessage;
  /** A message was edited */
  'message-edited': T.ChatMessage;
  /** Notifications for this user, live or stored while they were away */
  notifications: T.NotificationList;
  /** The party closed, this connection was removed, or its join request was rejected */
  'party-closed': T.PartyClosed;
  /** Data a member sent, with its op code and the sender's presence */
  'party-data': T.PartyData;
  /** A connection asks to join the closed party this connection leads */
  'party-join-request': T.PartyJoinRequest;
  /** The leader let this connection in; the party as it is now */
  'party-joined': T.PartyView;
  /** The party has a new leader */
  'party-leader': T.PartyLeaderEvent;
  /** Connections joined or left a party this connection is in */
  'party-presence': T.PartyPresenceEvent;
  /** This user was made a member of a private or direct room */
  'room-invited': T.RoomInvitation;
  /** The owner removed this user from a private room */
  'room-removed': T.RoomRemoval;
  /** Says that the server has begun to stop, and when to reconnect */
  'server-shutdown': T.ServerShutdown;
  /** Sent once, right after a handshake is accepted */
  welcome: T.Welcome;
}

/** The handshake's `auth` payload. */
export type HandshakeAuthPayload = T.HandshakeAuth;

/** The `data` of a refused handshake's `connect_error`. */
export type ConnectErrorPayload = T.Error;

/**
 * The actions (`x-action: true`): requests any transport can call by name, Socket.IO by its event,
 * `/ws` with an `action` envelope, HTTP with `POST /api/actions/{name}`.
 */
export const actionNames = ['details-view', 'file', 'notify-user', 'room-stats', 'server-time'] as const;
export type ActionName = (typeof actionNames)[number];

/** Whether the server acknowledges each request (an operation with a `reply`). */
export const acknowledgedRequests: { readonly [E in keyof SocketRequests]: boolean } = {
  'accept-party-member': true,
  'close-party': true,
  'create-match': true,
  'create-party': true,
  'create-room': true,
  'db-changes': true,
  'delete-message': true,
  'delete-notifications': true,
  'details-view': true,
  echo: true,
  'edit-message': true,
  'follow-users': true,
  'get-activities': true,
  file: true,
  'invite-to-room': true,
  'join-match': true,
  'join-party': true,
  'join-room': true,
  'leave-match': true,
  'leave-party': true,
  'leave-room': true,
  'list-notifications': true,
  'list-party-requests': true,
  'notify-user': true,
  'open-direct': true,
  'promote-party-member': true,
  'reject-party-member': true,
  'remove-from-room': true,
  'remove-party-member': true,
  'room-history': true,
  'room-stats': true,
  'send-match-data': true,
  'send-message': true,
  'send-party-data': true,
  'server-time': true,
  'set-activity': true,
  'subscribe-db': true,
  'unfollow-users': true,
  'unsubscribe-db': true,
  'view-room': true,
};
