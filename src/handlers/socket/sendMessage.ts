import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const sendMessage: SocketOperationHandlers['sendMessage'] = (payload, ctx) =>
  ctx.services.messages.send(ctx.connection, payload);
