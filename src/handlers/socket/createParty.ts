import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const createParty: SocketOperationHandlers['createParty'] = (payload, ctx) =>
  ctx.services.parties.create(ctx.connection, payload);
