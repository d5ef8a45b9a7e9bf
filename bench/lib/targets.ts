import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../test/helpers/server-process.js';
import { withRaisedFdLimit } from './fd-limit.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * What the benchmark runs side by side: Switchboard through Socket.IO and through its raw WebSocket (`/ws`,
 * the same server process, its clients speaking the JSON envelope), and the two baselines.
 */
export type TargetName = 'switchboard' | 'switchboard-ws' | 'socketio' | 'ws';

export const TARGET_LABELS: Record<TargetName, string> = {
  switchboard: 'Switchboard',
  'switchboard-ws': 'Switchboard /ws',
  socketio: 'bare Socket.IO',
  ws: 'raw ws',
};

/**
 * The protocol a target speaks on the wire: Socket.IO's (Switchboard and the bare server), the ws
 * baseline's plain JSON, or Switchboard's /ws envelope `{sid, type, data, channel, token}`.
 */
export const PROTOCOL: Record<TargetName, 'socketio' | 'ws' | 'envelope'> = {
  switchboard: 'socketio',
  'switchboard-ws': 'envelope',
  socketio: 'socketio',
  ws: 'ws',
};

/** Whether a target is Switchboard itself (whichever transport its clients use), not a baseline. */
export const isSwitchboard = (name: TargetName) => name === 'switchboard' || name === 'switchboard-ws';

const ENTRY: Record<TargetName, string> = {
  switchboard: path.join(ROOT, 'src', 'main.ts'),
  'switchboard-ws': path.join(ROOT, 'src', 'main.ts'),
  socketio: path.join(ROOT, 'bench', 'baselines', 'socketio-server.ts'),
  ws: path.join(ROOT, 'bench', 'baselines', 'ws-server.ts'),
};

/**
 * The limits a load generator would meet that no real client does: every connection comes from one
 * address, thousands of users register in seconds, and a few users send far more than a person would.
 * Raised for every benchmark of Switchboard, along with the password hash cost (registering thousands
 * of users is set-up, not load); everything else stays as configured for production.
 */
export const LOAD_GENERATOR_ENV: Record<string, string> = {
  PASSWORD_HASH_COST: '10',
  AUTH_RATE_LIMIT: '100000',
  CONNECT_RATE_LIMIT: '10000000',
  HANDSHAKE_RATE_LIMIT: '10000000',
  MAX_UNAUTHENTICATED_PER_ADDRESS: '0',
  MAX_HTTP_SOCKETS_PER_ADDRESS: '0',
  MESSAGE_RATE_LIMIT: '1000000',
  ACTIVITY_RATE_LIMIT: '6000',
  ROOM_CREATE_RATE_LIMIT: '1000000',
  MEMBERSHIP_RATE_LIMIT: '1000000',
  MAX_ROOM_MEMBERS: '100000',
};

/**
 * Switchboard as configured for production: outbound validation off (NODE_ENV=production), inbound
 * validation, auth and persistence on; only what would refuse a load generator is raised.
 */
const SWITCHBOARD_ENV: Record<string, string> = {
  NODE_ENV: 'production',
  // The embedded default that `make run` starts (SQLite), even when DATABASE_URL is set for the
  // benchmarks that also measure PostgreSQL (durable chat).
  DATABASE_URL: '',
  LOG_LEVEL: 'warn',
  ...LOAD_GENERATOR_ENV,
};

/** Expands a CPU list such as `0,2-4` into its numbers. */
function cpuNumbers(list: string): number[] {
  return list.split(',').flatMap((part) => {
    const [from, to = from] = part.trim().split('-').map(Number) as [number, number?];
    return Array.from({ length: (to as number) - from + 1 }, (_, i) => from + i);
  });
}

/**
 * The CPUs this process may run on, as taskset reports them (they need not be 0..n-1 in a container),
 * or undefined where taskset is missing or refuses (not Linux, no permission).
 */
function allowedCpus(): number[] | undefined {
  try {
    const out = execFileSync('taskset', ['-cp', String(process.pid)], { encoding: 'utf8' });
    const list = out.slice(out.lastIndexOf(':') + 1).trim();
    const cpus = cpuNumbers(list);
    return cpus.every(Number.isInteger) && cpus.length > 0 ? cpus : undefined;
  } catch {
    return undefined;
  }
}

export interface CpuPlan {
  /** taskset CPU lists; empty when nothing is pinned. */
  server: string;
  load: string;
  pinned: boolean;
}

