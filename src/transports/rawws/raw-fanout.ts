import type { ChatMessage, DbChange, UserActivity } from '../../../generated/types.js';
import {
  EnvelopeActivity,
  EnvelopeChanOut,
  EnvelopeDbEvent,
} from '../../../generated/validators/asyncapi.js';
import type { Deliverer, Publication } from '../../core/fanout/bus.js';
import type { BusEvent } from '../../core/fanout/events.js';
import type { Metrics } from '../../core/metrics.js';
import type { Logger } from '../../logger.js';
import type { TopicRegistry } from '../topic-registry.js';
import { conformsToSpec } from '../validation.js';
import { CLOSE_CODE_OF, type RawSocket } from './raw-socket.js';
import { type TextFrame, textFrame } from './text-frames.js';

/**
 * A chat message as raw clients see it: the `data` a raw client sent (stored as `{ data }`), or the
 * body of a Socket.IO client's message as JSON text.
 */
export function chanOutData(message: ChatMessage): string {
  const body = message.body ?? {};
  const keys = Object.keys(body);
  return keys.length === 1 && keys[0] === 'data' && typeof body.data === 'string'
    ? body.data
    : JSON.stringify(body);
}

type Envelope = { type: string; data: string; channel?: string };

/** The bus events StaticBackend's protocol has an envelope for (envelopeOf). */
const RAW_EVENTS: ReadonlySet<BusEvent> = new Set([
  'activity',
  'message',
  'db_created',
  'db_updated',
  'db_deleted',
]);
export const rawCarries = (event: BusEvent) => RAW_EVENTS.has(event);
type Validate = Parameters<typeof conformsToSpec>[0];

/**
 * The envelope of a bus event, for the events StaticBackend's protocol has: activities, chat messages
 * (chan_out) and database changes. Edits, deletions and member events are Socket.IO's only.
 */
function envelopeOf({ event, payload }: Publication): [Envelope, Validate] | undefined {
  switch (event) {
    case 'activity':
      return [{ type: 'activity', data: JSON.stringify(payload as UserActivity) }, EnvelopeActivity];
    case 'message': {
      const message = payload as ChatMessage;
      return [{ type: 'chan_out', data: chanOutData(message), channel: message.room }, EnvelopeChanOut];
    }
    case 'db_created':
    case 'db_updated':
    case 'db_deleted': {
      const change = payload as DbChange;
      return [{ type: event, data: JSON.stringify(change), channel: `db-${change.repo}` }, EnvelopeDbEvent];
    }
    default:
      return undefined;
  }
}

/**
 * One envelope for many receivers, each frame `{"sid":"<its sid>",…}` as JSON.stringify({ sid, ...body })
 * would write it. StaticBackend's envelope names its receiver, so no two frames are alike; but the
 * body is encoded once, and each frame is its header, its sid and a copy of those bytes.
 */
class SidFrames {
  private readonly tail: Buffer;

  constructor(body: Envelope) {
    // `{"type":…}` without its `{`: what follows the sid.
    this.tail = Buffer.from(`,${JSON.stringify(body).slice(1)}`);
  }

  for(sid: string): TextFrame {
    return textFrame(`{"sid":${JSON.stringify(sid)}`, this.tail);
  }
}

/** The bus, delivered to this process's /ws connections as envelopes. */
export function rawDeliverer(
  registry: TopicRegistry<RawSocket>,
  opts: { outboundValidation: boolean; log: Logger; metrics: Metrics },
): Deliverer {
  const socketsOf = (topics: readonly string[]): Set<RawSocket> => {
    const sockets = new Set<RawSocket>();
    for (const t of topics) for (const s of registry.in(t)) sockets.add(s);
    return sockets;
  };
  return {
    deliver(publication) {
      const receivers = socketsOf(publication.topics);
      if (publication.except !== undefined) {
        const origin = registry.bySid.get(publication.except);
        if (origin) receivers.delete(origin);
      }
      // Most events have no raw receiver: nothing to encode then.
      if (receivers.size === 0) return;
      const envelope = envelopeOf(publication);
      if (!envelope) return;
      const [body, validate] = envelope;
      // Whichever receiver it is checked for, an envelope's validity is the same: its sid is one of ours.
      const first = receivers.values().next().value as RawSocket;
      if (
        opts.outboundValidation &&
        !conformsToSpec(validate, { sid: first.sid, ...body }, `envelope ${body.type}`, opts.log)
      )
        return;
      const frames = new SidFrames(body);
      for (const socket of receivers) socket.sendFrame(frames.for(socket.sid), body.type);
      // On whichever process holds the receivers: a relayed publication carries its stamp across.
      opts.metrics.delivered('rawws', publication.publishedAt);
    },
    subscribe(connectionId, topics) {
      const socket = registry.bySid.get(connectionId);
      if (socket) for (const t of topics) registry.join(socket, t);
    },
    unsubscribe(connectionId, topics) {
      const socket = registry.bySid.get(connectionId);
      if (socket) for (const t of topics) registry.leave(socket, t);
    },
    subscribeAll(holder, topics) {
      for (const socket of [...registry.in(holder)]) for (const t of topics) registry.join(socket, t);
    },
    unsubscribeAll(holder, topics) {
      for (const socket of [...registry.in(holder)]) for (const t of topics) registry.leave(socket, t);
    },
    close(target, reason) {
      const sockets =
        'topic' in target ? [...registry.in(target.topic)] : [registry.bySid.get(target.connection)];
      for (const socket of sockets) socket?.close(CLOSE_CODE_OF[reason], reason);
    },
  };
}
