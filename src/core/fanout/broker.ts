/**
 * Carries fan-out between the processes of one deployment, the seam Centrifuge calls a broker: each
 * process subscribes to the channels it delivers, and a publish reaches every subscribed process, the
 * publisher included. The in-memory broker is the embedded default (one process); the Redis one spans
 * processes (REDIS_URL).
 */
export interface Broker {
  /**
   * Sends a message to every process subscribed to the channel, this one included. Messages from one
   * publisher arrive in the order they were published; rejects when the message could not be sent.
   */
  publish(channel: string, message: string): Promise<void>;
  /** Calls `onMessage` with every message published on the channel from now on; resolves once subscribed. */
  subscribe(channel: string, onMessage: (message: string) => void): Promise<void>;
  /** Stops delivering and lets go of connections. */
  close(): Promise<void>;
}
