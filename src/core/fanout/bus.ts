import type { CloseReason } from '../../../generated/types.js';
import { preciseNow } from '../metrics.js';
import type { BusEvent, BusEvents } from './events.js';

/** One event for an audience. */
export interface Publication<E extends BusEvent = BusEvent> {
  /** Who gets it: every connection subscribed to any of these topics (topics.ts), once. */
  topics: readonly string[];
  event: E;
  payload: BusEvents[E];
  /** The connection that caused it: it has its answer, and does not get the event too. */
  except?: string;
  /**
   * When it was published (epoch milliseconds, below the millisecond): a transport that hands it to
   * its connections reports the lag (metrics), on another process too when the publication is relayed.
   */
  publishedAt: number;
}

/** Which connections to close: one, or every connection subscribed to a topic (a user's devices). */
export type CloseTarget = { connection: string } | { topic: string };

/**
 * What a realtime transport does for the bus, for its connections in every process of the deployment
 * (Socket.IO through its adapter, /ws through the broker). An operation on a connection the transport
 * does not hold does nothing.
 */
export interface Deliverer {
  deliver(publication: Publication): void;
  subscribe(connectionId: string, topics: readonly string[]): void;
  unsubscribe(connectionId: string, topics: readonly string[]): void;
  /**
   * Every connection subscribed to `holder` (one connection's own topic, a party's) joins `topics`, on
   * whichever process holds it: what another connection decides for it (a leader accepting a request).
   */
  subscribeAll(holder: string, topics: readonly string[]): void;
  /** Every connection subscribed to `holder` (a user's devices) leaves `topics`. */
  unsubscribeAll(holder: string, topics: readonly string[]): void;
  /** Tells the connections why, then closes them. */
  close(target: CloseTarget, reason: CloseReason): void;
}

/**
 * The one way core/ reaches connections: core/ decides the audience (topics.ts), the transports
 * attached here deliver to it. Services get the bus at construction; a transport attaches when it is
 * created, and a transport not attached yet holds no connection, so nothing is lost before.
 */
export class Bus {
  private readonly deliverers: Deliverer[] = [];

  attach(deliverer: Deliverer): void {
    this.deliverers.push(deliverer);
  }

  publish<E extends BusEvent>(
    topics: readonly string[],
    event: E,
    payload: BusEvents[E],
    except?: string,
  ): void {
    if (topics.length === 0) return;
    const publication = { topics, event, payload, except, publishedAt: preciseNow() } as Publication;
    for (const d of this.deliverers) d.deliver(publication);
  }

  subscribe(connectionId: string, topics: readonly string[]): void {
    for (const d of this.deliverers) d.subscribe(connectionId, topics);
  }

  unsubscribe(connectionId: string, topics: readonly string[]): void {
    for (const d of this.deliverers) d.unsubscribe(connectionId, topics);
  }

  subscribeAll(holder: string, topics: readonly string[]): void {
    for (const d of this.deliverers) d.subscribeAll(holder, topics);
  }

  unsubscribeAll(holder: string, topics: readonly string[]): void {
    for (const d of this.deliverers) d.unsubscribeAll(holder, topics);
  }

  close(target: CloseTarget, reason: CloseReason): void {
    for (const d of this.deliverers) d.close(target, reason);
  }
}
