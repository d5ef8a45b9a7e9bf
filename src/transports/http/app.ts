import Router from '@koa/router';
import Koa from 'koa';
import type { HttpRoute, OperationRoute } from '../../../generated/http.js';
import { ErrorReply } from '../../../generated/validators/openapi.js';
import { ApiError } from '../../core/errors.js';
import type { Services } from '../../core/services.js';
import type { Logger } from '../../logger.js';
import type { InFlight } from '../in-flight.js';
import type { OriginPolicy } from '../origins.js';
import { recordHttp } from '../spec-coverage.js';
import { type BuiltinImplementation, bindBuiltins } from './builtins.js';
import { clientBundleBuiltin } from './client-bundle.js';
import { corsMiddleware } from './cors.js';
import { demoBuiltins } from './demo.js';
import { docsBuiltins } from './docs.js';
import { answerError } from './errors.js';
import { landingPage } from './landing.js';
import { metricsBuiltin } from './metrics.js';
import { type RequestState, requestIds } from './request-id.js';
import { bindRoutes } from './routes.js';
import type { HttpSocketGuard } from './socket-guard.js';
import { staticPathMethods } from './static-paths.js';

export interface HttpAppDeps {
  services: Services;
  log: Logger;
  routes: readonly HttpRoute[];
  /** The operations the server answers itself (landing page, docs, spec documents). */
  builtinRoutes: readonly OperationRoute[];
  /** The server's version, on the landing page. */
  serverVersion: string;
  outboundValidation: boolean;
  maxHttpBodyBytes: number;
  maxJsonDepth: number;
  docsDir: string;
  trustProxyHops: number;
  inflight: InFlight;
  socketGuard: HttpSocketGuard;
  /** Which other origins' pages may call the API (ALLOWED_ORIGINS). */
  origins: OriginPolicy;
  /** GET /api/events: the Server-Sent Events transport's (transports/sse/server.ts). */
  getEvents: BuiltinImplementation;
}

// Every answer is JSON or one of the docs pages: nothing here is meant to be sniffed, framed or to
// reach other origins. The HTTP docs (Redoc) inline their scripts, styles and fonts and start workers
// from blobs: they get a policy of their own. They show only our own spec, so what that allows cannot
// carry anyone else's content; they load nothing from other hosts (test/docs/http-docs.browser.test.ts),
// so no other origin is allowed. The realtime docs and the landing page are static HTML with an inline
// style sheet and no script: they get the strictest policy that still shows them.
const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const DOCS_POLICY =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
// The landing page (landing.ts) and the realtime docs: one HTML document with an inline style sheet.
const STATIC_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

// The demo page (demo/index.html): its one module script and the client bundle from this server, calls to
// this server only (HTTP and its WebSocket, which 'self' covers), and its inline style sheet.
const DEMO_POLICY =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src data:; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

function policyFor(path: string): string {
  if (path === '/' || path === '/api/docs/async') return STATIC_PAGE_POLICY;
  if (path === '/demo') return DEMO_POLICY;
  return path.startsWith('/api/docs') ? DOCS_POLICY : API_POLICY;
}

function securityHeaders(ctx: Koa.Context): void {
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('X-Frame-Options', 'DENY');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.set('Content-Security-Policy', policyFor(ctx.path));
}

/** The Koa application: the spec's operations, the docs, and spec'd errors for everything else. */
export function createHttpApp(deps: HttpAppDeps): Koa {
  // Behind reverse proxies (TRUST_PROXY), the client address is the X-Forwarded-For entry the outermost
  // trusted proxy wrote: maxIpsCount keeps only the entries the proxies appended (see client-address.ts).
  const app = new Koa({ proxy: deps.trustProxyHops > 0, maxIpsCount: deps.trustProxyHops });
  const router = new Router();
  const log = deps.log.child({ transport: 'http' });
  bindRoutes(router, deps.routes, { ...deps, log });
  bindBuiltins(router, deps.builtinRoutes, {
    getLanding: landingPage({
      version: deps.serverVersion,
      outboundValidation: deps.outboundValidation,
      log,
    }),
    ...docsBuiltins(deps.docsDir),
    getClientBundle: clientBundleBuiltin(),
    ...demoBuiltins(),
    getEvents: deps.getEvents,
    getMetrics: metricsBuiltin(deps.services.metrics, deps.services.operator),
  });
  const validateError = deps.outboundValidation ? () => ErrorReply : undefined;

  app.use(async (ctx, next) => {
    // A socket refused by the caps was answered 503 already; what it sent meanwhile is not served.
    if (deps.socketGuard.isRefused(ctx.req.socket)) {
      ctx.req.socket.destroy();
      return;
    }
    const started = performance.now();
    const ids = requestIds(ctx, deps.trustProxyHops > 0);
    const requestLog = log.child(ids);
    Object.assign(ctx.state as RequestState, { requestId: ids.requestId, log: requestLog });
    ctx.set('X-Request-Id', ids.requestId);
    securityHeaders(ctx);
    try {
      // Counted until the response is written (or the connection is gone): shutdown waits for it. An
      // event stream, which is a connection rather than a request, ends its count once it is open.
      const end = deps.inflight.begin();
      ctx.res.once('close', end);
      ctx.state.endRequest = end;
      await next();
      // The router leaves these without a body: give them the spec'd error body (its Allow header stays).
      const allowed = ctx.response.get('Allow');
      if (ctx.body === undefined && (ctx.status === 404 || (ctx.status === 501 && !allowed))) {
        throw new ApiError(
          'NOT_FOUND',
          `no operation at ${ctx.method.slice(0, 20)} ${ctx.path.slice(0, 200)}`,
        );
      }
      if (ctx.body === undefined && (ctx.status === 405 || ctx.status === 501)) {
        throw new ApiError(
          'METHOD_NOT_ALLOWED',
          `this path does not take ${ctx.method.slice(0, 20)} (allowed: ${allowed})`,
        );
      }
      if (ctx.method === 'OPTIONS' && ctx.status === 200 && !ctx.body) ctx.status = 204;
    } catch (err) {
      answerError(ctx, err, requestLog, validateError);
    } finally {
      // Shutting down: a kept-alive connection must not wait for a next request.
      if (deps.inflight.isDraining) ctx.set('Connection', 'close');
      // The router names a matched route by its operationId (routes.ts, builtins.ts).
      if (ctx._matchedRouteName) recordHttp(ctx._matchedRouteName, ctx.status);
      // Routes by operationId (a bounded set), the rest as `unmatched`: never a path a client made up.
      const operation = ctx._matchedRouteName as string | undefined;
      deps.services.metrics.httpRequest(operation, ctx.status, started);
      const code = (ctx.body as { error?: { code?: unknown } } | undefined)?.error?.code;
      if (ctx.status >= 400 && typeof code === 'string')
        deps.services.metrics.refused('http', operation, code);
      requestLog.info(
        {
          method: ctx.method,
          path: ctx.path,
          status: ctx.status,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    }
  });
  // Koa reports what happens outside our middleware (a client that breaks the connection mid-request)
  // here; without a listener it would print to stderr instead of the structured log.
  app.on('error', (err: Error & { code?: string }) =>
    log.debug({ err: { message: err.message, code: err.code } }, 'connection error'),
  );
  // After the middleware above, so preflights and CORS answers get the security headers and are logged.
  const methods = new Set([...deps.routes, ...deps.builtinRoutes].map((r) => r.method.toUpperCase()));
  app.use(corsMiddleware(deps.origins, [...methods]));
  app.use(staticPathMethods([...deps.routes, ...deps.builtinRoutes]));
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app;
}
