import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Socket as EngineSocket } from 'engine.io';
import type { ConnectionLifecycle } from '../../core/connections/lifecycle.js';
import { ApiError } from '../../core/errors.js';
import type { Logger } from '../../logger.js';
import { clientAddress } from '../client-address.js';
import type { PendingRefusals } from '../pending-refusals.js';
import { cutOff, freshGuard, type GuardState, guard, pauseReading, resumeReading } from './engine-guard.js';
import type { SwitchboardSocket } from './types.js';

/**
 * One Engine.IO session: the connection that limits count and that the server closes. It carries at
 * most one Socket.IO connection (namespace `/`), so its id is the connection's for the limits.
 */
export class EngineSession {
  /**
   * The limits' decision on the session's opening (in a cluster, a round trip to Redis): its CONNECT
   * waits for it. Never rejects: a refusal is kept in `refusal`.
   */
  opening: Promise<void> = Promise.resolve();
  /** Why the limits refused the session when it opened; its CONNECT is answered with this. */
  refusal: ApiError | undefined;
  /** For a refused session: ends its count among its address's refused connections. */
  releaseRefusal: (() => void) | undefined;
  /** A handshake (CONNECT) is being answered: another one on the same session is refused. */
  handshaking = false;
  /** The Socket.IO connection, once the handshake succeeded. */
  socket: SwitchboardSocket | undefined;
  readonly guard: GuardState = freshGuard();

  constructor(
    readonly id: string,
    readonly conn: EngineSocket,
  ) {}

  /** The request gate's reader: pausing stops reading the WebSocket, so TCP pushes back. */
  pause(): void {
    pauseReading(this.conn);
  }

  resume(): void {
    resumeReading(this.conn);
  }
}

/** What an Engine.IO session's id starts with, apart from /ws sids (UUIDs) and socket ids. */
export const SESSION_PREFIX = 'eio-';

// How long a session the server closed may take to finish its close handshake before it is cut.
const CLOSE_GRACE_MS = 1000;

export interface EngineSessionOptions {
  lifecycle: ConnectionLifecycle;
  refusals: PendingRefusals;
  maxBufferedBytes: number;
  trustProxyHops: number;
  log: Logger;
}

/**
 * Every Engine.IO session of the server, counted from the moment it opens rather than from its
 * Socket.IO handshake: a session that never sends CONNECT holds a socket too. A session over the limits
 * stays open just long enough to be told why (at its CONNECT, the only place Socket.IO can carry a
 * spec'd error), and is closed if it does not ask within a second. Its listeners are shared by every
 * session (Engine.IO calls them with the session as `this`): a connection costs its state, not closures.
 */
export class EngineSessions {
  private readonly byConn = new WeakMap<EngineSocket, EngineSession>();
  private readonly byId = new Map<string, EngineSession>();

  constructor(private readonly options: EngineSessionOptions) {
    const sessions = this;
    this.onPacketCreate = function (this: EngineSocket, packet) {
      sessions.packetCreated(this, packet);
    };
    this.onPacket = function (this: EngineSocket, packet) {
      sessions.packetReceived(this, packet);
    };
    this.onFlush = function (this: EngineSocket, packets) {
      sessions.flushed(this, packets);
    };
    this.onClose = function (this: EngineSocket) {
      sessions.closed(this);
    };
  }

  /** Engine.IO's `allowRequest`: an address with its share of refused sessions still open gets no more. */
  readonly allowRequest = (
    req: IncomingMessage,
    answer: (err: string | null | undefined, success: boolean) => void,
  ): void => {
    const address = clientAddress(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
      this.options.trustProxyHops,
    );
    const full = this.options.refusals.full(address);
    answer(full ? 'too many refused connections from this address' : null, !full);
  };

  opened(conn: EngineSocket): void {
    // Unique across the processes of a cluster, whose limits and session closes name connections by it.
    const session = new EngineSession(`${SESSION_PREFIX}${randomUUID()}`, conn);
    this.byConn.set(conn, session);
    conn.on('packetCreate', this.onPacketCreate);
    conn.on('packet', this.onPacket);
    conn.on('flush', this.onFlush);
    conn.on('close', this.onClose);
    const address = clientAddress(
      conn.remoteAddress,
      conn.request.headers['x-forwarded-for'],
      this.options.trustProxyHops,
    );
    // Counted from now: closed before the decision, its release still runs (and frees what it took).
    this.byId.set(session.id, session);
    session.opening = this.options.lifecycle.opened(session.id, 'socketio', address).catch((err: unknown) => {
      if (!(err instanceof ApiError)) this.options.log.error({ err }, 'could not decide on a new connection');
      session.refusal =
        err instanceof ApiError ? err : new ApiError('UNAVAILABLE', 'try again shortly', undefined, 1);
      if (this.byId.get(session.id) !== session) return;
      this.byId.delete(session.id);
      this.options.lifecycle.released(session.id);
      session.releaseRefusal = this.options.refusals.add(address);
      setTimeout(() => {
        if (!session.handshaking) conn.close();
      }, 1000).unref();
    });
  }

  of(conn: EngineSocket): EngineSession | undefined {
    return this.byConn.get(conn);
  }

  get(id: string): EngineSession | undefined {
    return this.byId.get(id);
  }

  /** Every open session (a copy: closing them changes the set). */
  all(): EngineSession[] {
    return [...this.byId.values()];
  }

  private cut(session: EngineSession, why: string, details: Record<string, unknown>): void {
    if (session.guard.cut) return;
    session.guard.cut = true;
    this.options.log.warn({ address: session.conn.remoteAddress, ...details }, why);
    cutOff(session.conn);
  }

  // Engine.IO calls a listener with its session as `this`: one function for all, shared, not per session.
  private readonly onPacketCreate: (packet: { type: string; data?: unknown }) => void;
  private readonly onPacket: (packet: { type: string }) => void;
  private readonly onFlush: (packets: { data?: unknown }[]) => void;
  private readonly onClose: () => void;

  private packetCreated(conn: EngineSocket, packet: { type: string; data?: unknown }): void {
    const session = this.byConn.get(conn);
    if (session && guard.created(session.guard, conn, packet, this.options.maxBufferedBytes))
      this.cut(session, 'slow consumer cut off', { buffered: session.guard.queued });
  }

  private packetReceived(conn: EngineSocket, packet: { type: string }): void {
    const session = this.byConn.get(conn);
    if (session && guard.received(session.guard, packet))
      this.cut(session, 'pong without a ping: connection closed', {});
  }

  private flushed(conn: EngineSocket, packets: { data?: unknown }[]): void {
    const session = this.byConn.get(conn);
    if (session) guard.flushed(session.guard, conn, packets);
  }

  private closed(conn: EngineSocket): void {
    // Engine.IO calls a session closed as soon as it asked its WebSocket to close, and ws then waits up
    // to 30 s for the client's answer: a client that does not read would keep its socket (and what is
    // buffered for it) that long, uncounted. It gets a second, as /ws connections do.
    setTimeout(() => cutOff(conn), CLOSE_GRACE_MS).unref();
    const session = this.byConn.get(conn);
    session?.releaseRefusal?.();
    if (!session || this.byId.get(session.id) !== session) return;
    this.byId.delete(session.id);
    this.options.lifecycle.released(session.id);
  }
}
