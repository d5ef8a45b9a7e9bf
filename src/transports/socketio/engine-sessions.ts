import { randomUUID } from 'node:crypto';
import type { Socket as EngineSocket } from 'engine.io';
import type { SessionConnections } from '../../core/auth/session-connections.js';
import { ApiError } from '../../core/errors.js';
import type { ConnectionLimiter } from '../../core/limits/connection-limits.js';
import type { Logger } from '../../logger.js';
import { clientAddress } from '../client-address.js';
import { watchEngineSession } from './engine-guard.js';
import type { SwitchboardSocket } from './types.js';

/**
 * One Engine.IO session: the connection that limits count and that the server closes. It carries at
 * most one Socket.IO connection (namespace `/`), so its id is the connection's for the limits.
 */
export interface EngineSession {
  readonly id: string;
  readonly conn: EngineSocket;
  /** Why the limits refused the session when it opened; its CONNECT is answered with this. */
  refusal: ApiError | undefined;
  /** A handshake (CONNECT) is being answered: another one on the same session is refused. */
  handshaking: boolean;
  /** The Socket.IO connection, once the handshake succeeded. */
  socket: SwitchboardSocket | undefined;
}

export interface EngineSessionOptions {
  connections: ConnectionLimiter;
  sessionConnections: SessionConnections;
  maxBufferedBytes: number;
  trustProxyHops: number;
  log: Logger;
}

/**
 * Every Engine.IO session of the server, counted from the moment it opens rather than from its
 * Socket.IO handshake: a session that never sends CONNECT holds a socket too. A session over the limits
 * stays open just long enough to be told why (at its CONNECT, the only place Socket.IO can carry a
 * spec'd error), and is closed if it does not ask within a second.
 */
export class EngineSessions {
  private readonly byConn = new WeakMap<EngineSocket, EngineSession>();
  private readonly byId = new Map<string, EngineSession>();

  constructor(private readonly options: EngineSessionOptions) {}

  opened(conn: EngineSocket): void {
    const session: EngineSession = {
      id: randomUUID(),
      conn,
      refusal: undefined,
      handshaking: false,
      socket: undefined,
    };
    this.byConn.set(conn, session);
    watchEngineSession(conn, this.options);
    const address = clientAddress(
      conn.remoteAddress,
      conn.request.headers['x-forwarded-for'],
      this.options.trustProxyHops,
    );
    try {
      this.options.connections.opened(session.id, 'socketio', address);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      session.refusal = err;
      setTimeout(() => {
        if (!session.handshaking) conn.close();
      }, 1000).unref();
      return;
    }
    this.byId.set(session.id, session);
    conn.once('close', () => {
      this.byId.delete(session.id);
      this.options.connections.release(session.id);
      this.options.sessionConnections.unbind(session.id);
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
}
