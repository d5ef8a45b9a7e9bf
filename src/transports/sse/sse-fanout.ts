import { outboundSseValidators, type SseEvent } from '../../../generated/sse.js';
import type { CloseReason } from '../../../generated/types.js';
import type { Deliverer } from '../../core/fanout/bus.js';
import type { BusEvent } from '../../core/fanout/events.js';
import type { Metrics } from '../../core/metrics.js';
import type { Logger } from '../../logger.js';
import type { TopicRegistry } from '../topic-registry.js';
import { conformsToSpec } from '../validation.js';
import type { SseStream } from './sse-stream.js';

/** The bus events the stream carries: those the spec's `sse` channel lists (party and match events are Socket.IO's). */
export const sseCarries = (event: BusEvent): boolean => Object.hasOwn(outboundSseValidators, event);

/** The bus, delivered to this process's event streams: one JSON text per event, however many receive it. */
export function sseDeliverer(
  registry: TopicRegistry<SseStream>,
  opts: {
    outboundValidation: boolean;
    log: Logger;
    metrics: Metrics;
    close: (stream: SseStream, reason: CloseReason) => void;
  },
): Deliverer {
  return {
    deliver({ topics, event, payload, except, publishedAt }) {
      const receivers = new Set<SseStream>();
      for (const t of topics) for (const s of registry.in(t)) receivers.add(s);
      if (except !== undefined) {
        const origin = registry.bySid.get(except);
        if (origin) receivers.delete(origin);
      }
      if (receivers.size === 0 || !sseCarries(event)) return;
      const validate = outboundSseValidators[event as SseEvent];
      if (opts.outboundValidation && !conformsToSpec(validate, payload, `sse event ${event}`, opts.log))
        return;
      opts.metrics.delivered('sse', publishedAt);
      const streamEvent = { event, payload, data: JSON.stringify(payload) };
      for (const stream of receivers) stream.deliver(streamEvent);
    },
    subscribe(connectionId, topics) {
      const stream = registry.bySid.get(connectionId);
      if (stream) for (const t of topics) registry.join(stream, t);
    },
    unsubscribe(connectionId, topics) {
      const stream = registry.bySid.get(connectionId);
      if (stream) for (const t of topics) registry.leave(stream, t);
    },
    subscribeAll(holder, topics) {
      for (const stream of [...registry.in(holder)]) for (const t of topics) registry.join(stream, t);
    },
    unsubscribeAll(holder, topics) {
      for (const stream of [...registry.in(holder)]) for (const t of topics) registry.leave(stream, t);
    },
    close(target, reason) {
      const streams =
        'topic' in target ? [...registry.in(target.topic)] : [registry.bySid.get(target.connection)];
      for (const stream of streams) if (stream) opts.close(stream, reason);
    },
  };
}
