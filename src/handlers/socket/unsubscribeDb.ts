import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const unsubscribeDb: SocketOperationHandlers['unsubscribeDb'] = (payload, ctx) =>
  ctx.services.documents.unsubscribe(ctx.connection, payload.repo);
