import type { Findings } from './diagnostics.js';
import type { Bundled } from './load-specs.js';
import { isNode, type Node, resolveRef } from './refs.js';
import {
  addSchema,
  compareText,
  componentRefName,
  type JsonSchema,
  normalizeSchema,
  pascalCase,
  readComponentSchemas,
  type SchemaSet,
} from './schemas.js';
import { ERROR_REPLY_TYPE } from './socket-model.js';

export interface HttpResponse {
  status: number | 'default';
  description: string;
  /** The body's type; undefined for a response without a body (204). */
  bodyType?: string;
  /** The headers the response declares (`Set-Cookie`): the only ones a handler may set. */
  headers: string[];
}

export interface HttpOperation {
  operationId: string;
  /**
   * Who answers: a handler in src/handlers/http/ (the default), or the server itself
   * (`x-switchboard-handler: builtin`: the landing page, the docs, the spec documents). A builtin
   * operation gets no handler stub and is not in HttpOperationHandlers, but is routed and validated
   * like any other.
   */
  servedBy: 'handler' | 'builtin';
  method: 'get' | 'put' | 'post' | 'delete' | 'patch';
  path: string;
  /** The path in @koa/router's syntax (`/api/rooms/:room`). */
  routerPath: string;
  summary: string;
  auth: 'none' | 'session';
  body?: { type: string; required: boolean };
  pathType?: string;
  queryType?: string;
  /** Where each parameter arrives, by name: the HTTP transport names a core error's argument by it. */
  parameters: { name: string; in: 'path' | 'query' }[];
  responses: HttpResponse[];
}

export interface HttpModel {
  schemas: SchemaSet;
  /** Schemas of path and query parameters: validated with type coercion, since they arrive as strings. */
  paramSchemas: SchemaSet;
  operations: HttpOperation[];
}

export const SESSION_SCHEME = 'sessionToken';
/** METRICS_TOKEN, checked by the operations that take it (/metrics, /api/health), not by the router. */
export const OPERATOR_SCHEME = 'operatorToken';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const UNSUPPORTED_METHODS = ['head', 'options', 'trace'] as const;
const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OPERATION_ID = /^[a-z][A-Za-z0-9]*$/;
export const HANDLER_EXTENSION = 'x-switchboard-handler';
const JSON_MEDIA_TYPE = 'application/json';

function namedSchema(schemas: SchemaSet, schema: unknown, fallbackName: string, where: string): string {
  const ref = componentRefName(schema);
  if (ref) return ref;
  addSchema(schemas, fallbackName, normalizeSchema(schema, where) as JsonSchema, where);
  return fallbackName;
}

function jsonSchemaOf(content: unknown, findings: Findings, at: (string | number)[]): unknown {
  if (!isNode(content)) return undefined;
  const types = Object.keys(content);
  if (types.length !== 1 || types[0] !== JSON_MEDIA_TYPE) {
    findings.error(
      at,
      'switchboard-json-only',
      `only application/json bodies are supported (found ${types.join(', ')}); an operation the server serves itself may answer others (${HANDLER_EXTENSION}: builtin)`,
    );
    return undefined;
  }
  const media = content[JSON_MEDIA_TYPE];
  return isNode(media) ? media.schema : undefined;
}

/**
 * The JSON schema of a builtin operation's response: it may also answer HTML or YAML, which the server
 * makes itself (the docs build, the bundled spec) and which no validator checks.
 */
function builtinJsonSchemaOf(content: unknown): unknown {
  if (!isNode(content)) return undefined;
  const media = content[JSON_MEDIA_TYPE];
  return isNode(media) ? media.schema : undefined;
}

function servedByOf(op: Node, findings: Findings, at: (string | number)[]): HttpOperation['servedBy'] {
  const value = op[HANDLER_EXTENSION];
  if (value === undefined) return 'handler';
  if (value === 'builtin') return 'builtin';
  findings.error(
    [...at, HANDLER_EXTENSION],
    'switchboard-handler',
    `${HANDLER_EXTENSION} must be builtin (served by src/transports/http/builtins.ts) or absent (a handler), not ${JSON.stringify(value)}`,
  );
  return 'handler';
}

