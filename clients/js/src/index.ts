import { HttpClient, type HttpClientOptions } from './http-client.js';
import { SocketClient, type SocketClientOptions } from './socket-client.js';

export { ConnectionClosedError, OfflineQueueFullError, RequestExpiredError } from './connection-errors.js';
export { RequestTimeoutError, SwitchboardError, UnexpectedAnswerError } from './errors.js';
export type { HttpOperations } from './generated/http.js';
export type { RawRequests, RawServerEvents } from './generated/raw.js';
export type { ServerEvents, SocketRequests } from './generated/socket.js';
export { type ActionName, actionNames } from './generated/socket.js';
export type * from './generated/types.js';
export {
  type CallArgs,
  type CallResult,
  type FetchLike,
  HttpClient,
  type HttpClientOptions,
  type OperationId,
} from './http-client.js';
export * from './raw-client.js';
export { backoffDelay, type ReconnectOptions } from './reconnect.js';
export {
  type ConnectionState,
  isRequestError,
  type RequestError,
  type RequestEvent,
  type Restored,
  type ServerEvent,
  SocketClient,
  type SocketClientOptions,
} from './socket-client.js';

export interface ConnectOptions
  extends Omit<SocketClientOptions, 'socketSecret'>,
    Omit<HttpClientOptions, 'url'> {
  /** The socket secret; without it, read from `GET /api/users/me` with the session token. */
  socketSecret?: string;
  /** An HTTP client already signed in (after `registerUser` or `loginUser`), instead of `token`. */
  http?: HttpClient;
}

/** Both sides of a Switchboard server: typed HTTP calls and one typed Socket.IO connection. */
export interface SwitchboardClient {
  http: HttpClient;
  socket: SocketClient;
  request: SocketClient['request'];
  on: SocketClient['on'];
  onState: SocketClient['onState'];
  close(): void;
}

/** A typed HTTP client for a server, to register or log in before connecting. */
export function createHttpClient(opts: HttpClientOptions): HttpClient {
  return new HttpClient(opts);
}

/**
 * Connects to a server: with a socket secret, or with a session (a token or a signed-in HTTP client) from
 * which the socket secret is read.
 */
export async function connect(opts: ConnectOptions): Promise<SwitchboardClient> {
  const http =
    opts.http ??
    new HttpClient({
      url: opts.url,
      ...(opts.token !== undefined ? { token: opts.token } : {}),
      ...(opts.fetch ? { fetch: opts.fetch } : {}),
    });
  let socketSecret = opts.socketSecret;
  if (socketSecret === undefined && http.token !== undefined)
    socketSecret = (await http.call('getMe')).body.socketSecret;
  // With a session, a reconnection refused for a rotated secret reads the new one.
  const refreshSecret =
    http.token !== undefined ? async () => (await http.call('getMe')).body.socketSecret : undefined;
  const socket = await SocketClient.connect({
    ...opts,
    ...(socketSecret !== undefined ? { socketSecret } : {}),
    ...(refreshSecret ? { refreshSecret } : {}),
  });
  return {
    http,
    socket,
    request: (event, payload, requestOpts) => socket.request(event, payload, requestOpts),
    on: (event, fn) => socket.on(event, fn),
    onState: (fn) => socket.onState(fn),
    close: () => socket.close(),
  };
}
