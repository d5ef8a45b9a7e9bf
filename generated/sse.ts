// generated from spec/asyncapi.yaml by `make generate` — do not edit

import type * as T from './types.js';
import * as V from './validators/asyncapi.js';

/** The events of the `sse` server's stream, by `event:` name: the payload its `data:` line carries. */
export interface SseEvents {
  /** The Socket.IO server events, for the stream's rooms, repositories and user */
  'activity': T.UserActivity;
  /** Says why the server is about to end this stream, just before it does */
  'closing': T.Closing;
  /** The Socket.IO server events, for the stream's rooms, repositories and user */
  'db_created': T.DbChange;
  /** The Socket.IO server events, for the stream's rooms, repositories and user */
  'db_deleted': T.DbChange;
  /** The Socket.IO server events, for the stream's rooms, repositories and user */
  'db_updated': T.DbChange;
  /** The Socket.IO server events, for the stream's rooms, repositories and user */
  'member-joined': T.MemberEvent;
  /** The Socket.IO server events, for the stream's rooms, repositories and user */
  'member-left': T.MemberLeftEvent;
  /** The Socket.IO server events, for the stream's rooms, repositories and user */
  'message': T.ChatMessage;
  /** The Socket.IO server events, for the stream's rooms, repositories and user */
  'message-deleted': T.ChatMessage;
  /** The Socket.IO server events, for the stream's rooms, repositories and user */
  'message-edited': T.ChatMessage;
  /** The Socket.IO server events, for the stream's rooms, repositories and user */
  'notifications': T.NotificationList;
  /** The stream is open, with its subscriptions and where each starts */
  'ready': T.SseReady;
  /** A subscription could not be resumed from the Last-Event-ID; refetch it */
  'resync': T.SseResync;
  /** The Socket.IO server events, for the stream's rooms, repositories and user */
  'room-invited': T.RoomInvitation;
  /** The Socket.IO server events, for the stream's rooms, repositories and user */
  'room-removed': T.RoomRemoval;
  /** The server has begun to stop; when it ends this stream and when to reconnect */
  'server-shutdown': T.ServerShutdown;
}

export type SseEvent = keyof SseEvents;

/** Validators of every stream event, for outbound validation. */
export const outboundSseValidators: { [E in SseEvent]: T.Validator<SseEvents[E]> } = {
  'activity': V.UserActivity,
  'closing': V.Closing,
  'db_created': V.DbChange,
  'db_deleted': V.DbChange,
  'db_updated': V.DbChange,
  'member-joined': V.MemberEvent,
  'member-left': V.MemberLeftEvent,
  'message': V.ChatMessage,
  'message-deleted': V.ChatMessage,
  'message-edited': V.ChatMessage,
  'notifications': V.NotificationList,
  'ready': V.SseReady,
  'resync': V.SseResync,
  'room-invited': V.RoomInvitation,
  'room-removed': V.RoomRemoval,
  'server-shutdown': V.ServerShutdown,
};
