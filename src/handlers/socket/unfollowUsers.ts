import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const unfollowUsers: SocketOperationHandlers['unfollowUsers'] = (payload, ctx) =>
  ctx.services.presence.unfollow(ctx.connection, payload);
