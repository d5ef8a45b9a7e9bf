import { io, type Socket } from 'socket.io-client';
import { ConnectionClosedError } from './connection-errors.js';
import { errorOf, RequestTimeoutError, SwitchboardError, UnexpectedAnswerError } from './errors.js';
import {
  acknowledgedRequests,
  type HandshakeAuthPayload,
  type ServerEvents,
  type SocketRequests,
} from './generated/socket.js';
import type {
  ChatMessage,
  Closing,
  DbChange,
  FollowRequest,
  ServerShutdown,
  Welcome,
} from './generated/types.js';
import { OfflineQueue } from './offline-queue.js';
import { backoffDelay, FINAL_CLOSE_REASONS, RECONNECT_DEFAULTS, type ReconnectOptions } from './reconnect.js';
import { ResumeState } from './resume-state.js';

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
  /**
   * Reads a fresh socket secret (with the session token), when a reconnection is refused because the
   * secret was rotated. Without it, such a refusal closes the client.
   */
  refreshSecret?: () => Promise<string>;
  /** `false` connects invisibly (Nakama's appearOnline). */
  appearOnline?: boolean;
  /** Socket.IO's transports; the default starts with long-polling and upgrades, as Socket.IO does. */
  transports?: ('polling' | 'websocket')[];
  /** How long a request waits for its acknowledgement, unless it says otherwise (default 10 s). */
  timeoutMs?: number;
  /** How long connecting waits for the server's `welcome` (default 10 s). */
  connectTimeoutMs?: number;
  /** Backoff and offline queue; `false` closes the client at the first disconnection. */
  reconnect?: ReconnectOptions | false;
}

/** What was restored after a reconnection, and how much was replayed through the listeners. */
export interface Restored {
  rooms: number;
  repos: number;
  messagesReplayed: number;
  changesReplayed: number;
  /** From the server's `welcome` to the end of the replay. */
  restoredInMs: number;
  /** Rooms or repositories that could not be restored (left, removed, forbidden now), with why. */
  failed: { what: string; error: Error }[];
  /**
   * True when the server resumed the connection (connection-state recovery, `welcome.recovered`): it kept
   * rooms and subscriptions and sent what was missed itself, so nothing was asked again.
   */
  resumed?: boolean;
}

/** The connection's state, as `onState` reports each change. */
export type ConnectionState =
  | { state: 'connected'; welcome: Welcome; restored?: Restored }
  | { state: 'disconnected'; reason: string; closing?: Closing }
  | { state: 'reconnecting'; attempt: number; delayMs: number; error?: Error }
  | { state: 'closed'; reason: string; error?: Error };

const DEFAULT_TIMEOUT_MS = 10_000;
/** Rooms and repositories replay at most this many per page (the spec's bound). */
const PAGE = 100;
const DB_EVENTS = new Set(['db_created', 'db_updated', 'db_deleted']);

/**
 * A Socket.IO connection with typed requests and events that comes back by itself: after a disconnection
 * it reconnects with backoff, re-joins its rooms and replays what it missed, resumes its database
 * subscriptions, follows and activity, then sends the requests made meanwhile.
 */
export class SocketClient {
  private socket: Socket | undefined;
  private current: ConnectionState;
  private secret: string | undefined;
  private readonly reconnect: Required<ReconnectOptions> | undefined;
  private readonly queue: OfflineQueue;
  private readonly resume = new ResumeState();
  private readonly listeners = new Map<string, Set<(payload: never) => void>>();
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private readonly closeListeners = new Set<(reason: string) => void>();
  /** Live messages and changes that arrive while restoring, delivered once the replay is done. */
  private held: [string, unknown][] | undefined;
  private lastClosing: Closing | undefined;
  /** `server-shutdown`, when the server said it is stopping: its `reconnectAfterMs` is waited out. */
  private shutdownNotice: ServerShutdown | undefined;
  /** What the server needs to resume the lost connection (connection-state recovery), if it offered it. */
  private resumeToken: { pid: string; offset: string } | undefined;
  /** Messages and changes a resumed connection got before its welcome: what it had missed. */
  private beforeWelcome: { messages: number; changes: number } | undefined;
  private missedOnResume = { messages: 0, changes: 0 };
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Ends the handshake under way, if any. */
  private abortOpen: (() => void) | undefined;
  /** Counts losses: an attempt that sees it change was overtaken by a newer loss, which retries itself. */
  private losses = 0;

