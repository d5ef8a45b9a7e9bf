import type { HttpOperationHandlers } from '../../../generated/http.js';

export const listMyNotifications: HttpOperationHandlers['listMyNotifications'] = async ({ query }, ctx) => ({
  status: 200,
  body: await ctx.services.notifications.list(ctx.session.userId, query),
});
