import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_PASSWORD_HASH_COST } from './server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A TCP port nobody listens on right now (asked of the OS, then released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Stops the process (SIGTERM, a clean shutdown) and deletes its data directory. */
  stop(): Promise<void>;
  /** Kills the process with SIGKILL: no shutdown at all, as a crash. The data directory stays. */
  kill(): Promise<void>;
  /** Starts the server again on the same data directory, database and port. */
  restart(): Promise<ServerProcess>;
}

/**
 * Switchboard in its own process (a load generator must not share the server's event loop; a crash
 * test must be able to kill it), as in production: outbound validation off. Its data directory is
 * fresh unless `reuse` names one; `env` adds or overrides variables (DATABASE_URL for PostgreSQL).
 */
export async function startServerProcess(
  env: Record<string, string> = {},
  reuse?: { dataDir: string; port: number },
): Promise<ServerProcess> {
  const port = reuse?.port ?? (await freePort());
  const dataDir = reuse?.dataDir ?? mkdtempSync(path.join(tmpdir(), 'switchboard-process-'));
  // SERVER_CPUS (the benchmark sets it) pins the server to those CPUs, away from its load generators;
  // SERVER_NODE_ARGS adds node options, such as --cpu-prof to profile a benchmark's server.
  const extra = process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const node = [process.execPath, ...extra, '--import', 'tsx', path.join(ROOT, 'src', 'main.ts')];
  const [command, ...args] = process.env.SERVER_CPUS
    ? ['taskset', '-c', process.env.SERVER_CPUS, ...node]
    : node;
  const child = spawn(command as string, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PASSWORD_HASH_COST: String(TEST_PASSWORD_HASH_COST),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Switchboard')) resolve();
    });
  });
  child.stdout?.resume();
  const ended = (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    return exited;
  };
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stop: async () => {
      await ended('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
    kill: () => ended('SIGKILL'),
    restart: async () => {
      await ended('SIGTERM');
      return startServerProcess(env, { dataDir, port });
    },
  };
}
