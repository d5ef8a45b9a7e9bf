import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const joinRoom: SocketOperationHandlers['joinRoom'] = (payload, ctx) =>
  ctx.services.rooms.join(ctx.connection, payload);
