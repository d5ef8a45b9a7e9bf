import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const setActivity: SocketOperationHandlers['setActivity'] = (payload, ctx) =>
  ctx.services.presence.setActivity(ctx.connection, payload);
