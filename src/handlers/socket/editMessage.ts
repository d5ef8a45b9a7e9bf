import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const editMessage: SocketOperationHandlers['editMessage'] = (payload, ctx) =>
  ctx.services.messages.edit(ctx.connection, payload);
