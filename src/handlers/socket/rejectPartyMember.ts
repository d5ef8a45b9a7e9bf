import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const rejectPartyMember: SocketOperationHandlers['rejectPartyMember'] = (payload, ctx) =>
  ctx.services.parties.reject(ctx.connection, payload);
