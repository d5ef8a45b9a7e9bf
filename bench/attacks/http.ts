/** HTTP as the attacks speak it: JSON requests with fetch, and fresh sockets from a chosen address. */

export interface HttpReply {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, when it is JSON. */
  json: unknown;
}

export interface HttpOptions {
  /** A value sent as JSON, or a string or bytes sent as is (as application/json). */
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export async function http(
  server: { url: string },
  method: string,
  urlPath: string,
  opts: HttpOptions = {},
): Promise<HttpReply> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | Uint8Array | undefined;
  if (opts.body !== undefined) {
    body =
      typeof opts.body === 'string' || opts.body instanceof Uint8Array
        ? opts.body
        : JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${server.url}${urlPath}`, {
    method,
    headers,
    body,
    signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** The `error.code` of an error reply (HTTP body, ack or envelope), if it is one. */
export function errorCode(reply: unknown): string | undefined {
  const error = (reply as { error?: { code?: unknown } } | undefined)?.error;
  return typeof error?.code === 'string' ? error.code : undefined;
}

/** GET /api/health's connection counts; undefined when it does not answer in time. */
export async function connectionCounts(
  server: { url: string },
  timeoutMs = 3000,
): Promise<{ socketio: number; raw: number } | undefined> {
  try {
    const reply = await http(server, 'GET', '/api/health', { timeoutMs });
    return (reply.json as { connections?: { socketio: number; raw: number } }).connections;
  } catch {
    return undefined;
  }
}
