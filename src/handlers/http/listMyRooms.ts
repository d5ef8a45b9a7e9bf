import type { HttpOperationHandlers } from '../../../generated/http.js';

export const listMyRooms: HttpOperationHandlers['listMyRooms'] = async ({ query }, ctx) => ({
  status: 200,
  body: await ctx.services.rooms.roomsOfUser(ctx.session.userId, query),
});
