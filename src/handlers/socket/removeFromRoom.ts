import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const removeFromRoom: SocketOperationHandlers['removeFromRoom'] = (payload, ctx) =>
  ctx.services.rooms.remove(ctx.connection, payload);
