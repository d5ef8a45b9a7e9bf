import type { HttpOperationHandlers } from '../../../generated/http.js';

export const getMe: HttpOperationHandlers['getMe'] = async (_request, ctx) => ({
  status: 200,
  body: await ctx.services.users.profile(ctx.session),
});
