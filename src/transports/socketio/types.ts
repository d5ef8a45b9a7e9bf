import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../generated/socketio.js';
import type { SessionGrant } from '../../core/auth/session-connections.js';
import type { SocketIdentity } from '../../core/users.js';

/** What the handshake leaves on each socket. */
export interface SocketData {
  identity: SocketIdentity;
  /** Nakama's appearOnline, from the handshake's `auth.appearOnline` (default true). */
  appearOnline: boolean;
  /** The session that admitted it: a resumed connection's is checked before its state comes back. */
  grant: SessionGrant;
}

export type SwitchboardServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
export type SwitchboardSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
