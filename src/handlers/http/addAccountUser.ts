import type { HttpOperationHandlers } from '../../../generated/http.js';

export const addAccountUser: HttpOperationHandlers['addAccountUser'] = async ({ body }, ctx) => ({
  status: 201,
  body: await ctx.services.accounts.addUser(ctx.session, body.username, body.password, ctx.request.ip),
});
