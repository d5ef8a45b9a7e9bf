import type { HttpOperationHandlers } from '../../../generated/http.js';

export const logoutUser: HttpOperationHandlers['logoutUser'] = async (_request, ctx) => {
  await ctx.services.users.logout(ctx.session.sessionId);
  return { status: 204 };
};
