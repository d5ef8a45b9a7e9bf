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
    // A send racing the worker's end fails its command (above); it must not crash the benchmark.
    this.child.on('error', () => {});
  }

  send<T>(command: WorkerCommand): Promise<T> {
    const run = () =>
      new Promise<T>((resolve, reject) => {
        // One command in flight at a time (the queue), so the next message is this command's answer;
        // a worker that dies fails the command instead of leaving it waiting for ever.
        const onExit = (code: number | null) =>
          reject(new Error(`load worker exited (${code}) during ${command.cmd}`));
        if (this.child.exitCode !== null || !this.child.connected) return onExit(this.child.exitCode);
        this.child.once('exit', onExit);
        this.child.once('message', (m: { ok: boolean; result?: T; error?: string }) => {
          this.child.off('exit', onExit);
          if (m.ok) resolve(m.result as T);
          else reject(new Error(m.error));
        });
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
