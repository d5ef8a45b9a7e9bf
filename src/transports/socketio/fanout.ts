import { outboundEventValidators } from '../../../generated/socketio.js';
import type { Closing } from '../../../generated/types.js';
import { closingMessage } from '../../core/auth/session-connections.js';
import type { Deliverer, Publication } from '../../core/fanout/bus.js';
import type { Logger } from '../../logger.js';
import { conformsToSpec } from '../validation.js';
import type { EngineSessions } from './engine-sessions.js';
import { emitEvent } from './outbound.js';
import type { SwitchboardServer } from './types.js';

type Emit = (event: string, payload: unknown) => boolean;

/**
 * The bus, delivered through Socket.IO: a topic is a room of the same name, so the adapter carries every
 * event, join and close to the sockets of every process. One emit per event, whatever the number of
 * receivers, validated once when outbound validation is on.
 */
export function socketIoDeliverer(
  io: SwitchboardServer,
  sessions: EngineSessions,
  opts: { outboundValidation: boolean; log: Logger },
): Deliverer {
  const valid = <E extends keyof typeof outboundEventValidators>(event: E, payload: unknown) =>
    !opts.outboundValidation ||
    conformsToSpec(outboundEventValidators[event], payload, `event ${event}`, opts.log);
  const closing = (reason: Closing['reason']): Closing => ({ reason, message: closingMessage(reason) });
  return {
    deliver({ topics, event, payload, except }: Publication) {
      if (!valid(event, payload)) return;
      const to = io.to(topics as string[]);
      ((except ? to.except(except) : to).emit as Emit)(event, payload);
    },
    subscribe(connectionId, topics) {
      // A socket of this process joins at once; the adapter is for those of others.
      const local = io.sockets.sockets.get(connectionId);
      if (local) local.join(topics as string[]);
      else io.in(connectionId).socketsJoin(topics as string[]);
    },
    unsubscribe(connectionId, topics) {
      const local = io.sockets.sockets.get(connectionId);
      if (local) for (const t of topics) local.leave(t);
      else io.in(connectionId).socketsLeave(topics as string[]);
    },
    unsubscribeAll(holder, topics) {
      io.in(holder).socketsLeave(topics as string[]);
    },
    // `closing` says why, then the disconnect: both go into the same write buffer, and Engine.IO closes
    // a session only once that buffer is flushed, so the client gets the reason first.
    close(target, reason) {
      const payload = closing(reason);
      if ('topic' in target) {
        const sockets = io.in(target.topic);
        if (valid('closing', payload)) sockets.emit('closing', payload);
        sockets.disconnectSockets(true);
        return;
      }
      // An Engine.IO session (what limits and sessions count) or a socket.
      const session = sessions.get(target.connection);
      if (!session) {
        const sockets = io.in(target.connection);
        if (valid('closing', payload)) sockets.emit('closing', payload);
        sockets.disconnectSockets(true);
      } else if (session.socket) {
        emitEvent(session.socket, 'closing', payload, opts);
        session.socket.disconnect(true);
      } else session.conn.close();
    },
  };
}
