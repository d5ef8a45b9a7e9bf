import type { HttpOperationHandlers } from '../../../generated/http.js';

export const replaceDocument: HttpOperationHandlers['replaceDocument'] = async ({ path, body }, ctx) => ({
  status: 200,
  body: await ctx.services.documents.replace(ctx.session, path.repo, path.id, body),
});
