import type { UserActivity } from '../../../generated/types.js';

/**
 * How presence reaches connections: implemented by the realtime transports (Socket.IO rooms), so
 * core/ stays free of them. Fan-out goes through the transport's adapter, which spans nodes.
 */
export interface PresenceNotifier {
  /** Tells the connections that may see it (per the broadcast mode) that a user's activity changed. */
  activityChanged(activity: UserActivity, originConnectionId: string | undefined): void;
  /** A connection now follows these users: it gets their changes whatever the broadcast mode. */
  followed(connectionId: string, userIds: readonly string[]): void;
  unfollowed(connectionId: string, userIds: readonly string[]): void;
}
