import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const leaveParty: SocketOperationHandlers['leaveParty'] = (payload, ctx) =>
  ctx.services.parties.leave(ctx.connection, payload);
