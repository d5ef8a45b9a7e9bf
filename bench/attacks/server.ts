/**
 * The server an attack runs against: `node --import tsx src/main.ts` of the repository under attack, in
 * its own process and data directory, with its logs, stderr and memory observable from outside.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../test/helpers/server-process.js';
import { LOAD_GENERATOR_ENV } from '../lib/targets.js';
import { sleep } from './lib.js';

/** A pino line from the server's stdout. */
export type LogLine = Record<string, unknown> & { level: number; msg?: string };

export interface ServerOptions {
  /**
   * The limits the attack measures. They run at the server's own default, never at the raised value of
   * BASE_ENV (nor one inherited from the harness's environment): that default is what is on trial.
   */
  atDefault?: readonly string[];
  /** Set on top of BASE_ENV. */
  env?: Record<string, string>;
  /** Node options before `--import tsx`, such as --max-old-space-size=512. */
  nodeArgs?: string[];
  /** Reuse a data directory (a restart); otherwise a fresh temp one. */
  dataDir?: string;
}

export interface ServerHandle {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** How many log lines the server has written so far: a mark for `logsSince`. */
  logMark(): number;
  /** The JSON log lines written since a mark (of the last 20,000 kept). */
  logsSince(mark: number): LogLine[];
  /** The last 64 KiB of stderr (V8's out-of-memory report goes there). */
  stderr(): string;
  /** Resolves when the process ends, with when (Date.now()). */
  exited: Promise<{ code: number | null; signal: string | null; at: number }>;
  alive(): boolean;
  /** Resident memory from /proc, readable even while the server's event loop is stuck. */
  rssBytes(): number | undefined;
  /** SIGTERM, then SIGKILL after 15 s (past a drain's grace); deletes the data directory unless `keepData`. */
  stop(keepData?: boolean): Promise<void>;
}

/**
 * What every attack's server runs with: production mode (no outbound validation, as deployed), warnings
 * and errors only, and the limits a load generator would meet raised (bench/lib/targets.ts). Set-up
 * registers hundreds of users and opens hundreds of connections from one address, which is not what any
 * finding is about; each attack names the limits it does measure in `atDefault`. The unfixed code does
 * not know most of these variables and ignores them.
 */
const BASE_ENV: Record<string, string> = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  HOST: '127.0.0.1',
  ...LOAD_GENERATOR_ENV,
};

const live = new Set<ServerHandle>();

/** Keeps the server's JSON log lines (the last 20,000) and a running count of them. */
function collectLogs(child: ChildProcess): Pick<ServerHandle, 'logMark' | 'logsSince'> {
  const logs: LogLine[] = [];
  let logTotal = 0;
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      logTotal++;
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        logs.push({ level: 0, msg: line.slice(0, 1000) });
      }
      if (logs.length > 20_000) logs.shift();
    }
  });
  return {
    logMark: () => logTotal,
    logsSince: (mark) => logs.slice(Math.max(0, logs.length - (logTotal - mark))),
  };
}

/** Starts `node --import tsx src/main.ts` in `repo` and waits until /api/health answers. */
export async function startServer(repo: string, opts: ServerOptions = {}): Promise<ServerHandle> {
  const port = await freePort();
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(tmpdir(), 'sb-attack-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...BASE_ENV,
    ...opts.env,
    PORT: String(port),
    DATA_DIR: dataDir,
  };
  for (const name of opts.atDefault ?? []) delete env[name];
  const child = spawn(
    process.execPath,
    [...(opts.nodeArgs ?? []), '--import', 'tsx', path.join(repo, 'src', 'main.ts')],
    { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-65_536);
  });
  const exited = new Promise<{ code: number | null; signal: string | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  const handle: ServerHandle = {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    child,
    ...collectLogs(child),
    stderr: () => stderr,
    exited,
    alive: () => child.exitCode === null && child.signalCode === null,
    rssBytes: () => {
      try {
        const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return match ? Number(match[1]) * 1024 : undefined;
      } catch {
        return undefined;
      }
    },
    stop: async (keepData = false) => {
      if (handle.alive()) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      live.delete(handle);
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  live.add(handle);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (!handle.alive()) throw new Error(`the server exited before listening: ${stderr.slice(-2000)}`);
    try {
      await fetch(`${handle.url}/api/health`, { signal: AbortSignal.timeout(1000) });
      return handle;
    } catch {
      await sleep(100);
    }
  }
  await handle.stop();
  throw new Error('the server did not answer /api/health within 30 s');
}

/** Stops every server an attack left running (it threw or timed out) and deletes their data. */
export async function reapServers(): Promise<void> {
  await Promise.all([...live].map((s) => s.stop()));
}
