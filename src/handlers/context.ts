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

/** An HTTP handler's context for an operation without security. */
export interface HttpContext extends HandlerContext {
  request: { ip: string; userAgent: string | undefined };
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
