import type { HttpOperationHandlers } from '../../../generated/http.js';

/** Ready for traffic: the database (and a cluster's Redis) answer. A draining process never gets here. */
export const getReadiness: HttpOperationHandlers['getReadiness'] = async (_request, ctx) =>
  (await ctx.services.health.ready())
    ? { status: 200, body: { status: 'ok' } }
    : { status: 503, body: { status: 'unavailable' } };
