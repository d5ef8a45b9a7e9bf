import type { Logger } from '../../logger.js';
import type { Broker } from './broker.js';
import type { CloseTarget, Deliverer, Publication } from './bus.js';
import type { BusEvent } from './events.js';

/** What crosses the broker: the operations that may concern connections of other processes. */
type Relayed = { origin: string } & (
  | { op: 'present' }
  | { op: 'deliver'; publication: Publication }
  | { op: 'subscribeAll'; holder: string; topics: readonly string[] }
  | { op: 'unsubscribeAll'; holder: string; topics: readonly string[] }
  | { op: 'close'; target: CloseTarget; reason: Parameters<Deliverer['close']>[1] }
);
type Operation = Relayed extends infer R ? (R extends { origin: string } ? Omit<R, 'origin'> : never) : never;

// A process holding connections says so this often; the others relay to it for three times as long.
const ANNOUNCE_MS = 5000;
const PRESENT_FOR_MS = 3 * ANNOUNCE_MS;

/**
 * Spans processes for a deliverer that only reaches its own process's connections (the raw transport):
 * deliveries, leaves by holder and closes are applied here at once and sent through the broker to the
 * other processes, each applying them to its connections (a process skips what it sent itself).
 * Subscribing and unsubscribing one connection stays local: a connection only ever asks for itself, on
 * the process that holds it.
 *
 * A broker that cannot publish loses that event for the other processes' connections, not for this
 * one's; the event was committed before, so a client catches up through history or database positions.
 */
export function relayed(
  local: Deliverer,
  broker: Broker,
  channel: string,
  nodeId: string,
  log: Logger,
  /** The events the deliverer delivers at all: the others are not sent to other processes for nothing. */
  carries: (event: BusEvent) => boolean,
  /** Whether this process holds connections of the deliverer's transport. */
  holdsConnections: () => boolean,
): { deliverer: Deliverer; subscribed: Promise<void>; stop(): void } {
  // Deliveries go to the other processes only while one of them says it holds connections: most
  // deployments have no /ws client at all, and a message then costs no publish and no parse per process.
  let othersUntil = 0;
  let announcedAt = 0;
  const announce = () => {
    announcedAt = Date.now();
    broker
      .publish(channel, JSON.stringify({ op: 'present', origin: nodeId }))
      .catch((err: unknown) =>
        log.debug({ reason: (err as Error).message }, 'could not announce /ws connections'),
      );
  };
  const timer = setInterval(() => {
    if (holdsConnections()) announce();
  }, ANNOUNCE_MS);
  timer.unref();
  const apply = (op: Operation) => {
    if (op.op === 'present') othersUntil = Date.now() + PRESENT_FOR_MS;
    else if (op.op === 'deliver') local.deliver(op.publication);
    else if (op.op === 'subscribeAll') local.subscribeAll(op.holder, op.topics);
    else if (op.op === 'unsubscribeAll') local.unsubscribeAll(op.holder, op.topics);
    else local.close(op.target, op.reason);
  };
  const subscribed = broker.subscribe(channel, (message) => {
    let relayed: Relayed;
    try {
      relayed = JSON.parse(message) as Relayed;
    } catch {
      log.warn({ channel }, 'an unreadable message on the cluster bus');
      return;
    }
    if (relayed.origin !== nodeId) apply(relayed);
  });
  const send = (op: Operation, toOthers = true) => {
    apply(op);
    if (!toOthers) return;
    broker
      .publish(channel, JSON.stringify({ ...op, origin: nodeId }))
      // Debug: while Redis is away every relay fails alike, and the Redis client logs the outage once.
      .catch((err: unknown) =>
        log.debug({ reason: (err as Error).message, op: op.op }, 'could not relay to the other processes'),
      );
  };
  const deliverer: Deliverer = {
    deliver: (publication) => {
      if (carries(publication.event)) send({ op: 'deliver', publication }, Date.now() < othersUntil);
    },
    subscribe: (connectionId, topics) => {
      local.subscribe(connectionId, topics);
      // A first connection here is announced at once, before it can join anything, not at the next tick.
      if (holdsConnections() && Date.now() - announcedAt > ANNOUNCE_MS) announce();
    },
    unsubscribe: (connectionId, topics) => local.unsubscribe(connectionId, topics),
    subscribeAll: (holder, topics) => send({ op: 'subscribeAll', holder, topics }),
    unsubscribeAll: (holder, topics) => send({ op: 'unsubscribeAll', holder, topics }),
    close: (target, reason) => send({ op: 'close', target, reason }),
  };
  return { deliverer, subscribed, stop: () => clearInterval(timer) };
}
