import Router from '@koa/router';
import Koa from 'koa';
import type { HttpRoute } from '../../../generated/http.js';
import { ErrorReply } from '../../../generated/validators/openapi.js';
import { ApiError } from '../../core/errors.js';
import type { Services } from '../../core/services.js';
import type { Logger } from '../../logger.js';
import { bindDocs } from './docs.js';
import { answerError } from './errors.js';
import { bindRoutes } from './routes.js';

export interface HttpAppDeps {
  services: Services;
  log: Logger;
  routes: readonly HttpRoute[];
  outboundValidation: boolean;
  maxHttpBodyBytes: number;
  maxJsonDepth: number;
  docsDir: string;
  trustProxy: boolean;
}

/** The Koa application: the spec's operations, the docs, and spec'd errors for everything else. */
export function createHttpApp(deps: HttpAppDeps): Koa {
  // Behind a reverse proxy (TRUST_PROXY), the client address comes from X-Forwarded-For.
  const app = new Koa({ proxy: deps.trustProxy });
  const router = new Router();
  const log = deps.log.child({ transport: 'http' });
  bindRoutes(router, deps.routes, { ...deps, log });
  bindDocs(router, deps.docsDir);
  const validateError = deps.outboundValidation ? () => ErrorReply : undefined;

  app.use(async (ctx, next) => {
    const started = performance.now();
    try {
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
      answerError(ctx, err, log, validateError);
    } finally {
      log.info(
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
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app;
}
