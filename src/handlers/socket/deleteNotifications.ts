import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const deleteNotifications: SocketOperationHandlers['deleteNotifications'] = async (payload, ctx) => ({
  deleted: await ctx.services.notifications.delete(ctx.connection.userId, payload.ids),
});
