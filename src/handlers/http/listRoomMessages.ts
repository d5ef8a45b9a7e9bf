import type { HttpOperationHandlers } from '../../../generated/http.js';

export const listRoomMessages: HttpOperationHandlers['listRoomMessages'] = async ({ path, query }, ctx) => {
  const page = await ctx.services.messages.history(
    { userId: ctx.session.userId },
    { room: path.room, ...query },
    { room: 'path.room', after: 'query.after' },
  );
  return { status: 200, body: page };
};
