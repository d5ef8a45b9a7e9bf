/** When a connection's waiting requests stop it being read, and when one is refused outright. */
export interface GateLimits {
  /** Requests running at once; 1 runs them one after another, in arrival order. */
  concurrency: number;
  /** Waiting requests at which reading stops (TCP then pushes back on the client)... */
  pauseAt: number;
  /** ...and at which it starts again. */
  resumeAt: number;
  /** Waiting requests past which a new one is refused at once: what cannot be paused (long-polling) stays bounded. */
  maxWaiting: number;
}

/** What a gate stops reading when requests pile up: the connection. */
export interface Reader {
  pause(): void;
  resume(): void;
}

/**
 * One connection's requests: at most `concurrency` run at once, the rest wait in arrival order. A
 * client that sends faster than it is answered is stopped being read, so a flood costs bounded memory
 * and the connection takes a bounded share of the database from everyone else. The limits are shared by
 * every connection of a transport; a gate costs its counters.
 */
export class RequestGate {
  private running = 0;
  private readonly waiting: (() => Promise<void>)[] = [];
  private paused = false;

  constructor(
    private readonly limits: GateLimits,
    private readonly reader: Reader,
  ) {}

  /** Runs `work` in its turn; false (and nothing runs) when too many requests wait already. */
  submit(work: () => Promise<void>): boolean {
    if (this.running < this.limits.concurrency) {
      this.start(work);
      return true;
    }
    if (this.waiting.length >= this.limits.maxWaiting) return false;
    this.waiting.push(work);
    if (!this.paused && this.waiting.length >= this.limits.pauseAt) {
      this.paused = true;
      this.reader.pause();
    }
    return true;
  }

  private start(work: () => Promise<void>): void {
    this.running += 1;
    // The work answers its own errors; whatever escapes must not stop the requests behind it.
    work()
      .catch(() => {})
      .finally(() => {
        this.running -= 1;
        const next = this.waiting.shift();
        if (next) this.start(next);
        if (this.paused && this.waiting.length <= this.limits.resumeAt) {
          this.paused = false;
          this.reader.resume();
        }
      });
  }
}
