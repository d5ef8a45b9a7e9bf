import type { HttpOperationHandlers } from '../../../generated/http.js';

export const rotateSocketSecret: HttpOperationHandlers['rotateSocketSecret'] = async (_request, ctx) => ({
  status: 200,
  body: { socketSecret: await ctx.services.users.rotateSocketSecret(ctx.session) },
});
