import type { HttpOperationHandlers } from '../../../generated/http.js';

export const getHealth: HttpOperationHandlers['getHealth'] = async (_request, ctx) => {
  const health = await ctx.services.health.check();
  return health.status === 'ok' ? { status: 200, body: health } : { status: 503, body: health };
};
