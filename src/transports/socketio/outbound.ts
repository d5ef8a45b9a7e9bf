import { outboundEventValidators, type ServerToClientEvents } from '../../../generated/socketio.js';
import type { Logger } from '../../logger.js';
import { conformsToSpec } from '../validation.js';
import type { SwitchboardSocket } from './types.js';

export interface OutboundOptions {
  outboundValidation: boolean;
  log: Logger;
}

/**
 * Emits a server → client event. With outbound validation on, a payload that violates the spec is
 * logged and not sent: the docs must never lie to a client.
 */
export function emitEvent<E extends keyof ServerToClientEvents>(
  socket: SwitchboardSocket,
  event: E,
  payload: Parameters<ServerToClientEvents[E]>[0],
  opts: OutboundOptions,
): boolean {
  if (
    opts.outboundValidation &&
    !conformsToSpec(outboundEventValidators[event], payload, `event ${event}`, opts.log)
  )
    return false;
  (socket.emit as (event: string, payload: unknown) => boolean)(event, payload);
  return true;
}
