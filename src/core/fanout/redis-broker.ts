import { createRedisClient, type Redis, redisAddress } from '../../cluster/redis.js';
import type { Logger } from '../../logger.js';
import { ApiError } from '../errors.js';
import type { Broker } from './broker.js';

export interface RedisBrokerOptions {
  /** REDIS_URL. */
  url: string;
  /** REDIS_PREFIX: put before every channel name in Redis. */
  prefix: string;
  log: Logger;
  /** How long a publish or subscribe may wait for Redis's answer before it is refused. */
  commandTimeoutMs?: number;
  /** How long `connect` waits for Redis before giving up. */
  connectTimeoutMs?: number;
}

type OnMessage = (message: string) => void;

interface Subscription {
  handlers: OnMessage[];
  /** Settles when Redis has confirmed the first SUBSCRIBE; a second subscriber waits for it too. */
  confirmed: Promise<void>;
}

// SUBSCRIBE arguments per command when renewing every channel after a reconnection: one huge command
// would hold Redis (and the reply parser) for as long as it takes.
const RESUBSCRIBE_BATCH = 1000;

function unavailable(): ApiError {
  return new ApiError('UNAVAILABLE', "the cluster's Redis is unreachable; try again shortly", undefined, 5);
}

/**
 * The broker across processes: Redis pub/sub, one connection publishing and one subscribed. Messages
 * from one process keep their order, since one connection carries them all and Redis relays each
 * connection's in order. While Redis is unreachable a publish or subscribe is refused at once with
 * UNAVAILABLE (no queue that would grow, no wait without end), and what is published meanwhile is not
 * delivered later: pub/sub keeps nothing. After a reconnection the broker subscribes to every channel
 * again and only then reports itself healthy.
 */
export class RedisBroker implements Broker {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly stateListeners = new Set<(healthy: boolean) => void>();
  private publisherUp = false;
  private subscriberUp = false;
  private reported = false;
  private closed = false;
  // Counts the subscriber's connections, so a renewal that finishes after its connection dropped is ignored.
  private connection = 0;

  constructor(private readonly options: RedisBrokerOptions) {
    const clientOptions = {
      log: options.log,
      commandTimeoutMs: options.commandTimeoutMs,
      connectTimeoutMs: options.connectTimeoutMs,
    };
    this.publisher = createRedisClient(options.url, { ...clientOptions, role: 'publisher' });
    this.subscriber = createRedisClient(options.url, { ...clientOptions, role: 'subscriber' });
    this.publisher.on('ready', () => this.setPublisher(true));
    this.publisher.on('close', () => this.setPublisher(false));
    this.subscriber.on('ready', () => void this.resubscribe(++this.connection));
    this.subscriber.on('close', () => {
      this.connection++;
      this.setSubscriber(false);
    });
    this.subscriber.on('message', (channel: string, message: string) => this.deliver(channel, message));
  }

  /** A broker whose connections are up, or a rejection saying Redis did not answer in time. */
  static async connect(options: RedisBrokerOptions): Promise<RedisBroker> {
    const broker = new RedisBroker(options);
    const timeoutMs = options.connectTimeoutMs ?? 5000;
    let stop = () => {};
    const up = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      const off = broker.onStateChange((healthy) => healthy && resolve(true));
      stop = () => {
        clearTimeout(timer);
        off();
      };
    });
    stop();
    if (up) return broker;
    await broker.close();
    throw new Error(`Redis at ${redisAddress(options.url)} did not answer within ${timeoutMs} ms`);
  }

  /** Both connections up and every channel subscribed: what health reports. */
  get healthy(): boolean {
    return this.publisherUp && this.subscriberUp && !this.closed;
  }

  /** Calls `listener` whenever `healthy` changes; returns the function that stops it. */
  onStateChange(listener: (healthy: boolean) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  async publish(channel: string, message: string): Promise<void> {
    if (this.closed) throw unavailable();
    try {
      await this.publisher.publish(this.options.prefix + channel, message);
    } catch (err) {
      this.options.log.debug({ channel, err: { message: (err as Error).message } }, 'publish refused');
      throw unavailable();
    }
  }

  async subscribe(channel: string, onMessage: OnMessage): Promise<void> {
    if (this.closed) throw unavailable();
    const existing = this.subscriptions.get(channel);
    // The handler is in place before Redis confirms, so nothing that follows the confirmation is missed.
    if (existing) {
      existing.handlers.push(onMessage);
      return existing.confirmed;
    }
    const subscription: Subscription = {
      handlers: [onMessage],
      confirmed: this.subscriber.subscribe(this.options.prefix + channel).then(
        () => {},
        (err: Error) => {
          // Not subscribed: forgotten, so it is not renewed either, and the caller may try again.
          if (this.subscriptions.get(channel) === subscription) this.subscriptions.delete(channel);
          this.options.log.debug({ channel, err: { message: err.message } }, 'subscribe refused');
          throw unavailable();
        },
      ),
    };
    this.subscriptions.set(channel, subscription);
    return subscription.confirmed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.subscriptions.clear();
    this.emitState();
    await Promise.all([this.publisher, this.subscriber].map(quit));
  }

  private deliver(prefixed: string, message: string): void {
    const channel = prefixed.slice(this.options.prefix.length);
    for (const onMessage of this.subscriptions.get(channel)?.handlers ?? []) {
      try {
        onMessage(message);
      } catch (err) {
        // One subscriber's fault must not keep the message from the others.
        this.options.log.error({ channel, err }, 'a broker subscriber threw');
      }
    }
  }

  /** After a (re)connection: every channel subscribed again, then healthy. */
  private async resubscribe(connection: number): Promise<void> {
    const channels = [...this.subscriptions.keys()].map((channel) => this.options.prefix + channel);
    try {
      for (let i = 0; i < channels.length; i += RESUBSCRIBE_BATCH)
        await this.subscriber.subscribe(...channels.slice(i, i + RESUBSCRIBE_BATCH));
    } catch {
      // The connection dropped again; its next 'ready' renews them.
      return;
    }
    if (connection === this.connection) this.setSubscriber(true);
  }

  private setPublisher(up: boolean): void {
    this.publisherUp = up;
    this.emitState();
  }

  private setSubscriber(up: boolean): void {
    this.subscriberUp = up;
    this.emitState();
  }

  private emitState(): void {
    const healthy = this.healthy;
    if (healthy === this.reported) return;
    this.reported = healthy;
    for (const listener of this.stateListeners) listener(healthy);
  }
}

/** QUIT when connected, so what was sent is answered first; otherwise just stop reconnecting. */
async function quit(client: Redis): Promise<void> {
  if (client.status !== 'ready') {
    client.disconnect();
    return;
  }
  try {
    await client.quit();
  } catch {
    client.disconnect();
  }
}
