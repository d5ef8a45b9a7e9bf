import { ApiError } from '../errors.js';

/**
 * Runs at most `concurrency` jobs at once and queues at most `maxQueued` more; past that it refuses
 * with UNAVAILABLE at once. Used for password hashing: scrypt runs on libuv's small thread pool, which
 * the SQLite driver and file I/O share, so unbounded logins would stall every other request.
 */
export class WorkQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxQueued: number,
  ) {}

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.running < this.concurrency) {
      this.running += 1;
    } else if (this.waiting.length >= this.maxQueued) {
      throw new ApiError(
        'UNAVAILABLE',
        'the server is busy with other logins; try again shortly',
        undefined,
        1,
      );
    } else {
      // The finishing job hands its slot over directly, so no newcomer can slip in between.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
