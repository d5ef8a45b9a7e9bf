import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const leaveRoom: SocketOperationHandlers['leaveRoom'] = (payload, ctx) =>
  ctx.services.rooms.leave(ctx.connection, payload);
