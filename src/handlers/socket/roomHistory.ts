import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const roomHistory: SocketOperationHandlers['roomHistory'] = (payload, ctx) =>
  ctx.services.messages.history(ctx.connection, payload);
