import { outboundEventValidators } from '../../../generated/socketio.js';
import type { ChatEvents, ChatNotifier, ChatTarget } from '../../core/chat/chat-notifier.js';
import type { Logger } from '../../logger.js';
import { conformsToSpec } from '../validation.js';
import { userRoom } from './presence-fanout.js';
import type { SwitchboardServer } from './types.js';

/** The Socket.IO room of a chat room's connections. */
export const chatRoom = (room: string) => `room:${room}`;

/**
 * Chat fan-out through Socket.IO rooms, so the adapter carries it across nodes: one emit per event,
 * validated once when outbound validation is on.
 */
export function socketIoChatNotifier(
  io: SwitchboardServer,
  opts: { outboundValidation: boolean; log: Logger },
): ChatNotifier {
  const rooms = (target: ChatTarget) =>
    'room' in target ? chatRoom(target.room) : target.users.map(userRoom);
  return {
    publish<E extends keyof ChatEvents>(
      target: ChatTarget,
      event: E,
      payload: ChatEvents[E],
      origin?: string,
    ) {
      if (
        opts.outboundValidation &&
        !conformsToSpec(outboundEventValidators[event], payload, `event ${event}`, opts.log)
      )
        return;
      const to = io.to(rooms(target));
      const emitter = origin ? to.except(origin) : to;
      (emitter.emit as (event: string, payload: unknown) => boolean)(event, payload);
    },
    subscribe(connectionId, room) {
      io.in(connectionId).socketsJoin(chatRoom(room));
    },
    unsubscribeUser(userId, room) {
      io.in(userRoom(userId)).socketsLeave(chatRoom(room));
    },
  };
}