function authOf(
  doc: Bundled,
  op: Node,
  findings: Findings,
  at: (string | number)[],
  servedBy: HttpOperation['servedBy'],
): 'none' | 'session' {
  const requirements = (op.security ?? doc.security ?? []) as Record<string, unknown>[];
  const schemes = requirements.flatMap((r) => Object.keys(r));
  if (schemes.length === 0) return 'none';
  // The operator's token (METRICS_TOKEN) is no user's session: the operation checks it itself, and may
  // take it optionally ({} beside it), as /api/health does to show its details.
  if (schemes.every((s) => s === OPERATOR_SCHEME)) return 'none';
  // A builtin authenticates itself, so it may take another scheme besides the session token (the event
  // stream's one-use ticket, for browsers); a handler's route is authenticated by routes.ts, which knows one.
  if (
    schemes.some((s) => s !== SESSION_SCHEME) &&
    (servedBy !== 'builtin' || !schemes.includes(SESSION_SCHEME))
  ) {
    findings.error(
      [...at, 'security'],
      'switchboard-security',
      `only the ${SESSION_SCHEME} security scheme is supported, or ${OPERATOR_SCHEME} alone (found ${schemes.join(', ')})`,
    );
  }
  // An empty requirement ({}) next to sessionToken makes authentication optional; we do not support that yet.
  if (requirements.some((r) => Object.keys(r).length === 0)) {
    findings.error(
      [...at, 'security'],
      'switchboard-security',
      'optional authentication ({} next to a scheme) is not supported',
    );
  }
  return 'session';
}

/** Builds the object schema of one parameter location (path or query) from the parameter list. */
function parameterSchema(params: Node[], location: 'path' | 'query', where: string): JsonSchema | undefined {
  const chosen = params.filter((p) => p.in === location);
  if (chosen.length === 0) return undefined;
  const property = (p: Node): unknown => {
    const schema = normalizeSchema(p.schema ?? {}, `${where}.${String(p.name)}`) as JsonSchema;
    return p.description ? { ...schema, description: p.description } : schema;
  };
  return {
    type: 'object',
    additionalProperties: false,
    required: chosen.filter((p) => p.required === true || location === 'path').map((p) => String(p.name)),
    properties: Object.fromEntries(chosen.map((p) => [String(p.name), property(p)])),
  };
}

interface ModelParts {
  doc: Bundled;
  schemas: SchemaSet;
  paramSchemas: SchemaSet;
  findings: Findings;
}

function readResponses(parts: ModelParts, op: Node, operation: HttpOperation, at: (string | number)[]): void {
  const { doc, schemas, findings } = parts;
  const Name = pascalCase(operation.operationId);
  for (const [status, rawResponse] of Object.entries(isNode(op.responses) ? op.responses : {})) {
    const response = resolveRef(doc, rawResponse).node;
    const code = status === 'default' ? 'default' : Number(status);
    if (code !== 'default' && !(Number.isInteger(code) && code >= 100 && code <= 599)) {
      findings.error(
        [...at, 'responses', status],
        'switchboard-status',
        `response status ${status} is not supported (use a number or default)`,
      );
      continue;
    }
    const schema =
      response.content === undefined
        ? undefined
        : operation.servedBy === 'builtin'
          ? builtinJsonSchemaOf(response.content)
          : jsonSchemaOf(response.content, findings, [...at, 'responses', status, 'content']);
    const bodyType =
      schema === undefined
        ? undefined
        : namedSchema(
            schemas,
            schema,
            `${Name}Response${status === 'default' ? 'Default' : status}`,
            `${operation.operationId}.responses.${status}`,
          );
    const headers = Object.keys(isNode(response.headers) ? response.headers : {}).sort(compareText);
    operation.responses.push({
      status: code,
      description: String(response.description ?? ''),
      bodyType,
      headers,
    });
  }
  // Every status an operation can answer is declared, so that clients can be built from the spec; an
  // error the spec does not declare for the operation is answered as INTERNAL, which must be declared.
  if (operation.responses.find((r) => r.status === 500)?.bodyType !== ERROR_REPLY_TYPE) {
    findings.error(
      [...at, 'responses'],
      'switchboard-internal-response',
      `every operation declares its 500 response with an ${ERROR_REPLY_TYPE} body (an undeclared error is answered as INTERNAL)`,
    );
  }
}

