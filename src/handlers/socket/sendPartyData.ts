import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const sendPartyData: SocketOperationHandlers['sendPartyData'] = (payload, ctx) =>
  ctx.services.parties.send(ctx.connection, payload);
