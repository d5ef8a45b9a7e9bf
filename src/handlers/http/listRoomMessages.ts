import type { HttpOperationHandlers } from '../../../generated/http.js';

export const listRoomMessages: HttpOperationHandlers['listRoomMessages'] = async ({ path, query }, ctx) => ({
  status: 200,
  body: await ctx.services.messages.history({ userId: ctx.session.userId }, { room: path.room, ...query }),
});
