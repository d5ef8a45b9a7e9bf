import { outboundEventValidators } from '../../../generated/socketio.js';
import type { Closing } from '../../../generated/types.js';
import { closingMessage } from '../../core/auth/session-connections.js';
import type { Deliverer, Publication } from '../../core/fanout/bus.js';
import type { Metrics } from '../../core/metrics.js';
import type { Logger } from '../../logger.js';
import { conformsToSpec } from '../validation.js';
import { type EngineSessions, SESSION_PREFIX } from './engine-sessions.js';
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
  opts: { outboundValidation: boolean; log: Logger; metrics: Metrics },
): Deliverer {
  const valid = <E extends keyof typeof outboundEventValidators>(event: E, payload: unknown) =>
    !opts.outboundValidation ||
    conformsToSpec(outboundEventValidators[event], payload, `event ${event}`, opts.log);
  const closing = (reason: Closing['reason']): Closing => ({ reason, message: closingMessage(reason) });
  return {
    deliver({ topics, event, payload, except, publishedAt }: Publication) {
      if (!valid(event, payload)) return;
      const to = io.to(topics as string[]);
      ((except ? to.except(except) : to).emit as Emit)(event, payload);
      // Written to this process's sockets (the adapter carries it to the others', unmeasured here).
      opts.metrics.delivered('socketio', publishedAt);
    },
    // A connection only ever (un)subscribes itself, on the process that holds it: anything else (a /ws
    // sid, another process's socket) is not this transport's here, and costs no message to the others.
    subscribe(connectionId, topics) {
      io.sockets.sockets.get(connectionId)?.join(topics as string[]);
    },
    unsubscribe(connectionId, topics) {
      const local = io.sockets.sockets.get(connectionId);
      if (local) for (const t of topics) local.leave(t);
    },
    // Through the adapter, which reaches every process in the order it sends, so an event published
    // after the join reaches the joined socket wherever it is.
    subscribeAll(holder, topics) {
      io.in(holder).socketsJoin(topics as string[]);
    },
    unsubscribeAll(holder, topics) {
      io.in(holder).socketsLeave(topics as string[]);
    },
    // `closing` says why, then the disconnect, once `closing` is on its way (sendThenClose).
    close(target, reason) {
      const payload = closing(reason);
      const announce = valid('closing', payload);
      if ('topic' in target) {
        void sendThenClose(io, target.topic, announce && payload, () =>
          io.in(target.topic).disconnectSockets(true),
        );
        return;
      }
      // Limits and sessions close Engine.IO sessions (`eio-…`; the socket is in a room of that id, found
      // on any process through the adapter); any other id is another transport's.
      if (!target.connection.startsWith(SESSION_PREFIX)) return;
      const session = sessions.get(target.connection);
      if (session && !session.socket) session.conn.close();
      else
        void sendThenClose(io, session?.socket?.id ?? target.connection, announce && payload, () =>
          session?.socket
            ? session.socket.disconnect(true)
            : io.in(target.connection).disconnectSockets(true),
        );
    },
  };
}

// socket.io-parser's EVENT.
const EVENT = 2;

/**
 * Sends `closing` to a room's sockets, then closes them. With connection-state recovery on, Socket.IO
 * sends every event, even one socket's own, through the adapter, which in a cluster writes it to Redis
 * before delivering it; a disconnect issued right after would overtake it, and the client would never
 * learn why. So the close waits for the adapter (at once with the in-memory one). Both go into the
 * socket's write buffer in that order, and Engine.IO closes a session only once that buffer is flushed.
 */
async function sendThenClose(
  io: SwitchboardServer,
  room: string,
  payload: Closing | false,
  close: () => void,
): Promise<void> {
  if (payload)
    await io
      .of('/')
      .adapter.broadcast(
        { type: EVENT, data: ['closing', payload], nsp: '/' },
        { rooms: new Set([room]), except: new Set(), flags: {} },
      );
  close();
}
