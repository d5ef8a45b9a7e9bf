/** A request on a client that is closed: by `close()`, or by the server for good (see `state`). */
export class ConnectionClosedError extends Error {
  override readonly name = 'ConnectionClosedError';
  readonly operation: string;

  constructor(operation: string) {
    super(`${operation}: the connection is closed`);
    this.operation = operation;
  }
}

/** A request made while offline when the offline queue already holds its maximum. */
export class OfflineQueueFullError extends Error {
  override readonly name = 'OfflineQueueFullError';
  readonly operation: string;
  readonly queueSize: number;

  constructor(operation: string, queueSize: number) {
    super(`${operation}: offline and the queue of ${queueSize} requests is full`);
    this.operation = operation;
    this.queueSize = queueSize;
  }
}

/** A request made while offline that waited longer than the queue's maximum age; it was never sent. */
export class RequestExpiredError extends Error {
  override readonly name = 'RequestExpiredError';
  readonly operation: string;
  readonly maxAgeMs: number;

  constructor(operation: string, maxAgeMs: number) {
    super(`${operation}: offline for more than ${maxAgeMs} ms, not sent`);
    this.operation = operation;
    this.maxAgeMs = maxAgeMs;
  }
}
