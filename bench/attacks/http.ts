/** HTTP as the attacks speak it: JSON requests with fetch, and fresh sockets from a chosen address. */
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';

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

/**
 * A GET on a new TCP connection from `localAddress`: any 127.x.y.z reaches a server on 127.0.0.1 (on
 * Linux), so a probe can be a client of another address without TRUST_PROXY, which would switch the
 * per-address HTTP socket cap off. The status, or why there was none.
 */
export function freshGet(
  server: { url: string },
  urlPath: string,
  localAddress: string,
  timeoutMs = 10_000,
): Promise<string> {
  return new Promise((resolve) => {
    const req = request(
      `${server.url}${urlPath}`,
      { agent: false, localAddress, timeout: timeoutMs },
      (res) => {
        res.resume();
        resolve(String(res.statusCode));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (err) => resolve(err.message));
    req.end();
  });
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

/** The header a trusted proxy (TRUST_PROXY=1) would add: how a probe plays a client from `address`. */
export const forwardedFor = (address: string) => ({ 'x-forwarded-for': address });

/** A TCP connection to the server, spoken to by hand (partial requests, slow headers). */
export interface RawHttpSocket {
  socket: Socket;
  /** When (Date.now()) the connection closed, once it has. */
  closedAt(): number | undefined;
  /** Resolves when the connection closes. */
  closed: Promise<void>;
  /** The status of what the server answered (`408`, `503`), once it has. */
  status(): number | undefined;
}

/**
 * Connects to the server and reads whatever it sends: a socket nobody reads never sees the server's
 * FIN, so it would look open for ever however early the server closed it.
 */
export async function rawHttpSocket(server: { url: string }): Promise<RawHttpSocket> {
  const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
  let closedAt: number | undefined;
  let received = '';
  socket.on('data', (chunk: Buffer) => {
    if (received.length < 200) received += chunk.toString('latin1');
  });
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) =>
    socket.once('close', () => {
      closedAt = Date.now();
      resolve();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('error', reject);
  });
  return {
    socket,
    closedAt: () => closedAt,
    closed,
    status: () => {
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      return match ? Number(match[1]) : undefined;
    },
  };
}
