import { RequestTimeoutError, SwitchboardError, UnexpectedAnswerError } from './errors.js';
import { type RawRequests, type RawServerEvents, rawRequests, rawServerEvents } from './generated/raw.js';
import type { ActionName, SocketRequests } from './generated/socket.js';
import type { EnvelopeError } from './generated/types.js';

export type RawRequestType = keyof RawRequests;
export type RawServerEvent = keyof RawServerEvents;
/** The error a raw request rejects with when the server refuses it: its code is one the spec declares for it. */
export type RawRequestError<K extends RawRequestType> = SwitchboardError<RawRequests[K]['errors']>;

/** Whether `err` is the server's refusal of raw request `type` (then `err.code` is typed to its codes). */
export function isRawRequestError<K extends RawRequestType>(
  err: unknown,
  type: K,
): err is RawRequestError<K> {
  return err instanceof SwitchboardError && err.operation === rawRequests[type].operationId;
}

/**
 * What the client needs of a WebSocket: the browser's and Node 22's `WebSocket`, and the `ws` package's,
 * all fit.
 */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (event: { code: number; reason: string }) => void): void;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
}
export type WebSocketConstructor = new (url: string) => WebSocketLike;

export interface RawClientOptions {
  /**
   * The server's base URL (`http://host:3000`: the envelope is at `/ws` on it, `ws:` or `wss:`), or the
   * WebSocket URL itself (`ws://host:3000/ws`).
   */
  url: string;
  /** A session token (`POST /api/users/login`), traded for a socket token; without it only `echo` works. */
  token?: string;
  /** The WebSocket class; default `globalThis.WebSocket` (browsers, Node 22). On Node 20, pass `ws`'s. */
  WebSocket?: WebSocketConstructor;
  /** How long a request waits for its answer, unless it says otherwise (default 10 s). */
  timeoutMs?: number;
  /** How long connecting waits for `init` and, with a token, the `auth` answer (default 10 s). */
  connectTimeoutMs?: number;
}

/** The options of one request: its fields besides `data` (`channel` for `chan_in`) and its timeout. */
export type RawRequestOptions<K extends RawRequestType> = RawRequests[K]['fields'] & { timeoutMs?: number };

/** The connection closed: requests waiting for an answer, and any made after, reject with this. */
export class RawConnectionClosedError extends Error {
  override readonly name = 'RawConnectionClosedError';
  constructor(
    readonly operation: string,
    /** The WebSocket close code (1001 the server stops, 1008 a refused `auth`, 4001 the session ended…). */
    readonly code: number,
    readonly reason: string,
  ) {
    super(`${operation}: the connection closed (${code}${reason ? ` ${reason}` : ''})`);
  }
}

/** A request sent and not yet answered, in the order it was sent. */
interface Pending {
  operation: string;
  answerType: string;
  /** Set when it timed out: its answer still comes, in its place, and is then dropped. */
  settled: boolean;
  resolve(answer: unknown): void;
  reject(err: Error): void;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** `http(s)://host/...` → `ws(s)://host/ws`; a `ws(s):` URL as it is. */
function envelopeUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') return parsed.href;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new TypeError(`url: expected http(s): or ws(s):, got ${parsed.protocol}`);
  parsed.protocol = parsed.protocol === 'https:' ? 'wss:' : 'ws:';
  parsed.pathname = '/ws';
  return parsed.href;
}

