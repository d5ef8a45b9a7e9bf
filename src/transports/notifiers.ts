import type { ChatNotifier } from '../core/chat/chat-notifier.js';
import type { ConnectionCloser } from '../core/connection-closer.js';
import type { DbNotifier } from '../core/database/db-notifier.js';
import type { PresenceNotifier } from '../core/presence/presence-notifier.js';
import type { Services } from '../core/services.js';

/** What a realtime transport gives core/ to reach its connections. */
export interface TransportNotifiers {
  presence: PresenceNotifier;
  chat: ChatNotifier;
  db: DbNotifier;
  closer: ConnectionCloser;
}

/**
 * Hands core/ one notifier of each kind that tells every transport: a Socket.IO client and a raw
 * WebSocket client in the same room see each other's messages. Each transport acts only on its own
 * connections (a subscribe for a connection id it does not hold does nothing).
 */
export function useTransports(services: Services, transports: readonly TransportNotifiers[]): void {
  services.presence.useNotifier({
    activityChanged: (activity, origin) => {
      for (const t of transports) t.presence.activityChanged(activity, origin);
    },
    followed: (connectionId, userIds) => {
      for (const t of transports) t.presence.followed(connectionId, userIds);
    },
    unfollowed: (connectionId, userIds) => {
      for (const t of transports) t.presence.unfollowed(connectionId, userIds);
    },
  });
  const chat: ChatNotifier = {
    publish: (target, event, payload, origin) => {
      for (const t of transports) t.chat.publish(target, event, payload, origin);
    },
    subscribe: (connectionId, room) => {
      for (const t of transports) t.chat.subscribe(connectionId, room);
    },
    unsubscribeUser: (userId, room) => {
      for (const t of transports) t.chat.unsubscribeUser(userId, room);
    },
  };
  services.rooms.useNotifier(chat);
  services.messages.useNotifier(chat);
  services.documents.useNotifier({
    subscribe: (connectionId, repo, userId, accountId) => {
      for (const t of transports) t.db.subscribe(connectionId, repo, userId, accountId);
    },
    unsubscribe: (connectionId, repo, userId, accountId) => {
      for (const t of transports) t.db.unsubscribe(connectionId, repo, userId, accountId);
    },
    publish: (change, permissions) => {
      for (const t of transports) t.db.publish(change, permissions);
    },
  });
  for (const t of transports) services.closers.add(t.closer);
}