let plan: CpuPlan | undefined;
/**
 * The CPU the server gets and those the load generators get: the first allowed CPU for the server, the
 * rest for the load (with one CPU, or without taskset, nothing is pinned and they share). Decided once,
 * before the benchmark pins itself to the load CPUs (after which it would see only those).
 */
export function cpuPlan(): CpuPlan {
  // A benchmark started by bench/run.ts inherits its plan (and its pinning to the load CPUs).
  if (!plan && process.env.SERVER_CPUS) plan = { server: process.env.SERVER_CPUS, load: '', pinned: true };
  if (!plan) {
    const cpus = allowedCpus();
    plan =
      !cpus || cpus.length < 2
        ? { server: '', load: '', pinned: false }
        : { server: String(cpus[0]), load: cpus.slice(1).join(','), pinned: true };
  }
  return plan;
}

/** How many CPUs the load generators have (all of them when nothing is pinned). */
export function loadCpuCount(): number {
  const { load, pinned } = cpuPlan();
  return !pinned || !load ? availableParallelism() : cpuNumbers(load).length;
}

/**
 * Runs `node args…` pinned to `cpus` (when pinning works), with an IPC channel and its open-file limit
 * raised to the hard limit (fd-limit.ts).
 */
export function spawnNode(args: string[], env: Record<string, string>, cpus: string): ChildProcess {
  const node = [process.execPath, ...args];
  const [command, ...rest] = withRaisedFdLimit(cpus ? ['taskset', '-c', cpus, ...node] : node);
  return spawn(command as string, rest, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
}

export interface RunningTarget {
  name: TargetName;
  url: string;
  child: ChildProcess;
  /** The server's heap and RSS after a full garbage collection. */
  memory(): Promise<{ heapUsed: number; rss: number }>;
  /** The server's CPU time so far (user + system), without a collection. */
  cpuMs(): Promise<number>;
  /** Starts a CPU profile of the server, or stops it and writes it to `file` (a .cpuprofile). */
  profile(action: 'start' | 'stop', file?: string): Promise<void>;
  /** Writes a heap snapshot (after a full collection) to `file`, for what a connection's heap is made of. */
  heapSnapshot(file: string): Promise<void>;
  stop(): Promise<void>;
}

export const cpuMsOf = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

/** Asks the probe preloaded into a server (bench/lib/probe.ts) one question over IPC. */
function ask<T>(
  child: ChildProcess,
  type: 'memory' | 'cpu' | 'profile' | 'heap',
  extra: Record<string, unknown> = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`server exited (${code}) before answering ${type}`));
    const onMessage = (m: { type?: string }) => {
      if (m?.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(m as T);
    };
    if (child.exitCode !== null) return onExit(child.exitCode);
    child.once('exit', onExit);
    child.on('message', onMessage);
    child.send({ type, ...extra });
  });
}

const running = new Set<RunningTarget>();

/** Stops every target still running (the benchmark was interrupted): no server, no data left behind. */
export async function stopAllTargets(): Promise<void> {
  await Promise.all([...running].map((t) => t.stop()));
}

/** Starts a target in its own process, on the server CPU, with the memory probe preloaded. */
export async function startTarget(
  name: TargetName,
  env: Record<string, string> = {},
): Promise<RunningTarget> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'switchboard-bench-'));
  // SERVER_NODE_ARGS adds node options to every server, such as --cpu-prof to profile them.
  const extra = process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawnNode(
    [
      ...extra,
      '--expose-gc',
      '--import',
      'tsx',
      '--import',
      path.join(ROOT, 'bench', 'lib', 'probe.ts'),
      ENTRY[name],
    ],
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ...(isSwitchboard(name) ? SWITCHBOARD_ENV : {}),
      ...env,
    },
    cpuPlan().server,
  );
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name} did not listen within 60 s`)), 60_000);
      child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before listening`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        if (/Switchboard|listening/.test(chunk.toString())) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  } catch (err) {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  child.stdout?.resume();
  const target: RunningTarget = {
    name,
    url: `http://127.0.0.1:${port}`,
    child,
    memory: () => ask<{ heapUsed: number; rss: number }>(child, 'memory'),
    cpuMs: () => ask<{ cpu: NodeJS.CpuUsage }>(child, 'cpu').then((m) => cpuMsOf(m.cpu)),
    profile: (action, file) =>
      ask<{ error?: string }>(child, 'profile', { action, file }).then((m) => {
        if (m.error) throw new Error(m.error);
      }),
    heapSnapshot: (file) => ask(child, 'heap', { file }).then(() => {}),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
      running.delete(target);
    },
  };
  running.add(target);
  return target;
}
