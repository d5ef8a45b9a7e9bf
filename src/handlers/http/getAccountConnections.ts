import type { HttpOperationHandlers } from '../../../generated/http.js';

export const getAccountConnections: HttpOperationHandlers['getAccountConnections'] = async (
  _request,
  ctx,
) => ({
  status: 200,
  body: await ctx.services.accounts.connectionCounts(ctx.session),
});
