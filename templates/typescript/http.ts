import { HANDLER_EXTENSION, type HttpModel, type HttpOperation } from '../../scripts/lib/http-model.js';
import { compareText } from '../../scripts/lib/schemas.js';
import { ERROR_REPLY_TYPE } from '../../scripts/lib/socket-model.js';
import { generatedHeader, jsdoc, lit } from './header.js';

function resultType(op: HttpOperation): string {
  // Error responses are not returned by handlers: they throw ApiError and the transport answers.
  const results = op.responses
    .filter((r) => r.status !== 'default' && r.bodyType !== ERROR_REPLY_TYPE)
    .map((r) => {
      // Headers the response declares are the handler's to set, each optional.
      const headers =
        r.headers.length > 0
          ? `; headers?: { ${r.headers.map((h) => `${lit(h)}?: string`).join('; ')} }`
          : '';
      return r.bodyType
        ? `{ status: ${r.status}; body: T.${r.bodyType}${headers} }`
        : `{ status: ${r.status}${headers} }`;
    });
  return results.length > 0 ? results.join(' | ') : 'never';
}

function bodyType(op: HttpOperation): string {
  return op.body ? `T.${op.body.type}${op.body.required ? '' : ' | undefined'}` : 'undefined';
}

function pathType(op: HttpOperation): string {
  return op.pathType ? `T.${op.pathType}` : 'Record<string, never>';
}

function queryType(op: HttpOperation): string {
  return op.queryType ? `T.${op.queryType}` : 'Record<string, never>';
}

function requestType(op: HttpOperation): string {
  return `HttpRequest<${bodyType(op)}, ${pathType(op)}, ${queryType(op)}>`;
}

function contextType(op: HttpOperation): string {
  return op.auth === 'session' ? 'AuthenticatedHttpContext' : 'HttpContext';
}

function routeEntry(op: HttpOperation): string {
  const handler =
    op.servedBy === 'handler'
      ? `\n    handler: ${op.operationId} satisfies HttpOperationHandlers['${op.operationId}'],`
      : '';
  const checked =
    op.servedBy === 'handler'
      ? ` satisfies HttpRoute<${bodyType(op)}, ${pathType(op)}, ${queryType(op)}, ${contextType(op)}>`
      : '';
  const responses = op.responses
    .map(
      (r) =>
        `      [${r.status === 'default' ? "'default'" : r.status}, ${r.bodyType ? `V.${r.bodyType}` : 'null'}],`,
    )
    .join('\n');
  const body = op.body ? `{ validate: V.${op.body.type}, required: ${op.body.required} }` : 'undefined';
  const parameters = op.parameters.map((p) => `[${lit(p.name)}, '${p.in}']`).join(', ');
  return `  {
    operationId: '${op.operationId}',
    method: '${op.method}',
    path: ${lit(op.path)},
    routerPath: ${lit(op.routerPath)},
    auth: '${op.auth}',
    body: ${body},
    validatePath: ${op.pathType ? `P.${op.pathType}` : 'undefined'},
    validateQuery: ${op.queryType ? `P.${op.queryType}` : 'undefined'},
    parameters: new Map<string, 'path' | 'query'>([${parameters}]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
${responses}
    ]),${handler}
  }${checked},`;
}

/** generated/http.ts: the handler signature of every HTTP operation and the route table Koa binds. */
export function renderHttp(model: HttpModel): string {
  // Imports and handlers read best by name; the route table keeps the model's router order.
  const handled = model.operations.filter((op) => op.servedBy === 'handler');
  const builtin = model.operations.filter((op) => op.servedBy === 'builtin');
  const byName = [...handled].sort((a, b) => compareText(a.operationId, b.operationId));
  const imports = byName
    .map((op) => `import { ${op.operationId} } from '../src/handlers/http/${op.operationId}.js';`)
    .join('\n');
  const handlers = byName
    .map((op) => {
      const ctx = contextType(op);
      return `${jsdoc(`${op.summary}\n\n\`${op.method.toUpperCase()} ${op.path}\``, '  ')}  ${op.operationId}(request: ${requestType(op)}, ctx: ${ctx}): Promise<${resultType(op)}>;`;
    })
    .join('\n');

  return `${generatedHeader('spec/openapi.yaml')}
import type { AuthenticatedHttpContext, HttpContext } from '../src/handlers/context.js';
${imports}
import type * as T from './types.js';
import * as V from './validators/openapi.js';
import * as P from './validators/openapi-params.js';

/** A validated request: body, path parameters and query parameters, typed from the spec. */
export interface HttpRequest<Body, Path, Query> {
  body: Body;
  path: Path;
  query: Query;
}

/** One handler per HTTP operation; implementations live in src/handlers/http/<operationId>.ts. */
export interface HttpOperationHandlers {
${handlers}
}

/** What the HTTP transport needs to route and validate one operation, whoever answers it. */
export interface OperationRoute {
  operationId: string;
  method: 'get' | 'put' | 'post' | 'delete' | 'patch';
  /** The path as the spec writes it (\`/api/rooms/{room}\`). */
  path: string;
  /** The same path in @koa/router's syntax (\`/api/rooms/:room\`). */
  routerPath: string;
  auth: 'none' | 'session';
  body: { validate: T.Validator<unknown>; required: boolean } | undefined;
  validatePath: T.Validator<unknown> | undefined;
  validateQuery: T.Validator<unknown> | undefined;
  /** Where each parameter arrives, by name (\`repo\` → \`path\`): what an error naming it calls it on the wire. */
  parameters: ReadonlyMap<string, 'path' | 'query'>;
  /** Response validators by status (\`default\` for any other); null for a response without a body. */
  responses: ReadonlyMap<number | 'default', T.Validator<unknown> | null>;
}

/**
 * An operation answered by its handler in src/handlers/http/. Each entry of the table is checked against
 * its own request and context types (\`satisfies HttpRoute<Body, Path, Query, Context>\`); the table holds
 * them as \`HttpRoute\`. \`handler\` is a method so that this is allowed (method parameters are checked
 * bivariantly), sound because the transport passes a handler only what its own entry's validators
 * accepted, and a session context exactly when its \`auth\` is \`session\`.
 */
export interface HttpRoute<Body = unknown, Path = unknown, Query = unknown, Context extends HttpContext = HttpContext>
  extends OperationRoute {
  body: { validate: T.Validator<Body>; required: boolean } | undefined;
  validatePath: T.Validator<Path> | undefined;
  validateQuery: T.Validator<Query> | undefined;
  handler(
    request: HttpRequest<Body, Path, Query>,
    ctx: Context,
  ): Promise<{ status: number; body?: unknown; headers?: Record<string, string | undefined> }>;
}

/** In router order: a literal path segment is tried before a parameter in the same place. */
export const httpRoutes: readonly HttpRoute[] = [
${handled.map(routeEntry).join('\n')}
];

/**
 * Operations the server answers itself (\`${HANDLER_EXTENSION}: builtin\`): the landing page, the docs and
 * the spec documents. src/transports/http/builtins.ts binds each to its implementation. Only their JSON
 * responses have validators; the HTML and YAML ones are made by the server, not by a handler.
 */
export const builtinRoutes: readonly OperationRoute[] = [
${builtin.map(routeEntry).join('\n')}
];
`;
}
