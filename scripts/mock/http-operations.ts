import { sample } from '../../templates/asyncapi-docs/lib/schema.js';
import type { SchemaPointer } from './schema-validators.js';
import { child, follow, isNode, type Node } from './spec-pointers.js';
import type { SpecDocument } from './spec-source.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

export interface HttpParameter {
  name: string;
  schema: SchemaPointer;
  required: boolean;
}

/** One way to answer: a media type, its canned body and where its schema is. */
export interface MediaAnswer {
  type: string;
  body: unknown;
  schema: SchemaPointer | undefined;
}

/** One declared response: its status, and for each declared media type where its schema is. */
export interface DeclaredResponse {
  status: number;
  media: Map<string, SchemaPointer | undefined>;
}

/** What the mock knows of one OpenAPI operation, read once at start-up. */
export interface HttpOperation {
  operationId: string;
  method: string;
  /** The path as the spec writes it: `/api/db/{repo}/{id}`. */
  path: string;
  pattern: RegExp;
  pathParameterNames: string[];
  secured: boolean;
  pathParameters: HttpParameter[];
  queryParameters: HttpParameter[];
  body: { schema: SchemaPointer; required: boolean; mediaTypes: string[] } | undefined;
  responses: Map<number, DeclaredResponse>;
  /** The first declared 2xx and its canned bodies, one per media type, in the spec's order. */
  success: { status: number; media: MediaAnswer[] };
}

/** `/api/db/{repo}/{id}` → a regular expression with one group per parameter. */
function pathPattern(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const param = /^\{([^}]+)\}$/.exec(part);
      if (param?.[1]) {
        names.push(param[1]);
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`), names };
}

/**
 * The canned body of one media type: `example`, else the first of `examples`, else a schema sample (for an
 * HTML page or a script, whose schema says only `string`, a minimal page or module naming the operation).
 */
function cannedBody(doc: SpecDocument, media: Node, type: string, summary: string): unknown {
  if ('example' in media) return media.example;
  if (isNode(media.examples)) {
    const first = Object.values(media.examples)[0];
    if (first !== undefined) {
      const { node } = follow(doc, first, '#');
      if ('value' in node) return node.value;
    }
  }
  if (type === 'text/html')
    return `<!doctype html><html><head><title>Switchboard mock</title></head><body><p>${summary.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}: served by the mock from the spec.</p></body></html>`;
  // A script (the browser client, the demo's script): an empty ES module that says where it came from.
  if (type === 'text/javascript')
    return `// ${summary.replace(/[\r\n]/g, ' ')}: served by the mock from the spec.\nexport {};\n`;
  return sample(doc, media.schema);
}

/** A parameter with where it goes (`path`, `query`…), as declared. */
type LocatedParameter = HttpParameter & { in: unknown };

function readParameters(doc: SpecDocument, list: unknown, base: SchemaPointer): LocatedParameter[] {
  if (!Array.isArray(list)) return [];
  return list.map((raw, index) => {
    const { node, pointer } = follow(doc, raw, child(base, index));
    return {
      in: node.in,
      name: String(node.name),
      schema: child(pointer, 'schema'),
      required: node.required === true || node.in === 'path',
    };
  });
}

/** Every operation of the OpenAPI document, literal paths before templated ones (`/me` before `/{id}`). */
export function readHttpOperations(doc: SpecDocument): HttpOperation[] {
  const operations: HttpOperation[] = [];
  const paths = isNode(doc.paths) ? doc.paths : {};
  const topSecurity = doc.security;
  for (const [path, item] of Object.entries(paths)) {
    if (!isNode(item)) continue;
    const itemPointer = child('#/paths' as SchemaPointer, path);
    for (const method of METHODS) {
      const op = item[method];
      if (!isNode(op)) continue;
      const operationId = String(op.operationId ?? `${method.toUpperCase()} ${path}`);
      const opPointer = child(itemPointer, method);
      const parameters = [
        ...readParameters(doc, item.parameters, child(itemPointer, 'parameters')),
        ...readParameters(doc, op.parameters, child(opPointer, 'parameters')),
      ];
      const unsupported = parameters.find((p) => p.in !== 'path' && p.in !== 'query');
      if (unsupported)
        throw new Error(
          `${operationId}: parameter ${unsupported.name} in ${String(unsupported.in)} is not supported`,
        );
      const strip = ({ name, schema, required }: HttpParameter): HttpParameter => ({
        name,
        schema,
        required,
      });
      const security = (op.security ?? topSecurity) as unknown[] | undefined;
      const responses = new Map<number, DeclaredResponse>();
      const canned = new Map<number, MediaAnswer[]>();
      for (const [status, raw] of Object.entries(isNode(op.responses) ? op.responses : {})) {
        const code = Number(status);
        if (!Number.isInteger(code)) continue;
        const { node, pointer } = follow(doc, raw, child(opPointer, 'responses', status));
        const media = new Map<string, SchemaPointer | undefined>();
        const answers: MediaAnswer[] = [];
        for (const [type, m] of Object.entries(isNode(node.content) ? node.content : {})) {
          if (!isNode(m)) continue;
          const schema = m.schema === undefined ? undefined : child(pointer, 'content', type, 'schema');
          media.set(type, schema);
          answers.push({ type, schema, body: cannedBody(doc, m, type, String(op.summary ?? operationId)) });
        }
        responses.set(code, { status: code, media });
        canned.set(code, answers);
      }
      const successStatus = [...responses.keys()].find((s) => s >= 200 && s < 300);
      if (successStatus === undefined) throw new Error(`${operationId}: no 2xx response is declared`);
      let body: HttpOperation['body'];
      if (op.requestBody !== undefined) {
        const { node, pointer } = follow(doc, op.requestBody, child(opPointer, 'requestBody'));
        const content = isNode(node.content) ? node.content : {};
        const json = Object.keys(content).find((t) => /json/.test(t));
        if (!json) throw new Error(`${operationId}: only JSON request bodies are supported`);
        body = {
          schema: child(pointer, 'content', json, 'schema'),
          required: node.required === true,
          mediaTypes: Object.keys(content),
        };
      }
      const { pattern, names } = pathPattern(path);
      operations.push({
        operationId,
        method: method.toUpperCase(),
        path,
        pattern,
        pathParameterNames: names,
        // Credentials are required only when every alternative names some: `{}` among them makes them optional.
        secured:
          Array.isArray(security) &&
          security.length > 0 &&
          security.every((s) => isNode(s) && Object.keys(s).length > 0),
        pathParameters: parameters.filter((p) => p.in === 'path').map(strip),
        queryParameters: parameters.filter((p) => p.in === 'query').map(strip),
        body,
        responses,
        success: { status: successStatus, media: canned.get(successStatus) ?? [] },
      });
    }
  }
  return operations.sort((a, b) => a.pathParameterNames.length - b.pathParameterNames.length);
}
