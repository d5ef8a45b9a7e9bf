import { outboundEventValidators } from '../../../generated/socketio.js';
import type { Closing } from '../../../generated/types.js';
import { closingMessage } from '../../core/auth/session-connections.js';
import type { ConnectionCloser } from '../../core/connection-closer.js';
import type { Logger } from '../../logger.js';
import { conformsToSpec } from '../validation.js';
import type { EngineSessions } from './engine-sessions.js';
import { emitEvent } from './outbound.js';
import { userRoom } from './presence-fanout.js';
import type { SwitchboardServer } from './types.js';

/**
 * Closes Socket.IO connections for core/: a `closing` event says why, then the disconnect. Both go into
 * the same write buffer, and Engine.IO closes a session only once that buffer is flushed, so the client
 * gets the reason before the disconnect.
 */
export function socketIoCloser(
  io: SwitchboardServer,
  sessions: EngineSessions,
  opts: { outboundValidation: boolean; log: Logger },
): ConnectionCloser {
  const closing = (reason: Closing['reason']): Closing => ({ reason, message: closingMessage(reason) });
  return {
    closeUser(userId, reason) {
      const payload = closing(reason);
      const sockets = io.in(userRoom(userId));
      if (
        !opts.outboundValidation ||
        conformsToSpec(outboundEventValidators.closing, payload, 'event closing', opts.log)
      )
        sockets.emit('closing', payload);
      sockets.disconnectSockets(true);
    },
    closeConnection(connectionId, reason) {
      const session = sessions.get(connectionId);
      if (!session) return;
      if (session.socket) {
        emitEvent(session.socket, 'closing', closing(reason), opts);
        session.socket.disconnect(true);
      } else session.conn.close();
    },
  };
}
