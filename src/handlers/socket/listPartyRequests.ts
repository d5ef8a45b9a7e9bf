import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const listPartyRequests: SocketOperationHandlers['listPartyRequests'] = (payload, ctx) =>
  ctx.services.parties.requests(ctx.connection, payload);
