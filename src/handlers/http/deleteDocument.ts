import type { HttpOperationHandlers } from '../../../generated/http.js';

export const deleteDocument: HttpOperationHandlers['deleteDocument'] = async ({ path }, ctx) => {
  await ctx.services.documents.delete(ctx.session, path.repo, path.id);
  return { status: 204 };
};
