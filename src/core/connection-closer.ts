import type { CloseReason } from '../../generated/types.js';

/** Closes realtime connections, telling them why: implemented by each transport for its own. */
export interface ConnectionCloser {
  /** Closes every connection of a user. */
  closeUser(userId: string, reason: CloseReason): void;
  /** Closes one connection (an id a transport does not hold is not its to close). */
  closeConnection(connectionId: string, reason: CloseReason): void;
}

/**
 * Every transport's closer, as one: core/ is given this at construction, and each transport adds
 * itself when it is created. A transport that is not there yet has no connection to close, so nothing
 * is missed before.
 */
export class Closers implements ConnectionCloser {
  private readonly transports: ConnectionCloser[] = [];

  add(closer: ConnectionCloser): void {
    this.transports.push(closer);
  }

  closeUser(userId: string, reason: CloseReason): void {
    for (const t of this.transports) t.closeUser(userId, reason);
  }

  closeConnection(connectionId: string, reason: CloseReason): void {
    for (const t of this.transports) t.closeConnection(connectionId, reason);
  }
}
