import type { HttpOperationHandlers } from '../../../generated/http.js';

export const getMyAccount: HttpOperationHandlers['getMyAccount'] = async (_request, ctx) => ({
  status: 200,
  body: await ctx.services.accounts.describe(ctx.session.accountId),
});
