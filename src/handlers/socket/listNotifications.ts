import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const listNotifications: SocketOperationHandlers['listNotifications'] = (payload, ctx) =>
  ctx.services.notifications.list(ctx.connection.userId, payload);
