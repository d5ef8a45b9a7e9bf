import { io, type Socket } from 'socket.io-client';
import { errorOf, RequestTimeoutError, SwitchboardError, UnexpectedAnswerError } from './errors.js';
import {
  acknowledgedRequests,
  type HandshakeAuthPayload,
  type ServerEvents,
  type SocketRequests,
} from './generated/socket.js';
import type { Welcome } from './generated/types.js';

export type RequestEvent = keyof SocketRequests;
export type ServerEvent = keyof ServerEvents;
/** The error a request rejects with when the server refuses it: its code is one the spec declares for it. */
export type RequestError<E extends RequestEvent> = SwitchboardError<SocketRequests[E]['errors']>;

/** Whether `err` is the server's refusal of request `event` (then `err.code` is typed to its codes). */
export function isRequestError<E extends RequestEvent>(err: unknown, event: E): err is RequestError<E> {
  return err instanceof SwitchboardError && err.operation === event;
}

export interface SocketClientOptions {
  /** The server's base URL; Socket.IO's default path `/socket.io/`. */
  url: string;
  /** The user's socket secret (`socketSecret` of `GET /api/users/me`). */
  socketSecret?: string;
  /** `false` connects invisibly (Nakama's appearOnline). */
  appearOnline?: boolean;
  /** Socket.IO's transports; the default starts with long-polling and upgrades, as Socket.IO does. */
  transports?: ('polling' | 'websocket')[];
  /** How long a request waits for its acknowledgement, unless it says otherwise (default 10 s). */
  timeoutMs?: number;
  /** How long connecting waits for the server's `welcome` (default 10 s). */
  connectTimeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * One Socket.IO connection with typed requests and events. It does not reconnect yet: after a
 * disconnection, requests reject and a new `SocketClient.connect` is needed (rejoining rooms included).
 */
export class SocketClient {
  private constructor(
    private readonly socket: Socket,
    /** The server's `welcome`: this connection's id and who it is. */
    readonly welcome: Welcome,
    private readonly timeoutMs: number,
  ) {}

  /** Opens a connection and resolves once the server has welcomed it; rejects with the handshake's error. */
  static connect(opts: SocketClientOptions): Promise<SocketClient> {
    const auth: HandshakeAuthPayload = {
      ...(opts.socketSecret !== undefined ? { socketSecret: opts.socketSecret } : {}),
      ...(opts.appearOnline !== undefined ? { appearOnline: opts.appearOnline } : {}),
    };
    const socket = io(opts.url, {
      auth,
      forceNew: true,
      // Reconnecting without re-joining rooms and replaying what was missed would lose messages silently.
      reconnection: false,
      ...(opts.transports ? { transports: opts.transports } : {}),
    });
    const connectTimeoutMs = opts.connectTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
      const fail = (err: Error) => {
        clearTimeout(timer);
        socket.close();
        reject(err);
      };
      const timer = setTimeout(
        () => fail(new RequestTimeoutError('connect', connectTimeoutMs)),
        connectTimeoutMs,
      );
      socket.once('connect_error', (err: Error & { data?: unknown }) => {
        const error = errorOf({ error: err.data });
        fail(error ? new SwitchboardError('connect', error) : err);
      });
      socket.once('welcome', (welcome: Welcome) => {
        clearTimeout(timer);
        socket.off('connect_error');
        resolve(new SocketClient(socket, welcome, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS));
      });
    });
  }

  /** Whether the connection is open. */
  get connected(): boolean {
    return this.socket.connected;
  }

  /**
   * Sends a request and resolves with its typed reply. Rejects with SwitchboardError (see
   * isRequestError), RequestTimeoutError, or an Error when the connection is closed.
   */
  async request<E extends RequestEvent>(
    event: E,
    payload: SocketRequests[E]['payload'],
    opts: { timeoutMs?: number } = {},
  ): Promise<SocketRequests[E]['reply']> {
    if (!(event in acknowledgedRequests)) throw new TypeError(`unknown request ${String(event)}`);
    // Socket.IO buffers emits while disconnected; without reconnection they would wait for the timeout.
    if (!this.socket.connected) throw new Error(`${event}: the connection is closed`);
    if (!acknowledgedRequests[event]) {
      this.socket.emit(event, payload);
      return undefined as unknown as SocketRequests[E]['reply'];
    }
    const timeoutMs = opts.timeoutMs ?? this.timeoutMs;
    let answer: unknown;
    try {
      answer = await this.socket.timeout(timeoutMs).emitWithAck(event, payload);
    } catch {
      // Socket.IO's only rejection of emitWithAck is its timeout.
      throw new RequestTimeoutError(event, timeoutMs);
    }
    if (typeof answer !== 'object' || answer === null)
      throw new UnexpectedAnswerError(event, 'the acknowledgement is not an object');
    const error = errorOf(answer);
    if (error)
      throw new SwitchboardError(event, error as { code: SocketRequests[E]['errors']; message: string });
    return answer as SocketRequests[E]['reply'];
  }

  /** Calls `fn` with every `event` the server sends; returns the function that stops it. */
  on<E extends ServerEvent>(event: E, fn: (payload: ServerEvents[E]) => void): () => void {
    const listener = (payload: ServerEvents[E]) => fn(payload);
    this.socket.on(event as string, listener);
    return () => {
      this.socket.off(event as string, listener);
    };
  }

  /** Calls `fn` once when the connection closes, with Socket.IO's reason (`io server disconnect`…). */
  onClose(fn: (reason: string) => void): () => void {
    this.socket.on('disconnect', fn);
    return () => {
      this.socket.off('disconnect', fn);
    };
  }

  close(): void {
    this.socket.close();
  }
}
