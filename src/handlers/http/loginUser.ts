import type { HttpOperationHandlers } from '../../../generated/http.js';

export const loginUser: HttpOperationHandlers['loginUser'] = async ({ body }, ctx) => ({
  status: 200,
  body: await ctx.services.users.login(body.username, body.password, ctx.request.ip),
});
