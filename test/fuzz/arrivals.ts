/**
 * Conditions on what a connection has received: each arrival (or the close) re-checks those being
 * waited for, so a wait ends as soon as it can, with no polling.
 */
export class Arrivals {
  private readonly checks = new Set<() => void>();

  /** Something arrived, or the connection closed: re-check every condition waited for. */
  changed(): void {
    for (const check of [...this.checks]) check();
  }

  /** Resolves true once `done()` holds, false if it still does not after `timeoutMs`. */
  until(done: () => boolean, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const finish = (result: boolean) => {
        clearTimeout(timer);
        this.checks.delete(check);
        resolve(result);
      };
      const check = () => {
        if (done()) finish(true);
      };
      const timer = setTimeout(() => finish(false), timeoutMs);
      this.checks.add(check);
      check();
    });
  }
}
