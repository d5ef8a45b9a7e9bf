import type { Middleware } from 'koa';
import { ApiError } from '../../core/errors.js';

/**
 * A path the spec names exactly (no parameter) is answered for its own methods only. Without this,
 * `GET /api/users/login` (a POST-only route) would be taken by `GET /api/users/{userId}` with `login` as
 * the id, and answered with that route's errors (401, then a path-parameter 400) rather than what it is:
 * `405 METHOD_NOT_ALLOWED`, with the methods the path takes in `Allow`.
 */
export function staticPathMethods(routes: readonly { method: string; path: string }[]): Middleware {
  const methods = new Map<string, Set<string>>();
  for (const route of routes) {
    if (route.path.includes('{')) continue;
    const set = methods.get(route.path) ?? new Set<string>();
    set.add(route.method.toUpperCase());
    if (route.method === 'get') set.add('HEAD');
    methods.set(route.path, set);
  }
  return async (ctx, next) => {
    const allowed = methods.get(ctx.path);
    // Preflights are CORS's to answer (cors.ts runs before this).
    if (!allowed || allowed.has(ctx.method) || ctx.method === 'OPTIONS') return next();
    const list = [...allowed].sort().join(', ');
    ctx.set('Allow', list);
    throw new ApiError(
      'METHOD_NOT_ALLOWED',
      `this path does not take ${ctx.method.slice(0, 20)} (allowed: ${list})`,
    );
  };
}
