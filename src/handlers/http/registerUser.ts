import type { HttpOperationHandlers } from '../../../generated/http.js';

export const registerUser: HttpOperationHandlers['registerUser'] = async ({ body }, ctx) => ({
  status: 201,
  body: await ctx.services.users.register(body.username, body.password, ctx.request.ip),
});