  private constructor(private readonly opts: SocketClientOptions) {
    this.secret = opts.socketSecret;
    this.reconnect = opts.reconnect === false ? undefined : { ...RECONNECT_DEFAULTS, ...opts.reconnect };
    this.queue = new OfflineQueue(
      this.reconnect?.queueSize ?? 0,
      this.reconnect?.queueMaxAgeMs ?? RECONNECT_DEFAULTS.queueMaxAgeMs,
    );
    this.current = { state: 'disconnected', reason: 'not connected yet' };
  }

  /** Opens a connection and resolves once the server has welcomed it; rejects with the handshake's error. */
  static async connect(opts: SocketClientOptions): Promise<SocketClient> {
    const client = new SocketClient(opts);
    const welcome = await client.open();
    client.setState({ state: 'connected', welcome });
    return client;
  }

  /** The server's latest `welcome`: this connection's id and who it is. */
  get welcome(): Welcome {
    return this.lastWelcome as Welcome;
  }
  /** Set by `connect` before the client is handed out, so never undefined to users. */
  private lastWelcome: Welcome | undefined;

  /** A getter, so that TypeScript does not narrow it across the awaits that may change it. */
  private get closed(): boolean {
    return this.current.state === 'closed';
  }

  get state(): ConnectionState {
    return this.current;
  }

  /** Whether the connection is open and restored. */
  get connected(): boolean {
    return this.current.state === 'connected';
  }

  /** Requests waiting for the connection to come back. */
  get queued(): number {
    return this.queue.size;
  }

  /**
   * Sends a request and resolves with its typed reply. Offline (reconnecting), it waits in the offline
   * queue. Rejects with SwitchboardError (see isRequestError), RequestTimeoutError, OfflineQueueFullError,
   * RequestExpiredError, or ConnectionClosedError once the client is closed.
   */
  request<E extends RequestEvent>(
    event: E,
    payload: SocketRequests[E]['payload'],
    opts: { timeoutMs?: number } = {},
  ): Promise<SocketRequests[E]['reply']> {
    if (!(event in acknowledgedRequests))
      return Promise.reject(new TypeError(`unknown request ${String(event)}`));
    if (this.current.state === 'closed') return Promise.reject(new ConnectionClosedError(event));
    const send = async () => {
      const reply = await this.send(event, payload, opts.timeoutMs);
      this.remember(event, payload, reply);
      return reply;
    };
    if (this.current.state === 'connected') return send();
    return this.queue.add(event, send);
  }