function isEnvelope(value: unknown): value is { type: string; sid?: unknown; data?: unknown } {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

/**
 * One connection to the raw WebSocket envelope at `/ws` (StaticBackend's protocol), with typed requests
 * and events. The envelope has no request id: the server answers a connection's requests one after
 * another, in the order they came (spec: raw-websocket.yaml), so answers are matched to requests first in,
 * first out. A request that timed out keeps its place until its late answer arrives and is dropped. It
 * does not reconnect: after a close, requests reject with RawConnectionClosedError and a new
 * `connectRaw` is needed (joining channels again).
 */
export class RawClient {
  /** This connection's sid (the `data` of the server's `init`), carried by every envelope. */
  sid = '';
  /** The socket token `auth` answered, carried by every envelope but `echo` and `auth`. */
  socketToken: string | undefined;
  private readonly pending: Pending[] = [];
  private actionIds = 0;
  private readonly listeners = new Map<string, Set<(envelope: never) => void>>();
  private readonly closeListeners = new Set<(code: number, reason: string) => void>();
  private closed: { code: number; reason: string } | undefined;
  private lastError: string | undefined;

  private constructor(
    private readonly ws: WebSocketLike,
    private readonly timeoutMs: number,
  ) {
    ws.addEventListener('message', (event) => this.receive(event.data));
    // An error is always followed by a close; its message says why when the close has no reason (1006).
    // Listening also keeps `ws` from throwing it as an unhandled 'error' event.
    ws.addEventListener('error', (event) => {
      const message = (event as { message?: unknown }).message;
      this.lastError = typeof message === 'string' && message !== '' ? message : 'connection error';
    });
    ws.addEventListener('close', (event) =>
      this.onClosed(event.code, event.reason || (this.lastError ?? '')),
    );
  }

  /**
   * Opens a connection, waits for `init`, and with a session token authenticates (`auth`). Rejects with
   * the `auth` refusal (a SwitchboardError, see isRawRequestError(err, 'auth')), RequestTimeoutError, or
   * RawConnectionClosedError.
   */
  static async connect(opts: RawClientOptions): Promise<RawClient> {
    const WebSocketClass = opts.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    if (!WebSocketClass)
      throw new TypeError(
        'no WebSocket in this environment (Node 20): pass one, e.g. connectRaw({ url, WebSocket }) with `import { WebSocket } from "ws"`',
      );
    const connectTimeoutMs = opts.connectTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    const client = new RawClient(
      new WebSocketClass(envelopeUrl(opts.url)),
      opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
    try {
      await client.initialized(connectTimeoutMs);
      if (opts.token !== undefined) {
        const answer = await client.request('auth', opts.token, { timeoutMs: connectTimeoutMs });
        client.socketToken = answer.data;
      }
    } catch (err) {
      client.close();
      throw err;
    }
    return client;
  }

  /** Resolves with the `init` envelope's sid, the first thing the server sends. */
  private initialized(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        stopClose();
        reject(new RequestTimeoutError('connect', timeoutMs));
      }, timeoutMs);
      const stop = this.on('init', (init) => {
        clearTimeout(timer);
        stop();
        stopClose();
        this.sid = init.data;
        resolve();
      });
      const stopClose = this.onClose((code, reason) => {
        clearTimeout(timer);
        stop();
        reject(new RawConnectionClosedError('connect', code, reason));
      });
    });
  }

  /** Whether the connection is open (and not closed by either side). */
  get connected(): boolean {
    return this.closed === undefined && this.ws.readyState === 1;
  }

  /**
   * Sends request `type` with `data` (and, in `opts`, its other fields: `channel` for `chan_in`) and
   * resolves with its typed answer envelope. Rejects with SwitchboardError (see isRawRequestError),
   * RequestTimeoutError, RawConnectionClosedError or UnexpectedAnswerError.
   */
  request<K extends RawRequestType>(
    type: K,
    data: RawRequests[K]['data'],
    ...[opts]: object extends RawRequests[K]['fields']
      ? [opts?: RawRequestOptions<K>]
      : [opts: RawRequestOptions<K>]
  ): Promise<RawRequests[K]['answer']> {
    const entry = rawRequests[type];
    if (!entry) return Promise.reject(new TypeError(`unknown request type ${String(type)}`));
    const { timeoutMs = this.timeoutMs, ...fields } = (opts ?? {}) as { timeoutMs?: number };
    if (this.closed)
      return Promise.reject(
        new RawConnectionClosedError(entry.operationId, this.closed.code, this.closed.reason),
      );
    const envelope = {
      ...fields,
      sid: this.sid,
      type,
      data,
      ...(this.socketToken !== undefined ? { token: this.socketToken } : {}),
    };
    return new Promise((resolve, reject) => {
      const pending: Pending = {
        operation: entry.operationId,
        answerType: entry.answerType,
        settled: false,
        resolve: resolve as (answer: unknown) => void,
        reject,
        timer: undefined,
      };
      pending.timer = setTimeout(() => {
        pending.settled = true;
        reject(new RequestTimeoutError(entry.operationId, timeoutMs));
      }, timeoutMs);
      this.pending.push(pending);
      try {
        this.ws.send(JSON.stringify(envelope));
      } catch (err) {
        // Not sent (the connection is closing): it has no place among the answers to come.
        this.pending.splice(this.pending.indexOf(pending), 1);
        clearTimeout(pending.timer);
        reject(err);
      }
    });
  }

  /**
   * Calls an action with an `action` envelope (a correlation id of its own); resolves with its typed reply,
   * the same as over Socket.IO and HTTP. Rejects as `request` does.
   */
  async action<N extends ActionName>(
    name: N,
    params: SocketRequests[N]['payload'],
    opts: { timeoutMs?: number } = {},
  ): Promise<SocketRequests[N]['reply']> {
    this.actionIds += 1;
    const answer = await this.request('action', params as Record<string, unknown>, {
      ...opts,
      channel: name,
      id: String(this.actionIds),
    });
    return answer.data as SocketRequests[N]['reply'];
  }

  /** Calls `fn` with every envelope of `type` the server sends unasked; returns the function that stops it. */
  on<E extends RawServerEvent>(type: E, fn: (envelope: RawServerEvents[E]) => void): () => void {
    let set = this.listeners.get(type);
    if (!set) {
      set = new Set();
      this.listeners.set(type, set);
    }
    const listener = fn as (envelope: never) => void;
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  /** Calls `fn` once when the connection closes, with its close code and reason. */
  onClose(fn: (code: number, reason: string) => void): () => void {
    this.closeListeners.add(fn);
    return () => {
      this.closeListeners.delete(fn);
    };
  }

  close(): void {
    this.ws.close(1000, 'client closed');
  }

  private receive(raw: unknown): void {
    let envelope: unknown;
    try {
      envelope = JSON.parse(String(raw));
    } catch {
      this.emit('error', {
        sid: this.sid,
        type: 'error',
        data: 'the server sent malformed JSON',
        code: 'INTERNAL',
      });
      return;
    }
    if (!isEnvelope(envelope)) return;
    const head = this.pending[0];
    // An answer is the next one in order: the head's answer type, or an `error` while a request waits.
    // `error` with nothing waiting was sent unasked (a limit at open, `auth` not in time).
    if (head && (envelope.type === head.answerType || envelope.type === 'error')) {
      this.pending.shift();
      clearTimeout(head.timer);
      if (head.settled) return;
      if (envelope.type === 'error') {
        const error = envelope as unknown as EnvelopeError;
        head.reject(
          new SwitchboardError(head.operation, {
            code: error.code,
            message: error.data,
            ...(error.field !== undefined ? { field: error.field } : {}),
            ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
          }),
        );
      } else head.resolve(envelope);
      return;
    }
    if (head && rawAnswerTypes.has(envelope.type) && !Object.hasOwn(rawServerEvents, envelope.type)) {
      // An answer of another request than the next one: the server broke the order the spec promises.
      this.pending.shift();
      clearTimeout(head.timer);
      if (!head.settled)
        head.reject(
          new UnexpectedAnswerError(head.operation, `answered ${envelope.type}, expected ${head.answerType}`),
        );
      return;
    }
    this.emit(envelope.type, envelope);
  }

  private emit(type: string, envelope: unknown): void {
    for (const fn of this.listeners.get(type) ?? []) (fn as (e: unknown) => void)(envelope);
  }

  private onClosed(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = { code, reason };
    for (const pending of this.pending.splice(0)) {
      clearTimeout(pending.timer);
      if (!pending.settled) pending.reject(new RawConnectionClosedError(pending.operation, code, reason));
    }
    for (const fn of this.closeListeners) fn(code, reason);
  }
}

const rawAnswerTypes = new Set<string>(Object.values(rawRequests).map((r) => r.answerType));

/** Connects to a server's raw WebSocket envelope (`/ws`), for environments without Socket.IO. */
export function connectRaw(opts: RawClientOptions): Promise<RawClient> {
  return RawClient.connect(opts);
}
