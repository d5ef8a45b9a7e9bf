import type { Redis } from './redis.js';

// A Redis that hangs (stopped, partitioned with its sockets open) keeps the client's status 'ready':
// only a command that goes unanswered tells. One PING a second, given a second to answer, marks such a
// Redis down within about two seconds, for about one small command a second per process.
const PROBE_INTERVAL_MS = 1000;
const PROBE_TIMEOUT_MS = 1000;

/** Whether Redis answered the latest ping in time; starts true, since the cluster joined a ready Redis. */
export class RedisProbe {
  private answering = true;
  private pending = false;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly client: Redis) {
    this.timer = setInterval(() => this.probe(), PROBE_INTERVAL_MS);
    this.timer.unref();
  }

  get ok(): boolean {
    return this.answering;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private probe(): void {
    // A ping still unanswered is already overdue: one at a time, so a hung Redis does not pile them up.
    if (this.pending) {
      this.answering = false;
      return;
    }
    if (this.client.status !== 'ready') {
      this.answering = false;
      return;
    }
    this.pending = true;
    const overdue = setTimeout(() => {
      this.answering = false;
    }, PROBE_TIMEOUT_MS);
    this.client
      .ping()
      .then(
        () => {
          this.answering = true;
        },
        () => {
          this.answering = false;
        },
      )
      .finally(() => {
        clearTimeout(overdue);
        this.pending = false;
      });
  }
}
