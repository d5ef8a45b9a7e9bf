import type { ServerToClientEvents } from '../../generated/socketio.js';
import type { ClientSocket } from './socket.js';

type Payload<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>[0];

interface Waiter {
  event: string;
  matches: (payload: unknown) => boolean;
  resolve: (payload: unknown) => void;
}

/**
 * Every event a client socket receives, from before it connects: a test can wait for one that already
 * arrived (two frames in one TCP read are delivered back to back) and can check that one never came.
 */
export class EventLog {
  private readonly received: { event: string; payload: unknown; taken: boolean }[] = [];
  private readonly waiters: Waiter[] = [];

  constructor(socket: ClientSocket) {
    socket.onAny((event: string, payload: unknown) => {
      const waiter = this.waiters.find((w) => w.event === event && w.matches(payload));
      if (waiter) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        this.received.push({ event, payload, taken: true });
        waiter.resolve(payload);
      } else {
        this.received.push({ event, payload, taken: false });
      }
    });
  }

  /** The first event of this kind (and matching `where`) not yet taken, waiting up to `timeoutMs` for it. */
  next<E extends keyof ServerToClientEvents>(
    event: E,
    where: (payload: Payload<E>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<Payload<E>> {
    const matches = where as (payload: unknown) => boolean;
    const early = this.received.find((r) => !r.taken && r.event === event && matches(r.payload));
    if (early) {
      early.taken = true;
      return Promise.resolve(early.payload as Payload<E>);
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        event,
        matches,
        resolve: (payload) => {
          clearTimeout(timer);
          resolve(payload as Payload<E>);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(
          new Error(
            `no matching ${event} event within ${timeoutMs} ms (got: ${JSON.stringify(this.all(event))})`,
          ),
        );
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Every event of these kinds received so far, in the order they arrived. */
  sequence<E extends keyof ServerToClientEvents>(events: readonly E[]): Payload<E>[] {
    return this.received
      .filter((r) => (events as readonly string[]).includes(r.event))
      .map((r) => r.payload as Payload<E>);
  }

  /** Every event of this kind received so far, taken or not. */
  all<E extends keyof ServerToClientEvents>(event: E): Payload<E>[] {
    return this.received.filter((r) => r.event === event).map((r) => r.payload as Payload<E>);
  }
}
