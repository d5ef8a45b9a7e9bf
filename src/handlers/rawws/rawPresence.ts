import type { RawOperationHandlers } from '../../../generated/envelope.js';

/** How many members a room has (members only, as view-room). */
export const rawPresence: RawOperationHandlers['rawPresence'] = async (message, ctx) => {
  const view = await ctx.services.rooms.view(ctx.connection.identity(), { room: message.data });
  return { sid: ctx.connection.sid, type: 'presence', data: String(view.memberCount), channel: message.data };
};
