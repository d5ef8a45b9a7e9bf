import type { HttpOperationHandlers } from '../../../generated/http.js';

export const revokeSessions: HttpOperationHandlers['revokeSessions'] = async (_request, ctx) => {
  await ctx.services.users.revokeSessions(ctx.session.userId);
  return { status: 204 };
};
