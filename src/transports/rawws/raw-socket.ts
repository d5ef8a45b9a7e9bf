import { randomUUID } from 'node:crypto';
import type WebSocket from 'ws';
import type { CloseReason } from '../../../generated/types.js';
import type { SocketIdentity } from '../../core/users.js';
import { type GateLimits, RequestGate } from '../request-gate.js';
import { recordEvent } from '../spec-coverage.js';
import { sendTextFrame, type TextFrame } from './text-frames.js';

/** Close codes of the raw transport. */
export const CLOSE = {
  /** A connection limit, or no `auth` in time: the `error` envelope before it says which. */
  policy: 1008,
  /** A frame over the hard limit (ws closes with it itself). */
  tooBig: 1009,
  /** The server failed half-way through admitting the connection. */
  internal: 1011,
  /** A consumer too slow to read what it is sent. */
  slow: 1013,
  /** The server is shutting down. */
  goingAway: 1001,
  /** The user's account changed, or the limits made room for a newer connection. */
  replaced: 4000,
  /** The session the connection authenticated with ended (logout, sign out everywhere, expiry). */
  sessionEnded: 4001,
} as const;

/** The close code for each reason the server closes a connection (the reason goes in the close frame). */
export const CLOSE_CODE_OF: Record<CloseReason, number> = {
  'logged-out': CLOSE.sessionEnded,
  'sessions-revoked': CLOSE.sessionEnded,
  'session-expired': CLOSE.sessionEnded,
  'secret-rotated': CLOSE.sessionEnded,
  'account-changed': CLOSE.replaced,
  replaced: CLOSE.replaced,
  'shutting-down': CLOSE.goingAway,
};

// Requests are answered one after another, in order. Past 256 waiting the connection stops being read
// (TCP pushes back on the client) until the queue is down to 64, so a flood costs bounded memory. What
// ws read before the pause still arrives, at most one socket read's worth, so nothing needs refusing.
const REQUESTS: GateLimits = {
  concurrency: 1,
  pauseAt: 256,
  resumeAt: 64,
  maxWaiting: Number.POSITIVE_INFINITY,
};
// How long a connection we closed may take to finish the close handshake before it is cut.
const CLOSE_GRACE_MS = 1000;

/** One raw WebSocket connection: its sid, who it is once authenticated, and its socket token. */
export class RawSocket {
  readonly sid = randomUUID();
  identity: (SocketIdentity & { id: string }) | undefined;
  /** The session `auth` traded for the socket token, and when (what an action's caller carries). */
  session: { id: string; since: number } | undefined;
  token: string | undefined;
  /** When the last pong (or the connection) arrived, for the heartbeat. */
  lastPong = Date.now();
  /** Closes the connection if it has not authenticated in time; cleared when it does. */
  authDeadline: NodeJS.Timeout | undefined;
  // Requests are run one after another, so answers come in the order of the requests.
  private readonly requests: RequestGate;
  private closing = false;

  constructor(
    readonly ws: WebSocket,
    private readonly maxBufferedBytes: number,
    private readonly onSlow: () => void,
    /** Told the type of each envelope sent (metrics): one function for every connection. */
    private readonly sent: (type: string) => void,
  ) {
    // ws's own pause and resume stop and start reading the socket.
    this.requests = new RequestGate(REQUESTS, ws);
  }

  /** Open, and not being closed by us: only such a connection is sent to and may act. */
  get open(): boolean {
    return !this.closing && this.ws.readyState === this.ws.OPEN;
  }

  /** Sends one envelope; a consumer with too much waiting is cut off instead of growing memory. */
  send(envelope: object): void {
    if (!this.writable()) return;
    this.ws.send(JSON.stringify(envelope));
    const { type } = envelope as { type?: unknown };
    recordEvent('localRaw', type);
    this.sent(String(type));
  }

  /** Sends an envelope framed already (text-frames.ts), of type `type`. */
  sendFrame(frame: TextFrame, type: unknown): void {
    if (!this.writable()) return;
    sendTextFrame(this.ws, frame);
    recordEvent('localRaw', type);
    this.sent(String(type));
  }

  private writable(): boolean {
    if (!this.open) return false;
    if (this.ws.bufferedAmount <= this.maxBufferedBytes) return true;
    this.onSlow();
    return false;
  }

  /**
   * Closes the connection: from now on it neither acts nor is sent anything, even while the client
   * takes its time to answer the close (it is cut after a grace period).
   */
  close(code: number, reason: string): void {
    if (this.closing) return;
    this.closing = true;
    this.ws.close(code, reason);
    setTimeout(() => this.ws.terminate(), CLOSE_GRACE_MS).unref();
  }

  /** Runs `work` after the requests before it, unless the connection is gone by then. */
  enqueue(work: () => Promise<void>): void {
    this.requests.submit(async () => {
      if (this.open) await work();
    });
  }
}
