import { ApiError } from '../core/errors.js';

/**
 * Every request under way, on every transport, so that shutdown answers what it accepted. A message
 * committed but never acknowledged is one the client sends again. Draining stops new requests (they
 * are refused with UNAVAILABLE, to be retried elsewhere or later) and resolves once the running ones
 * are done, answers included, or at a deadline: a request stuck on a slow client must not hold the
 * process for ever.
 */
export class InFlight {
  private running = 0;
  private idle: (() => void)[] = [];
  private draining = false;

  /** A request begins; call what this returns once its answer is out. Refused once draining began. */
  begin(): () => void {
    if (this.draining)
      throw new ApiError('UNAVAILABLE', 'the server is shutting down; try again', undefined, 1);
    this.running += 1;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.running -= 1;
      if (this.running === 0) for (const resolve of this.idle.splice(0)) resolve();
    };
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Resolves once no request runs (at once when none does). Unlike drain, refuses nothing. */
  settled(): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  /** Refuses new requests; resolves true once none runs, or false when `timeoutMs` passed first. */
  drain(timeoutMs: number): Promise<boolean> {
    this.draining = true;
    if (this.running === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idle.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
