import type { SessionGrant } from '../core/auth/session-connections.js';
import type { Services } from '../core/services.js';
import type { AuthenticatedSession, SocketIdentity } from '../core/users.js';
import type { Logger } from '../logger.js';

/** What every handler gets besides its payload. */
export interface HandlerContext {
  services: Services;
  log: Logger;
}

/** A Socket.IO handler's context: the connection the event arrived on. */
export interface SocketContext extends HandlerContext {
  connection: SocketIdentity & { id: string };
}

/** The transports an action can be called by. */
export type ActionTransport = 'socket.io' | 'ws' | 'http';

/** Who called an action: the user, and the connection when it came over one. */
export interface ActionCaller extends SocketIdentity {
  transport: ActionTransport;
  /** The Socket.IO socket id or the `/ws` sid; undefined over HTTP. */
  connectionId?: string;
  /** The session the caller authenticated with. */
  sessionId: string;
  /** When the connection's handshake was accepted (ISO 8601); undefined over HTTP. */
  connectedAt?: string;
}

/**
 * An action handler's context (src/handlers/actions/): the caller, whichever transport it came by, and
 * a signal that aborts when the action runs past `ACTION_TIMEOUT_MS` (its answer is then `TIMEOUT`, and
 * whatever it still does is wasted: a long action checks `signal.aborted` between steps).
 */
export interface ActionContext extends HandlerContext {
  caller: ActionCaller;
  signal: AbortSignal;
}

/** An HTTP handler's context for an operation without security. */
export interface HttpContext extends HandlerContext {
  /** `secure`: the request came over HTTPS (as a trusted proxy says, when TRUST_PROXY_HOPS is set). */
  request: {
    ip: string;
    userAgent: string | undefined;
    secure: boolean;
    /** Whether it carries the operator's token (METRICS_TOKEN) as its bearer token: checked when asked. */
    operator(): boolean;
  };
}

/** An HTTP handler's context for an operation secured by a session token. */
export interface AuthenticatedHttpContext extends HttpContext {
  session: AuthenticatedSession;
}

/** A raw WebSocket connection, as its handlers see it. */
export interface RawConnection {
  /** The connection's sid (sent in `init`). */
  sid: string;
  /** Who the connection is, once `auth` succeeded; throws UNAUTHENTICATED before. */
  identity(): SocketIdentity & { id: string };
  /** The connection as an action's caller; throws UNAUTHENTICATED before `auth`. */
  caller(): ActionCaller;
  /**
   * Binds the connection to a user and the session it authenticated with, after `auth` (connection
   * limits apply, presence begins, and the connection ends with the session); resolves the socket token
   * later messages must carry.
   */
  authenticate(identity: SocketIdentity, grant: SessionGrant): Promise<string>;
  /** `auth` was refused: the connection closes once the error is out (unless it is authenticated already). */
  authFailed(): void;
}

/** A raw WebSocket handler's context. */
export interface RawContext extends HandlerContext {
  connection: RawConnection;
}
