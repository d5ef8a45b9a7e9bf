import { ApiError } from '../../core/errors.js';
import type { Metrics } from '../../core/metrics.js';
import type { OperatorToken } from '../../core/operator.js';
import type { BuiltinImplementation } from './builtins.js';
import { fromOperator } from './operator.js';

/**
 * GET /metrics: the Prometheus exposition. Behind METRICS_TOKEN when the server sets one; open otherwise,
 * as exporters usually are (the series name operations, codes and transports, never a user or a payload).
 */
export function metricsBuiltin(metrics: Metrics, operator: OperatorToken): BuiltinImplementation {
  return () => async (ctx) => {
    if (operator.configured && !fromOperator(ctx, operator))
      throw new ApiError(
        'UNAUTHENTICATED',
        "this server's metrics need its METRICS_TOKEN: send Authorization: Bearer <METRICS_TOKEN>",
        'header.authorization',
      );
    ctx.set('Cache-Control', 'no-store');
    ctx.type = metrics.contentType;
    ctx.body = await metrics.exposition();
  };
}
