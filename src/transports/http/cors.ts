import type Koa from 'koa';
import { type OriginPolicy, PREFLIGHT_MAX_AGE_SECONDS } from '../origins.js';

// The request headers our operations read: the session token, the JSON body's type, the docs' revalidation,
// and the page's own request id (logged beside ours: request-id.ts).
const ALLOWED_HEADERS = 'Authorization, Content-Type, If-None-Match, X-Request-Id';
// Response headers a page may read besides the safelisted ones: the wait after a 429 or 503, the auth
// scheme after a 401, the docs' validator, the request's id.
const EXPOSED_HEADERS = 'Retry-After, WWW-Authenticate, ETag, X-Request-Id';

/**
 * CORS for the HTTP API. A request from an allowed origin (origins.ts) gets Access-Control-Allow-Origin,
 * whatever its answer, errors included, so a page can read the spec'd error body; its preflight (OPTIONS
 * with Access-Control-Request-Method) is answered 204 here with the methods, headers and max-age, on any
 * path. A request from any other origin gets no CORS header at all, and its preflight goes on to the router
 * as any OPTIONS does (204 with Allow, or 404 on an unknown path): what `cors` and `@koa/cors` do. The
 * browser then fails the preflight; a 403 would tell a page nothing more, and would turn away plain
 * OPTIONS requests that carry an Origin.
 */
export function corsMiddleware(policy: OriginPolicy, methods: readonly string[]): Koa.Middleware {
  const allowMethods = methods.join(', ');
  return async (ctx, next) => {
    if (!policy.enabled) return next();
    // The answer depends on the Origin: caches must not hand one origin's answer to another.
    ctx.vary('Origin');
    const allowOrigin = policy.allowOriginValue(ctx.get('Origin') || undefined);
    if (!allowOrigin) return next();
    ctx.set('Access-Control-Allow-Origin', allowOrigin);
    if (ctx.method === 'OPTIONS' && ctx.get('Access-Control-Request-Method')) {
      ctx.set('Access-Control-Allow-Methods', allowMethods);
      ctx.set('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      ctx.set('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
      ctx.status = 204;
      return;
    }
    ctx.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    await next();
  };
}
