import { randomUUID } from 'node:crypto';
import type WebSocket from 'ws';
import type { SocketIdentity } from '../../core/users.js';

/** Close codes of the raw transport. */
export const CLOSE = {
  /** A connection limit: the `error` envelope before it says which. */
  policy: 1008,
  /** A frame over the hard limit (ws closes with it itself). */
  tooBig: 1009,
  /** A consumer too slow to read what it is sent. */
  slow: 1013,
  /** The user's account changed, or the limits made room for a newer connection. */
  replaced: 4000,
} as const;

/** One raw WebSocket connection: its sid, who it is once authenticated, and its socket token. */
export class RawSocket {
  readonly sid = randomUUID();
  identity: (SocketIdentity & { id: string }) | undefined;
  token: string | undefined;
  /** When the last pong (or the connection) arrived, for the heartbeat. */
  lastPong = Date.now();
  // Requests are run one after another, so answers come in the order of the requests.
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly ws: WebSocket,
    private readonly maxBufferedBytes: number,
    private readonly onSlow: () => void,
  ) {}

  get open(): boolean {
    return this.ws.readyState === this.ws.OPEN;
  }

  /** Sends one envelope; a consumer with too much waiting is cut off instead of growing memory. */
  send(envelope: object): void {
    if (!this.open) return;
    if (this.ws.bufferedAmount > this.maxBufferedBytes) {
      this.onSlow();
      return;
    }
    this.ws.send(JSON.stringify(envelope));
  }

  /** Runs `work` after the requests before it. */
  enqueue(work: () => Promise<void>): void {
    this.queue = this.queue.then(work, work);
  }
}
