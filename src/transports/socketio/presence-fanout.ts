import { outboundEventValidators } from '../../../generated/socketio.js';
import type { UserActivity } from '../../../generated/types.js';
import type { BroadcastMode } from '../../core/presence/presence.js';
import type { PresenceNotifier } from '../../core/presence/presence-notifier.js';
import type { Logger } from '../../logger.js';
import { conformsToSpec } from '../validation.js';
import type { SwitchboardServer } from './types.js';

/** Every authenticated connection, for SERVER_ACTIVITIES_BROADCAST=all. */
export const EVERYONE_ROOM = 'presence:all';
/** Every connection of one user: their own devices see their changes. */
export const userRoom = (userId: string) => `user:${userId}`;
/** Every connection following one user. */
export const followersRoom = (userId: string) => `followers:${userId}`;

/**
 * Presence fan-out through Socket.IO rooms, so the adapter (Redis Streams, later) carries it across
 * nodes. One emit per change, whatever the number of receivers; validated once when validation is on.
 */
export function socketIoPresenceNotifier(
  io: SwitchboardServer,
  opts: { broadcast: BroadcastMode; outboundValidation: boolean; log: Logger },
): PresenceNotifier {
  return {
    activityChanged(activity: UserActivity, origin: string | undefined) {
      if (
        opts.outboundValidation &&
        !conformsToSpec(outboundEventValidators.activity, activity, 'event activity', opts.log)
      )
        return;
      const rooms =
        opts.broadcast === 'all'
          ? EVERYONE_ROOM
          : [followersRoom(activity.userId), userRoom(activity.userId)];
      const target = io.to(rooms);
      (origin ? target.except(origin) : target).emit('activity', activity);
    },
    followed(connectionId, userIds) {
      io.in(connectionId).socketsJoin(userIds.map(followersRoom));
    },
    unfollowed(connectionId, userIds) {
      io.in(connectionId).socketsLeave(userIds.map(followersRoom));
    },
  };
}
