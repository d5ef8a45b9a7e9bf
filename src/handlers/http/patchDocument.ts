import type { HttpOperationHandlers } from '../../../generated/http.js';

export const patchDocument: HttpOperationHandlers['patchDocument'] = async ({ path, body }, ctx) => ({
  status: 200,
  body: await ctx.services.documents.patch(ctx.session, path.repo, path.id, body),
});
