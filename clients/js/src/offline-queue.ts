import { OfflineQueueFullError, RequestExpiredError } from './connection-errors.js';

interface Waiting {
  operation: string;
  send: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Requests made while the client is offline, kept in order until it is back. Bounded in size and age:
 * a request beyond either fails at once with its own error rather than waiting without end.
 */
export class OfflineQueue {
  private readonly waiting: Waiting[] = [];

  constructor(
    private readonly maxSize: number,
    private readonly maxAgeMs: number,
  ) {}

  get size(): number {
    return this.waiting.length;
  }

  /** Queues `send`, to run at `flush()`; the promise settles with its result or a queue error. */
  add<T>(operation: string, send: () => Promise<T>): Promise<T> {
    if (this.waiting.length >= this.maxSize)
      return Promise.reject(new OfflineQueueFullError(operation, this.maxSize));
    return new Promise<T>((resolve, reject) => {
      const entry: Waiting = {
        operation,
        send,
        resolve: resolve as (value: unknown) => void,
        reject,
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(new RequestExpiredError(operation, this.maxAgeMs));
        }, this.maxAgeMs),
      };
      this.waiting.push(entry);
    });
  }

  /** Sends every queued request, in the order they were made (each is emitted before the next). */
  flush(): void {
    for (const entry of this.waiting.splice(0)) {
      clearTimeout(entry.timer);
      entry.send().then(entry.resolve, entry.reject);
    }
  }

  /** Fails every queued request with `errorFor(operation)`. */
  failAll(errorFor: (operation: string) => Error): void {
    for (const entry of this.waiting.splice(0)) {
      clearTimeout(entry.timer);
      entry.reject(errorFor(entry.operation));
    }
  }
}
