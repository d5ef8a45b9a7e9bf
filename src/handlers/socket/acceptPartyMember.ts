import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const acceptPartyMember: SocketOperationHandlers['acceptPartyMember'] = (payload, ctx) =>
  ctx.services.parties.accept(ctx.connection, payload);