  /** Calls `fn` with every `event` the server sends (replayed messages and changes included, once each). */
  on<E extends ServerEvent>(event: E, fn: (payload: ServerEvents[E]) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    const listener = fn as (payload: never) => void;
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  /** Calls `fn` at every change of state: connected, disconnected, reconnecting, closed. */
  onState(fn: (state: ConnectionState) => void): () => void {
    this.stateListeners.add(fn);
    return () => {
      this.stateListeners.delete(fn);
    };
  }

  /** Calls `fn` each time the connection is lost, with Socket.IO's reason (`io server disconnect`…). */
  onClose(fn: (reason: string) => void): () => void {
    this.closeListeners.add(fn);
    return () => {
      this.closeListeners.delete(fn);
    };
  }

  /** Closes the connection for good: no reconnection; queued requests fail with ConnectionClosedError. */
  close(): void {
    this.stop('closed by the client');
  }

  private setState(state: ConnectionState): void {
    this.current = state;
    if (state.state === 'connected') this.lastWelcome = state.welcome;
    for (const fn of [...this.stateListeners]) fn(state);
  }

  private emitLocal(event: string, payload: unknown): void {
    for (const fn of [...(this.listeners.get(event) ?? [])]) (fn as (p: unknown) => void)(payload);
  }

  /** A server event: tracked ones (messages, changes) pass the duplicate filter, or wait out a replay. */
  private dispatch(event: string, payload: unknown): void {
    if (event === 'closing') this.lastClosing = payload as Closing;
    if (event === 'server-shutdown') this.shutdownNotice = payload as ServerShutdown;
    if (event === 'room-removed') this.resume.left((payload as { room: string }).room);
    if (event === 'welcome') this.beforeWelcome = undefined;
    if (event === 'message' || DB_EVENTS.has(event)) {
      if (this.held) this.held.push([event, payload]);
      else if (this.deliverTracked(event, payload) && this.beforeWelcome)
        this.beforeWelcome[event === 'message' ? 'messages' : 'changes']++;
      return;
    }
    this.emitLocal(event, payload);
  }

  private deliverTracked(event: string, payload: unknown): boolean {
    const fresh =
      event === 'message'
        ? this.resume.acceptMessage(payload as ChatMessage)
        : this.resume.acceptChange(payload as DbChange);
    if (fresh) this.emitLocal(event, payload);
    return fresh;
  }

  /** Opens one socket and waits for its `welcome`; rejects with the handshake's refusal. */
  private open(): Promise<Welcome> {
    const auth: HandshakeAuthPayload = {
      ...(this.secret !== undefined ? { socketSecret: this.secret } : {}),
      ...(this.opts.appearOnline !== undefined ? { appearOnline: this.opts.appearOnline } : {}),
      // What socket.io-client would send to resume the lost connection, had it reconnected itself.
      ...this.resumeToken,
    };
    const socket = io(this.opts.url, {
      auth,
      forceNew: true,
      // This client reconnects by itself: it must re-join rooms and replay what was missed first.
      reconnection: false,
      ...(this.opts.transports ? { transports: this.opts.transports } : {}),
    });
    this.socket = socket;
    this.lastClosing = undefined;
    this.shutdownNotice = undefined;
    const missed = { messages: 0, changes: 0 };
    this.beforeWelcome = missed;
    socket.onAny((event: string, payload: unknown) => {
      if (this.socket === socket) this.dispatch(event, payload);
    });
    const connectTimeoutMs = this.opts.connectTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
      const fail = (err: Error) => {
        clearTimeout(timer);
        this.abortOpen = undefined;
        socket.close();
        reject(err);
      };
      // close() during a handshake: end it now rather than leave its timer running until the timeout.
      this.abortOpen = () => fail(new ConnectionClosedError('connect'));
      const timer = setTimeout(
        () => fail(new RequestTimeoutError('connect', connectTimeoutMs)),
        connectTimeoutMs,
      );
      socket.once('connect_error', (err: Error & { data?: unknown }) => {
        const error = errorOf({ error: err.data });
        fail(error ? new SwitchboardError('connect', error) : err);
      });
      socket.once('welcome', (welcome: Welcome) => {
        this.missedOnResume = missed;
        clearTimeout(timer);
        this.abortOpen = undefined;
        socket.off('connect_error');
        socket.on('disconnect', (reason: string) => this.lost(socket, reason));
        resolve(welcome);
      });
    });
  }

  /** The socket closed: tell, then come back unless the server said not to or the client was closed. */
  private lost(socket: Socket, reason: string): void {
    if (this.socket !== socket || this.current.state === 'closed') return;
    // Forgotten at once, so that a restore still under way on it stops and does not report.
    this.socket = undefined;
    this.losses++;
    this.resumeToken = resumeTokenOf(socket);
    const closing = this.lastClosing;
    this.held = undefined;
    for (const fn of [...this.closeListeners]) fn(reason);
    this.setState({ state: 'disconnected', reason, ...(closing ? { closing } : {}) });
    if (!this.reconnect) this.stop(reason);
    else if (closing && FINAL_CLOSE_REASONS.has(closing.reason)) this.stop(closing.reason);
    else if (closing?.reason === 'secret-rotated' && !this.opts.refreshSecret) this.stop(closing.reason);
    // A server that shut down said how long to wait, this client's share of a spread that keeps all of
    // its clients from coming back at once; the backoff still applies on top of a shorter hint.
    else
      this.scheduleRetry(
        1,
        closing?.reason === 'secret-rotated',
        undefined,
        this.shutdownNotice?.reconnectAfterMs,
      );
  }

  private scheduleRetry(attempt: number, freshSecret: boolean, error?: Error, atLeastMs = 0): void {
    const reconnect = this.reconnect as Required<ReconnectOptions>;
    const delayMs = Math.max(atLeastMs, backoffDelay(attempt, reconnect, reconnect.random));
    this.setState({ state: 'reconnecting', attempt, delayMs, ...(error ? { error } : {}) });
    this.retryTimer = setTimeout(() => void this.retry(attempt, freshSecret), delayMs);
  }

  private async retry(attempt: number, freshSecret: boolean): Promise<void> {
    const losses = this.losses;
    if (freshSecret && !this.opts.refreshSecret) {
      this.stop('the socket secret was replaced, and there is no session to read the new one');
      return;
    }
    try {
      if (freshSecret && this.opts.refreshSecret) this.secret = await this.opts.refreshSecret();
      if (this.closed) return;
      const welcome = await this.open();
      if (this.closed) return;
      const restored = await this.restore(welcome);
      // Lost again while restoring: `lost` has already scheduled the next attempt.
      if (this.closed || this.losses !== losses) return;
      this.setState({ state: 'connected', welcome, restored });
      this.queue.flush();
    } catch (err) {
      if (this.closed || this.losses !== losses) return;
      const socket = this.socket;
      this.socket = undefined;
      socket?.close();
      this.held = undefined;
      const error = err instanceof Error ? err : new Error(String(err));
      // Unreachable, timed out, or the secret could not be read: try again, still wanting a fresh secret.
      if (!(error instanceof SwitchboardError)) return this.scheduleRetry(attempt + 1, freshSecret, error);
      switch (error.code) {
        // A refused secret: rotated (read the new one, once) or its session ended (stop).
        case 'UNAUTHENTICATED':
          if (!freshSecret && this.opts.refreshSecret) return this.scheduleRetry(attempt + 1, true, error);
          return this.stop(error.message, error);
        case 'BAD_INPUT':
        case 'FORBIDDEN':
          return this.stop(error.message, error);
        default:
          return this.scheduleRetry(attempt + 1, false, error, (error.retryAfterSeconds ?? 0) * 1000);
      }
    }
  }

  /**
   * Puts the new connection back where the old one was, replaying what was missed in order; nothing to do
   * when the server resumed it (it sent what was missed before its welcome, tracked like any event).
   */
  private async restore(welcome: Welcome): Promise<Restored> {
    if (welcome.recovered) {
      const started = Date.now();
      // The server keeps rooms, subscriptions and follows, not a chosen activity: the drop ended it.
      if (this.resume.activity) await this.send('set-activity', this.resume.activity);
      return {
        rooms: this.resume.rooms.size,
        repos: this.resume.repos.size,
        messagesReplayed: this.missedOnResume.messages,
        changesReplayed: this.missedOnResume.changes,
        restoredInMs: Date.now() - started,
        failed: [],
        resumed: true,
      };
    }
    this.held = [];
    const started = Date.now();
    const restored: Restored = {
      rooms: 0,
      repos: 0,
      messagesReplayed: 0,
      changesReplayed: 0,
      restoredInMs: 0,
      failed: [],
    };
    for (const [room, known] of [...this.resume.rooms]) {
      try {
        const reply = await this.send(
          'join-room',
          known.persistent ? { room, since: known.lastSeq } : { room },
        );
        let page = { messages: reply.missed, hasMore: reply.hasMore };
        for (;;) {
          for (const m of page.messages) if (this.deliverTracked('message', m)) restored.messagesReplayed++;
          if (!page.hasMore) break;
          const after = this.resume.rooms.get(room)?.lastSeq ?? known.lastSeq;
          page = await this.send('room-history', { room, after, limit: PAGE });
        }
        this.resume.joined(reply.room);
        restored.rooms++;
      } catch (err) {
        if (!(err instanceof SwitchboardError)) throw err;
        this.resume.left(room);
        restored.failed.push({ what: `room ${room}`, error: err });
      }
    }
    for (const [repo, since] of [...this.resume.repos]) {
      try {
        const reply = await this.send('subscribe-db', { repo, since });
        let page = { changes: reply.missed, hasMore: reply.hasMore };
        for (;;) {
          for (const c of page.changes)
            if (
              this.deliverTracked(
                c.type === 'created' ? 'db_created' : c.type === 'updated' ? 'db_updated' : 'db_deleted',
                c,
              )
            )
              restored.changesReplayed++;
          if (!page.hasMore) break;
          page = await this.send('db-changes', {
            repo,
            after: this.resume.repos.get(repo) ?? since,
            limit: PAGE,
          });
        }
        this.resume.subscribed(repo, reply.position);
        restored.repos++;
      } catch (err) {
        if (!(err instanceof SwitchboardError)) throw err;
        this.resume.unsubscribed(repo);
        restored.failed.push({ what: `repository ${repo}`, error: err });
      }
    }
    for (const follow of followBatches(this.resume)) await this.send('follow-users', follow);
    if (this.resume.activity) await this.send('set-activity', this.resume.activity);
    const held = this.held ?? [];
    this.held = undefined;
    for (const [event, payload] of held) this.deliverTracked(event, payload);
    restored.restoredInMs = Date.now() - started;
    return restored;
  }

  /** Remembers what a request set up, for restoring it on a new connection. */
  private remember<E extends RequestEvent>(
    event: E,
    payload: SocketRequests[E]['payload'],
    reply: unknown,
  ): void {
    const r = this.resume;
    switch (event) {
      case 'join-room': {
        const { room, missed } = reply as SocketRequests['join-room']['reply'];
        r.joined(room, missed);
        break;
      }
      case 'create-room':
        r.joined(reply as SocketRequests['create-room']['reply']);
        break;
      case 'leave-room':
        r.left((payload as SocketRequests['leave-room']['payload']).room);
        break;
      case 'subscribe-db': {
        const { repo, position, missed, hasMore } = reply as SocketRequests['subscribe-db']['reply'];
        const last = missed.at(-1);
        r.subscribed(repo, hasMore && last ? last.position : position);
        break;
      }
      case 'unsubscribe-db':
        r.unsubscribed((payload as SocketRequests['unsubscribe-db']['payload']).repo);
        break;
      case 'send-message':
        r.sent(
          (payload as SocketRequests['send-message']['payload']).room,
          (reply as SocketRequests['send-message']['reply']).seq,
        );
        break;
      case 'follow-users':
        r.followed(payload as FollowRequest);
        break;
      case 'unfollow-users':
        r.unfollowed(payload as FollowRequest);
        break;
      case 'set-activity':
        r.activity = payload as SocketRequests['set-activity']['payload'];
        break;
    }
  }

  /** Emits on the current socket and checks the acknowledgement. */
  private async send<E extends RequestEvent>(
    event: E,
    payload: SocketRequests[E]['payload'],
    timeoutMs = this.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  ): Promise<SocketRequests[E]['reply']> {
    const socket = this.socket;
    // Socket.IO buffers emits while disconnected; they would wait for the timeout.
    if (!socket?.connected) throw new ConnectionClosedError(event);
    if (!acknowledgedRequests[event]) {
      socket.emit(event, payload);
      return undefined as unknown as SocketRequests[E]['reply'];
    }
    let answer: unknown;
    try {
      answer = await socket.timeout(timeoutMs).emitWithAck(event, payload);
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

  private stop(reason: string, error?: Error): void {
    if (this.current.state === 'closed') return;
    clearTimeout(this.retryTimer);
    this.held = undefined;
    this.setState({ state: 'closed', reason, ...(error ? { error } : {}) });
    this.abortOpen?.();
    this.socket?.close();
    this.queue.failAll((operation) => new ConnectionClosedError(operation));
  }
}

/** The follows to restore, at most 100 ids or names per request (the spec's bound). */
function followBatches(r: ResumeState): FollowRequest[] {
  const batches: FollowRequest[] = [];
  const ids = [...r.followedIds];
  const names = [...r.followedNames];
  for (let i = 0; i < ids.length; i += PAGE)
    batches.push({ userIds: ids.slice(i, i + PAGE) as [string, ...string[]] });
  for (let i = 0; i < names.length; i += PAGE)
    batches.push({ usernames: names.slice(i, i + PAGE) as [string, ...string[]] });
  return batches;
}

/**
 * The resume token of a socket that was lost: socket.io-client keeps it in fields of its own (`_pid`,
 * `_lastOffset`) and sends it only when that same socket reconnects; this client opens a new socket each
 * time, so it carries them over. Absent (recovery off, or another socket.io-client): a fresh connection,
 * restored by rejoining.
 */
function resumeTokenOf(socket: Socket): { pid: string; offset: string } | undefined {
  const { _pid: pid, _lastOffset: offset } = socket as unknown as { _pid?: unknown; _lastOffset?: unknown };
  return typeof pid === 'string' && typeof offset === 'string' ? { pid, offset } : undefined;
}
