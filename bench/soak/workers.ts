import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnNode } from '../lib/targets.js';
import type { RoleInput } from './role.js';
import type { RoleReport } from './stats.js';
import type { RoleName, WorkerCommand } from './worker.js';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts');

/** A load generator process running one role: started, then stopped for its report. */
export class SoakWorker {
  private readonly child = spawnNode(['--import', 'tsx', WORKER], {}, '');

  constructor(readonly role: RoleName) {
    this.child.stdout?.resume();
    this.child.on('error', () => {});
  }

  private ask<T>(command: WorkerCommand): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${this.role} worker exited (${code})`));
      this.child.once('exit', onExit);
      this.child.once('message', (m: { ok: boolean; value?: T; error?: string }) => {
        this.child.off('exit', onExit);
        if (m.ok) resolve(m.value as T);
        else reject(new Error(`${this.role}: ${m.error}`));
      });
      this.child.send(command);
    });
  }

  start(input: RoleInput): Promise<void> {
    return this.ask({ cmd: 'start', role: this.role, input });
  }

  stop(): Promise<RoleReport> {
    return this.ask({ cmd: 'stop' });
  }

  /** Ends the process whatever it is doing (the soak failed or was interrupted). */
  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}
