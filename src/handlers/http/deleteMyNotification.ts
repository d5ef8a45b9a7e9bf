import type { HttpOperationHandlers } from '../../../generated/http.js';

export const deleteMyNotification: HttpOperationHandlers['deleteMyNotification'] = async ({ path }, ctx) => {
  await ctx.services.notifications.deleteOne(ctx.session.userId, path.id);
  return { status: 204 };
};
