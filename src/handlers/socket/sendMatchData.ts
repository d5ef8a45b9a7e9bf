import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const sendMatchData: SocketOperationHandlers['sendMatchData'] = (payload, ctx) =>
  ctx.services.matches.send(ctx.connection, payload);
