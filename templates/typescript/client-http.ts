import type { HttpModel, HttpOperation } from '../../scripts/lib/http-model.js';
import { compareText } from '../../scripts/lib/schemas.js';
import { generatedHeader, jsdoc, lit, propertyKey } from './header.js';

function responsesType(op: HttpOperation): string {
  const entries = op.responses.map(
    (r) =>
      `${r.status === 'default' ? 'default' : r.status}: ${r.bodyType ? `T.${r.bodyType}` : 'undefined'}`,
  );
  return `{ ${entries.join('; ')} }`;
}

function operationType(op: HttpOperation): string {
  const body = op.body ? `T.${op.body.type}` : 'undefined';
  return `{
    method: '${op.method}';
    path: ${lit(op.path)};
    auth: '${op.auth}';
    pathParams: ${op.pathType ? `T.${op.pathType}` : 'undefined'};
    query: ${op.queryType ? `T.${op.queryType}` : 'undefined'};
    body: ${body};
    bodyRequired: ${op.body?.required ?? false};
    responses: ${responsesType(op)};
  }`;
}

/**
 * clients/js/src/generated/http.ts: every HTTP operation of the OpenAPI document by operationId (method,
 * path, parameters, body and the body of each response status) as a type map the client's \`http.call\`
 * is generic over, and the runtime table (method, path, auth) it builds requests from.
 */
export function renderClientHttp(model: HttpModel): string {
  const ops = [...model.operations].sort((a, b) => compareText(a.operationId, b.operationId));
  const types = ops
    .map(
      (op) =>
        `${jsdoc(`${op.summary}\n\n\`${op.method.toUpperCase()} ${op.path}\``, '  ')}  ${propertyKey(op.operationId)}: ${operationType(op)};`,
    )
    .join('\n');
  const table = ops
    .map(
      (op) =>
        `  ${propertyKey(op.operationId)}: { method: '${op.method}', path: ${lit(op.path)}, auth: '${op.auth}' },`,
    )
    .join('\n');
  return `${generatedHeader('spec/openapi.yaml')}
import type * as T from './types.js';

/** HTTP operations by operationId; \`pathParams\` and \`query\` are undefined when it has none. */
export interface HttpOperations {
${types}
}

/** What the client needs at run time to make each request. */
export const httpOperations: {
  readonly [Id in keyof HttpOperations]: Pick<HttpOperations[Id], 'method' | 'path' | 'auth'>;
} = {
${table}
};
`;
}
