import { outboundEventValidators, type ServerToClientEvents } from '../../../generated/socketio.js';
import type { Metrics } from '../../core/metrics.js';
import type { Logger } from '../../logger.js';
import { conformsToSpec } from '../validation.js';
import type { SwitchboardSocket } from './types.js';

export interface OutboundOptions {
  outboundValidation: boolean;
  log: Logger;
  metrics: Metrics;
}

/** Socket.IO's own way of writing one packet to one socket (`Socket#packet`, private in its types). */
type WritePacket = (packet: { type: number; data: unknown[] }, opts: Record<string, never>) => void;
// socket.io-parser's EVENT.
const EVENT = 2;

/**
 * Sends a server → client event to one connection. With outbound validation on, a payload that violates
 * the spec is logged and not sent: the docs must never lie to a client.
 *
 * It is written straight to the connection. `socket.emit` would, with connection-state recovery on, go
 * through the adapter, which keeps it for the recovery window (and, in a cluster, writes it to Redis
 * before sending it): a welcome and an activity list per connection, kept minutes for nothing, since a
 * resumed connection is sent a fresh welcome and list, and a lost frame-error is lost like a lost
 * acknowledgement. What is replayed on resumption is what topics carry (fanout.ts).
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
  (socket as unknown as { packet: WritePacket }).packet({ type: EVENT, data: [event, payload] }, {});
  opts.metrics.frameOut('socketio', event);
  return true;
}
