import type { SocketOperationHandlers } from '../../../generated/socketio.js';

export const getActivities: SocketOperationHandlers['getActivities'] = async (_payload, ctx) => ({
  activities: await ctx.services.presence.visibleTo(ctx.connection),
});
