import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const dbChanges: SocketOperationHandlers['dbChanges'] = (payload, ctx) =>
  ctx.services.documents.changes(ctx.connection, payload);
