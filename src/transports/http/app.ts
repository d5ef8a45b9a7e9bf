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
  docsDir: string;
}

/** The Koa application: the spec's operations, the docs, and spec'd errors for everything else. */
export function createHttpApp(deps: HttpAppDeps): Koa {
  const app = new Koa({ proxy: false });
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
      if (ctx.body === undefined && ctx.status === 404)
        throw new ApiError('NOT_FOUND', `no operation at ${ctx.method} ${ctx.path}`);
      if (ctx.body === undefined && (ctx.status === 405 || ctx.status === 501)) {
        throw new ApiError(
          'METHOD_NOT_ALLOWED',
          `${ctx.path} does not take ${ctx.method} (allowed: ${ctx.response.get('Allow') || 'none'})`,
        );
      }
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
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app;
}
