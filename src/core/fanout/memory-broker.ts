import type { Broker } from './broker.js';

/** One process's broker: a publish is delivered synchronously to this process's subscribers. */
export class MemoryBroker implements Broker {
  private readonly subscribers = new Map<string, ((message: string) => void)[]>();

  async publish(channel: string, message: string): Promise<void> {
    for (const onMessage of this.subscribers.get(channel) ?? []) onMessage(message);
  }

  async subscribe(channel: string, onMessage: (message: string) => void): Promise<void> {
    this.subscribers.set(channel, [...(this.subscribers.get(channel) ?? []), onMessage]);
  }

  async close(): Promise<void> {
    this.subscribers.clear();
  }
}
