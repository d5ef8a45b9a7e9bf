import type { HttpOperationHandlers } from '../../../generated/http.js';

export const listDocuments: HttpOperationHandlers['listDocuments'] = async ({ path, query }, ctx) => ({
  status: 200,
  body: await ctx.services.documents.list(ctx.session, path.repo, query),
});
