import type { HttpOperationHandlers } from '../../../generated/http.js';

export const createDocument: HttpOperationHandlers['createDocument'] = async ({ path, body }, ctx) => ({
  status: 201,
  body: await ctx.services.documents.create(ctx.session, path.repo, body),
});
