import { randomUUID } from 'node:crypto';
import type { Context } from 'koa';
import type { Logger } from '../../logger.js';

/**
 * What an X-Request-Id may hold to be taken: the spec's `requestId` (spec/common/errors.yaml). Bounded
 * and without spaces, quotes or line breaks, so that no one can write a fake log line through it.
 */
const SANE_ID = /^[A-Za-z0-9._:+/=-]{1,128}$/;

export interface RequestIds {
  /** This request's id: the response's X-Request-Id, `error.requestId`, and on its every log line. */
  requestId: string;
  /** An id the client sent that we did not adopt, logged beside ours so that the two can be joined. */
  clientRequestId?: string;
}

/**
 * Behind a trusted proxy (TRUST_PROXY) a sane incoming X-Request-Id is the proxy's, and adopting it
 * joins the proxy's logs to ours. Anyone else's is only logged (as clientRequestId): a client choosing
 * our ids could make one request's lines pass for another's. Ours are random UUIDs, unique across a
 * cluster without coordination.
 */
export function requestIds(ctx: Context, trustProxy: boolean): RequestIds {
  const incoming = ctx.get('x-request-id');
  const sane = incoming !== '' && SANE_ID.test(incoming) ? incoming : undefined;
  if (trustProxy && sane) return { requestId: sane };
  return sane ? { requestId: randomUUID(), clientRequestId: sane } : { requestId: randomUUID() };
}

/** Where a request's id and logger live on Koa's context (set first thing by the app's middleware). */
export interface RequestState {
  requestId?: string;
  log?: Logger;
}

/** The request's logger, carrying its id; `fallback` for a context the app's middleware has not seen. */
export function requestLog(ctx: Context, fallback: Logger): Logger {
  return (ctx.state as RequestState).log ?? fallback;
}
