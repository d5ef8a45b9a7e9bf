import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const removePartyMember: SocketOperationHandlers['removePartyMember'] = (payload, ctx) =>
  ctx.services.parties.remove(ctx.connection, payload);
