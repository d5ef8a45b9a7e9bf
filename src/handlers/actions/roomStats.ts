import type { ActionHandlers } from '../../../generated/socketio.js';

export const roomStats: ActionHandlers['roomStats'] = (payload, ctx) =>
  ctx.services.rooms.statistics({ id: ctx.caller.connectionId, userId: ctx.caller.userId }, payload.room);
