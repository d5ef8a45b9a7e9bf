import type { HttpOperationHandlers } from '../../../generated/http.js';

export const listActivities: HttpOperationHandlers['listActivities'] = async ({ query }, ctx) => ({
  status: 200,
  body: { activities: await ctx.services.presence.snapshot(query.userId) },
});
