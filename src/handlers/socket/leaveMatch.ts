import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const leaveMatch: SocketOperationHandlers['leaveMatch'] = (payload, ctx) =>
  ctx.services.matches.leave(ctx.connection, payload);
