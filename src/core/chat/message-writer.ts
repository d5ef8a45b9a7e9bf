import { isDatabaseUnavailable, isRetryableConflict } from '../../store/errors.js';
import type { MessageStore, NewMessage } from '../../store/messages.js';

const MAX_ATTEMPTS = 5;

interface Pending {
  message: NewMessage;
  resolve: (seq: number) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit: messages that arrive while a batch is being written wait and go into the next
 * transaction together. One message alone is written at once; under load, batches grow (up to
 * `maxBatch`) and a transaction's cost is shared. A message's promise settles when its transaction does.
 */
export class MessageWriter {
  private queue: Pending[] = [];
  private writing: Promise<void> | undefined;

  constructor(
    private readonly store: MessageStore,
    private readonly maxBatch = 1000,
  ) {}

  /** Stores a message; resolves its sequence number once it is committed. */
  write(message: NewMessage): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ message, resolve, reject });
      this.writing ??= this.drainQueue();
    });
  }

  private async drainQueue(): Promise<void> {
    // Let every frame already read off the sockets join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.queue.length > 0) await this.commit(this.queue.splice(0, this.maxBatch));
    this.writing = undefined;
  }

  /**
   * Commits a batch. A deadlock or serialization conflict (PostgreSQL, several nodes) is retried; any
   * other failure is narrowed down by halving the batch, so one bad message fails alone.
   */
  private async commit(batch: Pending[], attempt = 1): Promise<void> {
    try {
      const seqs = await this.store.append(batch.map((p) => p.message));
      for (const [i, p] of batch.entries()) p.resolve(seqs[i] as number);
    } catch (err) {
      if (isRetryableConflict(err) && attempt < MAX_ATTEMPTS) return this.commit(batch, attempt + 1);
      if (batch.length === 1 || isDatabaseUnavailable(err)) {
        for (const p of batch) p.reject(err);
        return;
      }
      const half = Math.ceil(batch.length / 2);
      await this.commit(batch.slice(0, half));
      await this.commit(batch.slice(half));
    }
  }

  /** Resolves once everything written so far is committed (or failed). */
  async idle(): Promise<void> {
    while (this.writing) await this.writing;
  }
}
