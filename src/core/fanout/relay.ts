import type { Logger } from '../../logger.js';
import type { Broker } from './broker.js';
import type { CloseTarget, Deliverer, Publication } from './bus.js';

/** What crosses the broker: the operations that may concern connections of other processes. */
type Relayed =
  | { op: 'deliver'; publication: Publication }
  | { op: 'unsubscribeAll'; holder: string; topics: readonly string[] }
  | { op: 'close'; target: CloseTarget; reason: Parameters<Deliverer['close']>[1] };

/**
 * Spans processes for a deliverer that only reaches its own process's connections (the raw transport):
 * deliveries, leaves by holder and closes go through the broker to every process, this one included,
 * and each applies them to its connections. Subscribing and unsubscribing one connection stays local: a
 * connection only ever asks for itself, on the process that holds it.
 *
 * A broker that cannot publish loses that event for the other processes' connections; the event was
 * committed before, so a client catches up through history or database positions.
 */
export function relayed(
  local: Deliverer,
  broker: Broker,
  channel: string,
  log: Logger,
): { deliverer: Deliverer; subscribed: Promise<void> } {
  const subscribed = broker.subscribe(channel, (message) => {
    let relayed: Relayed;
    try {
      relayed = JSON.parse(message) as Relayed;
    } catch {
      log.warn({ channel }, 'an unreadable message on the cluster bus');
      return;
    }
    if (relayed.op === 'deliver') local.deliver(relayed.publication);
    else if (relayed.op === 'unsubscribeAll') local.unsubscribeAll(relayed.holder, relayed.topics);
    else local.close(relayed.target, relayed.reason);
  });
  const send = (relayed: Relayed) =>
    broker
      .publish(channel, JSON.stringify(relayed))
      .catch((err: unknown) => log.warn({ err, op: relayed.op }, 'could not relay to the other processes'));
  const deliverer: Deliverer = {
    deliver: (publication) => void send({ op: 'deliver', publication }),
    subscribe: (connectionId, topics) => local.subscribe(connectionId, topics),
    unsubscribe: (connectionId, topics) => local.unsubscribe(connectionId, topics),
    unsubscribeAll: (holder, topics) => void send({ op: 'unsubscribeAll', holder, topics }),
    close: (target, reason) => void send({ op: 'close', target, reason }),
  };
  return { deliverer, subscribed };
}
