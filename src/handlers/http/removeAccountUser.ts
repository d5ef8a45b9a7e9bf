import type { HttpOperationHandlers } from '../../../generated/http.js';

export const removeAccountUser: HttpOperationHandlers['removeAccountUser'] = async ({ path }, ctx) => {
  await ctx.services.accounts.removeUser(ctx.session, path.userId);
  return { status: 204 };
};
