import type Router from '@koa/router';
import type { Context } from 'koa';
import type { HttpRoute } from '../../../generated/http.js';
import { ApiError, INTERNAL_ERROR } from '../../core/errors.js';
import type { Services } from '../../core/services.js';
import type { AuthenticatedSession } from '../../core/users.js';
import type { AuthenticatedHttpContext, HttpContext } from '../../handlers/context.js';
import type { Logger } from '../../logger.js';
import { addressKey } from '../client-address.js';
import { checkInboundJson } from '../json-limits.js';
import { badInput, conformsToSpec } from '../validation.js';
import { inWireTerms, type WireField } from '../wire-fields.js';
import { readJsonBody } from './body.js';
import { answerError, type ErrorValidatorFor, withRequestId } from './errors.js';
import { fromOperator } from './operator.js';
import { requestLog } from './request-id.js';
import { sessionTokenOf } from './session-token.js';
import { httpWireField } from './wire-fields.js';

export interface RouteDeps {
  services: Services;
  log: Logger;
  outboundValidation: boolean;
  maxHttpBodyBytes: number;
  maxJsonDepth: number;
}

async function authenticate(
  ctx: Context,
  services: Services,
  toWire: WireField,
): Promise<AuthenticatedSession> {
  const header = ctx.get('authorization');
  if (!header)
    throw new ApiError(
      'UNAUTHENTICATED',
      'the session token is missing: send Authorization: Bearer <token>',
      'header.authorization',
    );
  const token = sessionTokenOf(header);
  return inWireTerms(toWire, () => services.users.authenticate(token));
}

function validated<T>(validate: HttpRoute['validatePath'], value: T, where: string): T {
  if (validate && !validate(value)) throw badInput(validate.errors, where);
  return value;
}

/** Whether a handler's result is one of the operation's spec'd responses (outbound validation). */
function responseConforms(route: HttpRoute, status: number, body: unknown, log: Logger): boolean {
  const validate = route.responses.has(status) ? route.responses.get(status) : route.responses.get('default');
  if (validate === undefined) {
    log.error({ status }, 'response status is not in the spec');
    return false;
  }
  if (validate === null) {
    if (body === undefined) return true;
    log.error({ status }, 'response has a body the spec does not declare');
    return false;
  }
  return conformsToSpec(validate, body, `${route.operationId} ${status}`, log);
}

/** The Koa middleware of one operation: authenticate → read and validate input → handler → validate output. */
function operationMiddleware(route: HttpRoute, deps: RouteDeps) {
  const errorValidator: ErrorValidatorFor | undefined = deps.outboundValidation
    ? (status) => (route.responses.has(status) ? route.responses.get(status) : route.responses.get('default'))
    : undefined;
  const toWire = httpWireField(route);
  return async (ctx: Context): Promise<void> => {
    // The request's own logger (its id on every line), named for the operation.
    const log = requestLog(ctx, deps.log).child({ operationId: route.operationId });
    try {
      const session = route.auth === 'session' ? await authenticate(ctx, deps.services, toWire) : undefined;
      const path = validated(route.validatePath, { ...ctx.params }, 'path');
      const query = validated(route.validateQuery, { ...ctx.query }, 'query');
      let body: unknown;
      if (route.body) {
        body = await readJsonBody(ctx.req, deps.maxHttpBodyBytes);
        if (body === undefined && route.body.required)
          throw new ApiError('BAD_INPUT', 'a JSON body is required', 'body');
        if (body !== undefined) {
          checkInboundJson(body, deps.maxJsonDepth, 'body');
          validated(route.body.validate, body, 'body');
        }
      }
      const base: HttpContext = {
        services: deps.services,
        log,
        // The address as limits key it (a whole IPv6 /64 is one client): Koa picked it as clientAddress does.
        request: {
          ip: addressKey(ctx.ip),
          userAgent: ctx.get('user-agent') || undefined,
          secure: ctx.secure,
          operator: () => fromOperator(ctx, deps.services.operator),
        },
      };
      const handlerCtx: HttpContext | AuthenticatedHttpContext = session ? { ...base, session } : base;
      const result = await inWireTerms(toWire, () => route.handler({ body, path, query }, handlerCtx));
      if (deps.outboundValidation && !responseConforms(route, result.status, result.body, log)) {
        ctx.status = 500;
        ctx.body = withRequestId(ctx, { error: INTERNAL_ERROR });
        return;
      }
      ctx.status = result.status;
      for (const [name, value] of Object.entries(result.headers ?? {}))
        if (value !== undefined) ctx.set(name, value);
      if (result.body !== undefined) ctx.body = result.body;
    } catch (err) {
      answerError(ctx, err, log, errorValidator);
    }
  };
}

/** Binds every operation of the generated route table to the router. */
export function bindRoutes(router: Router, routes: readonly HttpRoute[], deps: RouteDeps): void {
  for (const route of routes)
    router[route.method](route.operationId, route.routerPath, operationMiddleware(route, deps));
}
