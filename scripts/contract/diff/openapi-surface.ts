import { childPointer } from './change.js';
import { follow, isNode, type Node } from './schema-context.js';
import { openapiSecurity } from './security.js';
import type { SchemaPart, Surface, SurfaceElement } from './surface.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * The HTTP API as clients see it: one element per method and path, with its parameters and request body
 * (what clients send), its responses by status and content type (what the server sends), its statuses
 * and its credentials; and the servers every route's URL starts with. Path parameters are known by position, not name: `/api/db/{repo}` renamed
 * `/api/db/{repository}` is the same route to a client.
 */
export function openapiSurface(doc: Node): Surface {
  const elements = new Map<string, SurfaceElement>();
  const paths = isNode(doc.paths) ? doc.paths : {};
  for (const [route, pathItem] of Object.entries(paths)) {
    if (!isNode(pathItem)) continue;
    const pathPointer = childPointer('#', 'paths', route);
    const shape = route.replace(/\{[^}]+\}/g, '{}');
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!isNode(operation)) continue;
      const pointer = childPointer(pathPointer, method);
      const label = `${method.toUpperCase()} ${route}`;
      const responses = isNode(operation.responses) ? operation.responses : {};
      elements.set(`${method.toUpperCase()} ${shape}`, {
        key: `${method.toUpperCase()} ${shape}`,
        subject: `the route \`${label}\``,
        pointer,
        direction: 'request',
        trackId: typeof operation.operationId === 'string' ? operation.operationId : label,
        kind: 'route',
        parts: [
          ...parameterParts(doc, route, pathItem.parameters, pathPointer, operation.parameters, pointer),
          ...bodyParts(doc, operation.requestBody, `${pointer}/requestBody`),
          ...responseParts(doc, responses, `${pointer}/responses`),
        ],
        codes: { what: 'status', values: Object.keys(responses), pointer: `${pointer}/responses` },
        security: openapiSecurity(doc, operation.security ?? doc.security),
      });
    }
  }
  for (const element of servers(doc)) elements.set(element.key, element);
  return { document: 'openapi', doc, elements };
}

/**
 * Where clients send requests: each `servers` URL, the prefix of every route (`http://localhost:3000` →
 * `/v2` moves them all). Its variables are taken at their defaults, the URL of a client that configures
 * nothing; no `servers` at all means `/`, as OpenAPI says. A server is known by its place in the list, so
 * a URL changed in place is a server moved, not one removed and one added.
 */
function servers(doc: Node): SurfaceElement[] {
  const declared = Array.isArray(doc.servers) && doc.servers.length > 0;
  const list: unknown[] = declared ? (doc.servers as unknown[]) : [{ url: '/' }];
  return list.flatMap((server, index) => {
    if (!isNode(server) || typeof server.url !== 'string') return [];
    const url = withDefaults(server.url, server.variables);
    return [
      {
        // `http://host/` and `http://host` prefix routes alike.
        key: `server ${url.replace(/\/+$/, '')}`,
        subject: `the server \`${url}\``,
        pointer: declared ? childPointer('#', 'servers', index, 'url') : '#/servers',
        direction: 'request' as const,
        trackId: `server #${index}`,
        kind: 'server' as const,
        parts: [],
      },
    ];
  });
}

/** A server URL template with each `{variable}` at its `default`. */
function withDefaults(url: string, variables: unknown): string {
  const vars = isNode(variables) ? variables : {};
  return url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const variable = vars[name];
    return isNode(variable) && typeof variable.default === 'string' ? variable.default : whole;
  });
}

/** Path-level parameters, overridden by the operation's own with the same `in` and `name`. */
function parameterParts(
  doc: Node,
  route: string,
  pathLevel: unknown,
  pathPointer: string,
  opLevel: unknown,
  opPointer: string,
): SchemaPart[] {
  const byId = new Map<string, { param: Node; pointer: string }>();
  const collect = (list: unknown, pointer: string): void => {
    if (!Array.isArray(list)) return;
    list.forEach((entry, i) => {
      const { value, pointer: at } = follow(doc, entry, `${pointer}/parameters/${i}`);
      if (isNode(value)) byId.set(`${String(value.in)} ${String(value.name)}`, { param: value, pointer: at });
    });
  };
  collect(pathLevel, pathPointer);
  collect(opLevel, opPointer);
  const pathNames = [...route.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  return [...byId.values()].map(({ param, pointer }) => {
    const where = String(param.in);
    const name = String(param.name);
    // A path parameter is its position in the path: that is all a client's URL carries.
    const key =
      where === 'path'
        ? `path #${pathNames.indexOf(name)}`
        : `${where} ${where === 'header' ? name.toLowerCase() : name}`;
    return {
      key,
      label: '',
      direction: 'request' as const,
      field: `${where}.${name}`,
      required: param.required === true || where === 'path',
      requiredPointer: `${pointer}/required`,
      alternative: false,
      schema: param.schema ?? true,
      pointer: `${pointer}/schema`,
    };
  });
}

function bodyParts(doc: Node, requestBody: unknown, pointer: string): SchemaPart[] {
  const { value: body, pointer: at } = follow(doc, requestBody, pointer);
  if (!isNode(body) || !isNode(body.content)) return [];
  return Object.entries(body.content).map(([type, media]) => ({
    key: `body ${type}`,
    label: type === 'application/json' ? '' : `body ${type}`,
    direction: 'request' as const,
    field: 'body',
    required: body.required === true,
    requiredPointer: `${at}/required`,
    alternative: false,
    schema: isNode(media) ? (media.schema ?? true) : true,
    pointer: childPointer(at, 'content', type, 'schema'),
  }));
}

function responseParts(doc: Node, responses: Node, pointer: string): SchemaPart[] {
  return Object.entries(responses).flatMap(([status, entry]) => {
    const { value: response, pointer: at } = follow(doc, entry, childPointer(pointer, status));
    if (!isNode(response) || !isNode(response.content)) return [];
    return Object.entries(response.content).map(([type, media]) => ({
      key: `response ${status} ${type}`,
      label: `response ${status}${type === 'application/json' ? '' : ` ${type}`}`,
      direction: 'response' as const,
      field: 'body',
      required: false,
      alternative: false,
      code: status,
      // What describes it where it has no entry of its own: its range, then `default` (compare-codes.ts).
      fallbacks: /^\d{3}$/.test(status)
        ? [`response ${status[0]}XX ${type}`, `response default ${type}`]
        : /^\dXX$/.test(status)
          ? [`response default ${type}`]
          : [],
      schema: isNode(media) ? (media.schema ?? true) : true,
      pointer: childPointer(at, 'content', type, 'schema'),
    }));
  });
}
