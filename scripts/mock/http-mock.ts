import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Credentials, MockSession } from './credentials.js';
import { declaredRefusal, MockHttpError } from './http-errors.js';
import type { HttpOperation } from './http-operations.js';
import { negotiate, queryValues, readJsonBody } from './http-request.js';
import { inboundProblem } from './inbound-json.js';
import type { SpecValidators } from './schema-validators.js';
import { applySessionEffects } from './session-effects.js';
import type { ServedFile } from './spec-documents.js';

export interface HttpMockOptions {
  operations: readonly HttpOperation[];
  validators: SpecValidators;
  errorStatuses: Map<string, number>;
  credentials: Credentials;
  documents: Map<string, ServedFile>;
  log: (line: Record<string, unknown>) => void;
}

interface Answer {
  status: number;
  type?: string;
  body?: string;
  headers?: Record<string, string>;
}

const json = (status: number, value: unknown): Answer => ({
  status,
  type: 'application/json; charset=utf-8',
  body: JSON.stringify(value),
});

/**
 * A path segment decoded as the server's router decodes it: one that is not valid percent-encoded UTF-8
 * (`%E0%A4`) stays as it came, and the parameter's schema then refuses it (`400 BAD_INPUT`, `path.repo`).
 */
function decodeSegment(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The request's target as a URL, or nothing when it is none (`//[`): the server answers that 404. */
function requestUrl(target: string | undefined): URL | undefined {
  try {
    return new URL(target ?? '/', 'http://mock.invalid');
  } catch {
    return undefined;
  }
}

/** The operation at a path and method, or which methods the path has (for 405), or nothing (404). */
function route(operations: readonly HttpOperation[], method: string, pathname: string) {
  const methods: string[] = [];
  for (const op of operations) {
    const match = op.pattern.exec(pathname);
    if (!match) continue;
    if (op.method === method) {
      const params: Record<string, string> = {};
      op.pathParameterNames.forEach((name, i) => {
        params[name] = decodeSegment(match[i + 1] ?? '');
      });
      return { op, params };
    }
    methods.push(op.method);
  }
  return { methods };
}

/**
 * The HTTP side of the mock: each OpenAPI operation at its path and method, checked as the server checks
 * (authentication, then path, query and body against their schemas) and answered with the first declared
 * 2xx and its example, or refused with a status and code the operation declares.
 */
export function httpMock(opts: HttpMockOptions) {
  const { validators } = opts;

  /** The success answer, in the media type the client prefers, checked against its schema. */
  const succeed = (
    op: HttpOperation,
    req: IncomingMessage,
    session: MockSession | undefined,
    body: unknown,
  ) => {
    const { status, media } = op.success;
    const chosen = media.find(
      (m) =>
        m.type ===
        negotiate(
          req.headers.accept,
          media.map((m) => m.type),
        ),
    );
    if (!chosen) {
      applySessionEffects(op.operationId, undefined, { session, body }, opts.credentials);
      return { status };
    }
    const value = applySessionEffects(op.operationId, chosen.body, { session, body }, opts.credentials);
    const invalid = chosen.schema ? validators.check(chosen.schema, value) : undefined;
    if (invalid)
      throw new Error(
        `${op.operationId} ${status} ${chosen.type}: the mock's answer breaks its schema: ${invalid.message}`,
      );
    if (/json/.test(chosen.type)) return { ...json(status, value), type: `${chosen.type}; charset=utf-8` };
    return {
      status,
      type: `${chosen.type}; charset=utf-8`,
      body: typeof value === 'string' ? value : String(value),
    };
  };

  const answerOperation = async (
    op: HttpOperation,
    params: Record<string, string>,
    req: IncomingMessage,
    url: URL,
  ): Promise<Answer> => {
    const session = op.secured ? opts.credentials.byBearer(req.headers.authorization) : undefined;
    if (op.secured && !session)
      throw new MockHttpError(
        'UNAUTHENTICATED',
        req.headers.authorization ? 'the session token is unknown or ended' : 'the session token is missing',
        'header.authorization',
      );
    const refuse = (invalid: { field: string; message: string } | undefined) => {
      if (invalid) throw new MockHttpError('BAD_INPUT', invalid.message, invalid.field);
    };
    if (op.pathParameters.length > 0) refuse(validators.checkParameters('path', op.pathParameters, params));
    if (op.queryParameters.length > 0)
      refuse(validators.checkParameters('query', op.queryParameters, queryValues(url.searchParams)));
    let body: unknown;
    if (op.body) {
      body = await readJsonBody(req);
      if (body === undefined && op.body.required)
        throw new MockHttpError('BAD_INPUT', 'a JSON body is required', 'body');
      if (body !== undefined) {
        refuse(inboundProblem(body, 'body'));
        refuse(validators.check(op.body.schema, body, 'body'));
      }
    }
    if (op.operationId === 'getSpecDocument') {
      const file = opts.documents.get(params.document ?? '');
      if (!file) throw new MockHttpError('NOT_FOUND', 'no such spec document', 'path.document');
      return { status: 200, type: file.type, body: file.body };
    }
    return succeed(op, req, session, body);
  };

  /** The declared refusal for an error, or none when the operation declares no status for it (logged). */
  const refusalOf = (op: HttpOperation | undefined, err: MockHttpError) => {
    try {
      return declaredRefusal(op, err, opts.errorStatuses);
    } catch (undeclared) {
      opts.log({ level: 'error', operationId: op?.operationId, error: (undeclared as Error).message });
      return undefined;
    }
  };

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = requestUrl(req.url);
    const found = url ? route(opts.operations, method, url.pathname) : { methods: [] };
    let answer: Answer;
    try {
      if (!url) throw new MockHttpError('NOT_FOUND', `no route ${method} ${(req.url ?? '').slice(0, 256)}`);
      if (!('op' in found) || !found.op) {
        const methods = found.methods ?? [];
        throw methods.length > 0
          ? new MockHttpError(
              'METHOD_NOT_ALLOWED',
              `${url.pathname} answers ${methods.join(', ')}, not ${method}`,
            )
          : new MockHttpError('NOT_FOUND', `no route ${method} ${url.pathname}`);
      }
      answer = await answerOperation(found.op, found.params, req, url);
    } catch (err) {
      const op = 'op' in found ? found.op : undefined;
      const refusal = err instanceof MockHttpError ? refusalOf(op, err) : undefined;
      if (refusal) {
        answer = json(refusal.status, refusal.body);
        if (refusal.body.error.code === 'METHOD_NOT_ALLOWED')
          answer.headers = { Allow: ('methods' in found ? (found.methods ?? []) : []).join(', ') };
        // The server closes the connection after a body over the limit, rather than read the rest.
        if (refusal.body.error.code === 'PAYLOAD_TOO_LARGE') answer.headers = { Connection: 'close' };
      } else {
        if (!(err instanceof MockHttpError))
          opts.log({ level: 'error', operationId: op?.operationId, error: (err as Error).message });
        answer = json(500, { error: { code: 'INTERNAL', message: 'the mock failed; see its log' } });
      }
    }
    opts.log({ transport: 'http', method, path: url?.pathname ?? req.url, status: answer.status });
    res.statusCode = answer.status;
    for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
    if (answer.type) res.setHeader('Content-Type', answer.type);
    res.end(answer.body);
  };

  // Node's HTTP server drops the promise a handler returns: whatever escapes the answer (a URL that will
  // not parse, a client gone mid-answer) would be an unhandled rejection, which ends the process.
  return (req: IncomingMessage, res: ServerResponse): void => {
    serve(req, res).catch((err: unknown) => {
      opts.log({ level: 'error', method: req.method, error: (err as Error).message });
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(JSON.stringify({ error: { code: 'INTERNAL', message: 'the mock failed; see its log' } }));
      } else res.destroy();
    });
  };
}
