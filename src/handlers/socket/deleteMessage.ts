import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const deleteMessage: SocketOperationHandlers['deleteMessage'] = (payload, ctx) =>
  ctx.services.messages.delete(ctx.connection, payload);
