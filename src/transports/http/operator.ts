import type { Context } from 'koa';
import type { OperatorToken } from '../../core/operator.js';

// RFC 6750's token68, as METRICS_TOKEN is checked at start (config.ts); the scheme name is case-insensitive.
const BEARER = /^Bearer ([A-Za-z0-9._~+/-]{1,256}=*)$/i;

/** Whether the request carries the operator's token (METRICS_TOKEN) as `Authorization: Bearer <token>`. */
export function fromOperator(ctx: Context, operator: OperatorToken): boolean {
  if (!operator.configured) return false;
  return operator.admits(BEARER.exec(ctx.get('authorization'))?.[1]);
}
