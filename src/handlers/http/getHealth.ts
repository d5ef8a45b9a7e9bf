import type { HttpOperationHandlers } from '../../../generated/http.js';

/** The status for everyone; the details for the operator (METRICS_TOKEN), or for all with HEALTH_DETAILS=public. */
export const getHealth: HttpOperationHandlers['getHealth'] = async (_request, ctx) => {
  const { health } = ctx.services;
  const report = await health.check(health.detailsArePublic || ctx.request.operator());
  return report.status === 'ok' ? { status: 200, body: report } : { status: 503, body: report };
};
