import type Router from '@koa/router';
import type { Middleware } from 'koa';
import type { OperationRoute } from '../../../generated/http.js';

/** Makes the middleware of one builtin operation, given its route (for its response validators). */
export type BuiltinImplementation = (route: OperationRoute) => Middleware;

/**
 * Binds the operations the server answers itself (`x-switchboard-handler: builtin` in the spec) to
 * their implementations. Both sides must match: a builtin the spec declares without an implementation,
 * or an implementation the spec does not declare, stops the server at start, naming the operation, so
 * a route cannot be served undocumented or documented unserved.
 */
export function bindBuiltins(
  router: Router,
  routes: readonly OperationRoute[],
  implementations: Readonly<Record<string, BuiltinImplementation>>,
): void {
  const declared = new Set(routes.map((r) => r.operationId));
  const undeclared = Object.keys(implementations).filter((id) => !declared.has(id));
  if (undeclared.length > 0)
    throw new Error(`builtin operations not in spec/openapi.yaml: ${undeclared.join(', ')}`);
  for (const route of routes) {
    const implementation = implementations[route.operationId];
    if (!implementation)
      throw new Error(`the builtin operation ${route.operationId} (spec/openapi.yaml) has no implementation`);
    router[route.method](route.operationId, route.routerPath, implementation(route));
  }
}
