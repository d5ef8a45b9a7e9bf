import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const followUsers: SocketOperationHandlers['followUsers'] = (payload, ctx) =>
  ctx.services.presence.follow(ctx.connection, payload);
