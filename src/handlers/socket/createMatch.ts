import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const createMatch: SocketOperationHandlers['createMatch'] = (payload, ctx) =>
  ctx.services.matches.create(ctx.connection, payload);
