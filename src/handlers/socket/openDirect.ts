import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const openDirect: SocketOperationHandlers['openDirect'] = (payload, ctx) =>
  ctx.services.rooms.openDirect(ctx.connection, payload.userId);
