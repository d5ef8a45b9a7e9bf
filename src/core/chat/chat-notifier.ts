import type {
  ChatMessage,
  MemberEvent,
  MemberLeftEvent,
  RoomInvitation,
  RoomRemoval,
} from '../../../generated/types.js';

/** The chat events core/ sends, by event name (names and payloads as spec/asyncapi.yaml says). */
export interface ChatEvents {
  message: ChatMessage;
  'message-edited': ChatMessage;
  'message-deleted': ChatMessage;
  'member-joined': MemberEvent;
  'member-left': MemberLeftEvent;
  'room-invited': RoomInvitation;
  'room-removed': RoomRemoval;
}

/** Who gets an event: the connections in a room, or every connection of some users. */
export type ChatTarget = { room: string } | { users: readonly string[] };

/**
 * How chat reaches connections: implemented by the realtime transports (Socket.IO rooms, which the
 * adapter spans across nodes), so core/ stays free of them.
 */
export interface ChatNotifier {
  publish<E extends keyof ChatEvents>(
    target: ChatTarget,
    event: E,
    payload: ChatEvents[E],
    originConnectionId?: string,
  ): void;
  /** A connection receives a room's events from now on. */
  subscribe(connectionId: string, room: string): void;
  /** Every connection of a user stops receiving a room's events. */
  unsubscribeUser(userId: string, room: string): void;
}
