import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const createRoom: SocketOperationHandlers['createRoom'] = (payload, ctx) =>
  ctx.services.rooms.create(ctx.connection, payload);
