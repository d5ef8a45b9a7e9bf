import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkerCommand } from './load-worker.js';
import { cpuPlan, spawnNode } from './targets.js';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-worker.ts');

/** A load generator process, driven one command at a time. */
export class LoadWorker {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly child = spawnNode(['--import', 'tsx', WORKER], {}, cpuPlan().load);

  constructor() {
    this.child.stdout?.resume();
  }

  send<T>(command: WorkerCommand): Promise<T> {
    const run = () =>
      new Promise<T>((resolve, reject) => {
        this.child.once('message', (m: { ok: boolean; result?: T; error?: string }) =>
          m.ok ? resolve(m.result as T) : reject(new Error(m.error)),
        );
        this.child.send(command);
      });
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => {});
    return result;
  }

  stop(): void {
    this.child.disconnect();
  }
}
