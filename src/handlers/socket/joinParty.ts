import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const joinParty: SocketOperationHandlers['joinParty'] = (payload, ctx) =>
  ctx.services.parties.join(ctx.connection, payload);
