import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const closeParty: SocketOperationHandlers['closeParty'] = (payload, ctx) =>
  ctx.services.parties.close(ctx.connection, payload);
