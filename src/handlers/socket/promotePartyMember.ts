import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const promotePartyMember: SocketOperationHandlers['promotePartyMember'] = (payload, ctx) =>
  ctx.services.parties.promote(ctx.connection, payload);
