import { isDatabaseUnavailable, isRetryableConflict } from '../store/errors.js';

interface Pending<In, Out> {
  item: In;
  resolve: (out: Out) => void;
  reject: (err: unknown) => void;
}

const MAX_ATTEMPTS = 5;

/**
 * Group commit: items that arrive while a batch is being committed wait and go into the next
 * transaction together. One item alone is committed at once; under load, batches grow (up to
 * `maxBatch`) and a transaction's cost is shared. Items are committed, and their promises settle, in the
 * order they arrived. A deadlock or serialization conflict (PostgreSQL, several nodes) is retried; any
 * other failure is narrowed down by halving the batch, so one bad item fails alone.
 */
export class GroupCommit<In, Out> {
  private queue: Pending<In, Out>[] = [];
  private running: Promise<void> | undefined;

  /**
   * `commit` stores a batch in one transaction and resolves one result per item, in order; `observe`
   * is told each transaction's size and duration in seconds (metrics), retries and halves included.
   */
  constructor(
    private readonly commit: (batch: In[]) => Promise<Out[]>,
    private readonly observe: (size: number, seconds: number) => void = () => {},
    private readonly maxBatch = 1000,
  ) {}

  /** Resolves the item's result once its transaction committed. */
  submit(item: In): Promise<Out> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.running ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    // Let every request already read off the sockets join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.queue.length > 0) await this.run(this.queue.splice(0, this.maxBatch));
    this.running = undefined;
  }

  private async run(batch: Pending<In, Out>[], attempt = 1): Promise<void> {
    const started = performance.now();
    try {
      const results = await this.commit(batch.map((p) => p.item));
      this.observe(batch.length, (performance.now() - started) / 1000);
      for (const [i, p] of batch.entries()) p.resolve(results[i] as Out);
    } catch (err) {
      this.observe(batch.length, (performance.now() - started) / 1000);
      if (isRetryableConflict(err) && attempt < MAX_ATTEMPTS) return this.run(batch, attempt + 1);
      if (batch.length === 1 || isDatabaseUnavailable(err)) {
        for (const p of batch) p.reject(err);
        return;
      }
      const half = Math.ceil(batch.length / 2);
      await this.run(batch.slice(0, half));
      await this.run(batch.slice(half));
    }
  }

  /** Resolves once everything submitted so far is committed (or failed). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }
}
