import type { Logger } from '../logger.js';

// Refused handshakes logged one by one per minute, per process; past that they are counted and told in
// one line a minute. A refusal is cheap to cause (a wrong secret, a flood of connections from one address)
// and an attacker must not be able to fill the disk or drown the lines that matter; the count still says
// it happened, and by which codes.
const REFUSALS_LOGGED_PER_MINUTE = 30;
const WINDOW_MS = 60_000;

export interface ConnectedEntry {
  connectionId: string;
  userId: string;
  address: string;
  /** Only when true: a Socket.IO connection that resumed one that dropped (connection-state recovery). */
  resumed?: true;
}

export interface RefusedEntry {
  /** The spec's error code the client was told (UNAUTHENTICATED, CONNECTION_LIMIT, RATE_LIMITED…). */
  code: string;
  address: string;
  field?: string;
}

/**
 * The realtime connections' lines in the log, the same for both transports (each has its own, on its
 * logger, which names the transport): `connected` (who, from where), `disconnected` (why, after how
 * long) and `handshake refused` (the code the client was told), all at info. Never a secret: what
 * identifies a connection here is its id and its user's id.
 */
export class ConnectionLog {
  private windowStart = 0;
  private loggedInWindow = 0;
  private readonly suppressed = new Map<string, number>();
  private flush: NodeJS.Timeout | undefined;

  constructor(
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  connected(entry: ConnectedEntry): void {
    this.log.info(entry, 'connected');
  }

  disconnected(
    entry: Pick<ConnectedEntry, 'connectionId' | 'userId'> & { reason: string; connectedAt: number },
  ): void {
    const { connectedAt, ...rest } = entry;
    this.log.info({ ...rest, durationMs: Math.max(0, this.now() - connectedAt) }, 'disconnected');
  }

  refused(entry: RefusedEntry): void {
    const now = this.now();
    if (now - this.windowStart >= WINDOW_MS) this.rollWindow(now);
    if (this.loggedInWindow < REFUSALS_LOGGED_PER_MINUTE) {
      this.loggedInWindow++;
      this.log.info(entry, 'handshake refused');
      return;
    }
    this.suppressed.set(entry.code, (this.suppressed.get(entry.code) ?? 0) + 1);
    // Told at the window's end even if no refusal follows to roll it over.
    this.flush ??= setTimeout(
      () => {
        this.flush = undefined;
        this.rollWindow(this.now());
      },
      WINDOW_MS - (now - this.windowStart),
    ).unref();
  }

  /** The refusals the last window did not log one by one, in one line; then a new window. */
  private rollWindow(now: number): void {
    clearTimeout(this.flush);
    this.flush = undefined;
    if (this.suppressed.size > 0) {
      const byCode = Object.fromEntries(this.suppressed);
      const total = [...this.suppressed.values()].reduce((a, b) => a + b, 0);
      this.log.info(
        { notLogged: total, byCode, windowMs: now - this.windowStart },
        'handshakes refused beyond the log limit',
      );
      this.suppressed.clear();
    }
    this.windowStart = now;
    this.loggedInWindow = 0;
  }
}
