import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const subscribeDb: SocketOperationHandlers['subscribeDb'] = (payload, ctx) =>
  ctx.services.documents.subscribe(ctx.connection, payload);
