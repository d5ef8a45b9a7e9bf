import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const inviteToRoom: SocketOperationHandlers['inviteToRoom'] = (payload, ctx) =>
  ctx.services.rooms.invite(ctx.connection, payload);
