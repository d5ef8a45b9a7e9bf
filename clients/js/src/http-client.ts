import { errorOf, SwitchboardError, UnexpectedAnswerError } from './errors.js';
import { type HttpOperations, httpOperations } from './generated/http.js';
import type { ActionName, SocketRequests } from './generated/socket.js';

export type OperationId = keyof HttpOperations;

/** Path parameters, query and body of an operation: each required exactly when the spec requires it. */
export type CallArgs<Id extends OperationId> = PathArg<HttpOperations[Id]['pathParams']> &
  QueryArg<HttpOperations[Id]['query']> &
  BodyArg<HttpOperations[Id]['body'], HttpOperations[Id]['bodyRequired']>;
type PathArg<P> = [P] extends [undefined] ? { pathParams?: undefined } : { pathParams: P };
type QueryArg<Q> = [Q] extends [undefined]
  ? { query?: undefined }
  : Record<string, never> extends Q
    ? { query?: Q }
    : { query: Q };
type BodyArg<B, Required> = [B] extends [undefined]
  ? { body?: undefined }
  : Required extends true
    ? { body: B }
    : { body?: B };

type SuccessStatus<R> = {
  [K in keyof R]: K extends number ? (`${K}` extends `2${string}` ? K : never) : never;
}[keyof R];

/** The answers an operation succeeds with, by status; every other status rejects with SwitchboardError. */
export type CallResult<Id extends OperationId> = {
  [S in SuccessStatus<HttpOperations[Id]['responses']>]: {
    status: S;
    body: HttpOperations[Id]['responses'][S];
  };
}[SuccessStatus<HttpOperations[Id]['responses']>];

/** What the client needs of `fetch`, so its declarations need neither the DOM library nor Node's types. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<{ status: number; headers: { get(name: string): string | null }; text(): Promise<string> }>;

export interface HttpClientOptions {
  /** The server's base URL (`https://chat.example.com`). */
  url: string;
  /** A session token from an earlier login; `registerUser` and `loginUser` set it, `logoutUser` clears it. */
  token?: string;
  /** Defaults to the global `fetch` (Node 18+, browsers). */
  fetch?: FetchLike;
}

// The operations whose answer opens a session (their 2xx body is a Session), and the one that closes it.
const OPENS_SESSION: ReadonlySet<OperationId> = new Set<OperationId>(['registerUser', 'loginUser']);
const CLOSES_SESSION: OperationId = 'logoutUser';

/**
 * Typed calls of the OpenAPI document's operations by operationId. The session token is kept here:
 * sent as `Authorization: Bearer` to every operation that needs a session.
 */
export class HttpClient {
  /** The current session token; undefined before a login and after a logout. */
  token: string | undefined;
  private readonly base: string;
  private readonly fetch: FetchLike;

  constructor(opts: HttpClientOptions) {
    this.base = opts.url.replace(/\/+$/, '');
    this.token = opts.token;
    const given = opts.fetch ?? (globalThis as { fetch?: FetchLike }).fetch;
    if (!given) throw new TypeError('no global fetch here: pass one as the `fetch` option');
    // Called as a plain function: a browser's fetch refuses to run as another object's method
    // ("Illegal invocation").
    this.fetch = (url, init) => given(url, init);
  }

  /** Calls an operation; rejects with SwitchboardError (the spec's code, message, field and the status). */
  async call<Id extends OperationId>(
    operationId: Id,
    ...[args]: Record<string, never> extends CallArgs<Id> ? [args?: CallArgs<Id>] : [args: CallArgs<Id>]
  ): Promise<CallResult<Id>> {
    const op = httpOperations[operationId];
    if (!op) throw new TypeError(`unknown operation ${String(operationId)}`);
    const { pathParams, query, body } = (args ?? {}) as {
      pathParams?: Record<string, unknown>;
      query?: Record<string, unknown>;
      body?: unknown;
    };
    const headers: Record<string, string> = { accept: 'application/json' };
    if (op.auth === 'session' && this.token) headers.authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const url = `${this.base}${fillPath(operationId, op.path, pathParams)}${queryString(query)}`;
    const res = await this.fetch(url, {
      method: op.method.toUpperCase(),
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const answer = await readBody(operationId, res);
    if (res.status >= 400) {
      const error = errorOf(answer);
      if (!error) throw new UnexpectedAnswerError(operationId, `status ${res.status} without an error body`);
      throw new SwitchboardError(operationId, error, res.status);
    }
    if (OPENS_SESSION.has(operationId)) this.token = (answer as { token: string }).token;
    if (operationId === CLOSES_SESSION) this.token = undefined;
    return { status: res.status, body: answer } as CallResult<Id>;
  }

  /**
   * Calls an action (`POST /api/actions/{name}`) with its parameters; resolves with its typed reply, the
   * same as over Socket.IO and `/ws`. Rejects as `call` does.
   */
  async action<N extends ActionName>(
    name: N,
    params: SocketRequests[N]['payload'],
  ): Promise<SocketRequests[N]['reply']> {
    const { body } = await this.call('callAction', {
      pathParams: { name },
      body: params as Record<string, unknown>,
    });
    return body as SocketRequests[N]['reply'];
  }
}

function fillPath(operationId: string, template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === '')
      throw new TypeError(`${operationId}: path parameter ${name} is missing`);
    return encodeURIComponent(String(value));
  });
}

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function readBody(
  operationId: string,
  res: { status: number; headers: { get(name: string): string | null }; text(): Promise<string> },
): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  if (!/\bjson\b/.test(res.headers.get('content-type') ?? '')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UnexpectedAnswerError(operationId, `status ${res.status} with a body that is not JSON`);
  }
}