/** One operation of the document; undefined (with findings) when Switchboard cannot serve it. */
function readOperation(
  parts: ModelParts,
  path: string,
  method: HttpOperation['method'],
  op: Node,
  shared: Node[],
): HttpOperation | undefined {
  const { doc, schemas, paramSchemas, findings } = parts;
  const at = ['paths', path, method];
  const operationId = String(op.operationId ?? '');
  if (!OPERATION_ID.test(operationId)) {
    findings.error(
      at,
      'switchboard-operation-id',
      `operationId "${operationId}" must be camelCase (it names a handler file)`,
    );
    return undefined;
  }
  const Name = pascalCase(operationId);
  const own = (Array.isArray(op.parameters) ? op.parameters : []).map((p) => resolveRef(doc, p).node);
  const params = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
  for (const p of params) {
    if (p.in !== 'path' && p.in !== 'query') {
      findings.error(
        [...at, 'parameters'],
        'switchboard-parameter-location',
        `parameter ${String(p.name)} in ${String(p.in)} is not supported (path and query are)`,
      );
    } else if (!PARAMETER_NAME.test(String(p.name))) {
      findings.error(
        [...at, 'parameters'],
        'switchboard-parameter-name',
        `parameter name "${String(p.name)}" must be an identifier (letters, digits, _)`,
      );
    }
  }
  const servedBy = servedByOf(op, findings, at);
  const operation: HttpOperation = {
    operationId,
    servedBy,
    method,
    path,
    routerPath: path.replace(/\{([^}]+)\}/g, ':$1'),
    summary: String(op.summary ?? operationId),
    auth: authOf(doc, op, findings, at, servedBy),
    parameters: params
      .filter((p) => p.in === 'path' || p.in === 'query')
      .map((p) => ({ name: String(p.name), in: p.in as 'path' | 'query' })),
    responses: [],
  };
  const pathSchema = parameterSchema(params, 'path', `${operationId}.path`);
  if (pathSchema) {
    operation.pathType = `${Name}Path`;
    addSchema(paramSchemas, operation.pathType, pathSchema, operationId);
  }
  const querySchema = parameterSchema(params, 'query', `${operationId}.query`);
  if (querySchema) {
    operation.queryType = `${Name}Query`;
    addSchema(paramSchemas, operation.queryType, querySchema, operationId);
  }
  if (op.requestBody !== undefined) {
    const body = resolveRef(doc, op.requestBody).node;
    const schema = jsonSchemaOf(body.content, findings, [...at, 'requestBody', 'content']);
    if (schema !== undefined) {
      operation.body = {
        type: namedSchema(schemas, schema, `${Name}Body`, `${operationId}.requestBody`),
        required: body.required === true,
      };
    }
  }
  readResponses(parts, op, operation, at);
  return operation;
}

/**
 * Router order: at the first segment where two paths differ, a literal segment comes before a
 * parameter, so `/api/rooms/mine` is matched before `/api/rooms/{room}` can take it; then by text.
 */
export function compareRoutes(a: HttpOperation, b: HttpOperation): number {
  const as = a.path.split('/');
  const bs = b.path.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i] as string;
    const y = bs[i] as string;
    if (x === y) continue;
    const xParam = x.startsWith('{');
    const yParam = y.startsWith('{');
    if (xParam !== yParam) return xParam ? 1 : -1;
    return compareText(x, y);
  }
  return as.length - bs.length || compareText(a.method, b.method);
}

/** Reads the HTTP operations and schemas out of the bundled OpenAPI document. */
export function buildHttpModel(doc: Bundled, findings: Findings): HttpModel {
  const parts: ModelParts = { doc, schemas: new Map(), paramSchemas: new Map(), findings };
  readComponentSchemas(doc, parts.schemas, findings);

  const operations: HttpOperation[] = [];
  for (const [path, rawItem] of Object.entries(isNode(doc.paths) ? doc.paths : {})) {
    const item = resolveRef(doc, rawItem).node;
    const shared = (Array.isArray(item.parameters) ? item.parameters : []).map(
      (p) => resolveRef(doc, p).node,
    );
    for (const method of UNSUPPORTED_METHODS) {
      if (isNode(item[method]))
        findings.error(
          ['paths', path, method],
          'switchboard-method',
          `${method.toUpperCase()} operations are not supported (${METHODS.join(', ')} are)`,
        );
    }
    for (const method of METHODS) {
      const op = item[method];
      if (!isNode(op)) continue;
      const operation = findings.attempt(['paths', path, method], () =>
        readOperation(parts, path, method, op, shared),
      );
      if (operation) operations.push(operation);
    }
  }
  operations.sort(compareRoutes);
  return { schemas: parts.schemas, paramSchemas: parts.paramSchemas, operations };
}
