import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const joinMatch: SocketOperationHandlers['joinMatch'] = (payload, ctx) =>
  ctx.services.matches.join(ctx.connection, payload);
