import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const viewRoom: SocketOperationHandlers['viewRoom'] = (payload, ctx) =>
  ctx.services.rooms.view(ctx.connection, payload);
