import type { HttpOperationHandlers } from '../../../generated/http.js';

export const getDocument: HttpOperationHandlers['getDocument'] = async ({ path }, ctx) => ({
  status: 200,
  body: await ctx.services.documents.get(ctx.session, path.repo, path.id),
});
