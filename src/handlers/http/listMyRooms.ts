import type { HttpOperationHandlers } from '../../../generated/http.js';

export const listMyRooms: HttpOperationHandlers['listMyRooms'] = async (_request, ctx) => ({
  status: 200,
  body: { rooms: await ctx.services.rooms.roomsOfUser(ctx.session.userId) },
});
