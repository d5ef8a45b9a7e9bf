import type {
  ChatMessage,
  DbChange,
  MatchData,
  MatchPresenceEvent,
  MemberEvent,
  MemberLeftEvent,
  NotificationList,
  PartyClosed,
  PartyData,
  PartyJoinRequest,
  PartyLeaderEvent,
  PartyPresenceEvent,
  PartyView,
  RoomInvitation,
  RoomRemoval,
  UserActivity,
} from '../../../generated/types.js';

/**
 * The events core/ sends to connections through the bus, by event name (names and payloads as
 * spec/asyncapi.yaml says). A transport delivers those its wire can carry: Socket.IO all of them, the
 * raw envelope activities, messages and database changes.
 */
export interface BusEvents {
  activity: UserActivity;
  message: ChatMessage;
  'message-edited': ChatMessage;
  'message-deleted': ChatMessage;
  'member-joined': MemberEvent;
  'member-left': MemberLeftEvent;
  'room-invited': RoomInvitation;
  'room-removed': RoomRemoval;
  db_created: DbChange;
  db_updated: DbChange;
  db_deleted: DbChange;
  notifications: NotificationList;
  'party-presence': PartyPresenceEvent;
  'party-leader': PartyLeaderEvent;
  'party-data': PartyData;
  'party-join-request': PartyJoinRequest;
  'party-joined': PartyView;
  'party-closed': PartyClosed;
  'match-data': MatchData;
  'match-presence': MatchPresenceEvent;
}

export type BusEvent = keyof BusEvents;
