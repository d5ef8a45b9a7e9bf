import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One row of the report: a probe, what it tried, what came of it, and the raw figures behind that. */
export interface Row {
  finding: string;
  tried: string;
  outcome: string;
  figures: Record<string, unknown>;
}

/** What one probe observed: the table's sentence and the figures behind it. */
export interface Outcome {
  outcome: string;
  figures?: Record<string, unknown>;
}

/** An attack: one finding of the review, run against the server of the repository at `repo`. */
export interface Attack {
  name: string;
  run(repo: string): Promise<Row[]>;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The p-th percentile (0–100) of some values, nearest rank; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
export const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Tallies values into `{value: count}`, for status codes and error codes seen. */
export function tally(values: readonly (string | number)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[String(v)] = (out[String(v)] ?? 0) + 1;
  return out;
}

/**
 * Runs one probe and adds its row; a probe that throws still gets a row, so a fixed server that
 * answers differently (a closed connection, a refusal) shows up as what happened, not as a crash.
 */
export async function probe(
  rows: Row[],
  finding: string,
  tried: string,
  body: () => Promise<Outcome>,
): Promise<void> {
  try {
    const { outcome, figures = {} } = await body();
    rows.push({ finding, tried, outcome, figures });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    rows.push({ finding, tried, outcome: `probe failed: ${message}`, figures: { error: message } });
  }
}

/** A TCP port nobody listens on right now (asked of the OS, then released). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probeServer = createServer();
    probeServer.once('error', reject);
    probeServer.listen(0, '127.0.0.1', () => {
      const { port } = probeServer.address() as { port: number };
      probeServer.close(() => resolve(port));
    });
  });
}

/** A pino line from the server's stdout. */
export type LogLine = Record<string, unknown> & { level: number; msg?: string };

export interface ServerOptions {
  /** Added to (or, with undefined, removed from) the harness defaults below. */
  env?: Record<string, string | undefined>;
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
  /** SIGTERM, then SIGKILL after 10 s; deletes the data directory unless `keepData`. */
  stop(keepData?: boolean): Promise<void>;
}

/**
 * What every attack's server runs with unless it says otherwise: production mode (no outbound
 * validation, as deployed), warnings and errors only, the cheapest password hash (set-up registers
 * hundreds of users; no finding is about hash cost) and, for the same reason, an auth rate limit
 * set-up cannot hit. login-limits removes the latter to test the default.
 */
const DEFAULT_ENV: Record<string, string> = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  HOST: '127.0.0.1',
  PASSWORD_HASH_COST: '10',
  AUTH_RATE_LIMIT: '100000',
};

const live = new Set<ServerHandle>();

/** Starts `node --import tsx src/main.ts` in `repo` and waits until /api/health answers. */
export async function startServer(repo: string, opts: ServerOptions = {}): Promise<ServerHandle> {
  const port = await freePort();
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(tmpdir(), 'sb-attack-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ...DEFAULT_ENV, PORT: String(port), DATA_DIR: dataDir };
  for (const [key, value] of Object.entries(opts.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const child = spawn(
    process.execPath,
    [...(opts.nodeArgs ?? []), '--import', 'tsx', path.join(repo, 'src', 'main.ts')],
    { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
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
    logMark: () => logTotal,
    logsSince: (mark) => logs.slice(Math.max(0, logs.length - (logTotal - mark))),
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
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
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

export interface HttpReply {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, when it is JSON. */
  json: unknown;
}

export interface HttpOptions {
  /** A value sent as JSON, or a string or bytes sent as is (as application/json). */
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export async function http(
  server: { url: string },
  method: string,
  urlPath: string,
  opts: HttpOptions = {},
): Promise<HttpReply> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | Uint8Array | undefined;
  if (opts.body !== undefined) {
    body =
      typeof opts.body === 'string' || opts.body instanceof Uint8Array
        ? opts.body
        : JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${server.url}${urlPath}`, {
    method,
    headers,
    body,
    signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** The `error.code` of an error reply (HTTP body, ack or envelope), if it is one. */
export function errorCode(reply: unknown): string | undefined {
  const error = (reply as { error?: { code?: unknown } } | undefined)?.error;
  return typeof error?.code === 'string' ? error.code : undefined;
}

/** GET /api/health's connection counts; undefined when it does not answer in time. */
export async function connectionCounts(
  server: { url: string },
  timeoutMs = 3000,
): Promise<{ socketio: number; raw: number } | undefined> {
  try {
    const reply = await http(server, 'GET', '/api/health', { timeoutMs });
    return (reply.json as { connections?: { socketio: number; raw: number } }).connections;
  } catch {
    return undefined;
  }
}

export interface User {
  id: string;
  username: string;
  password: string;
  /** The session token from registering. */
  token: string;
  socketSecret: string;
}

let userCounter = 0;

/** A username no other attack in this run uses. */
export function uniqueName(prefix: string): string {
  userCounter += 1;
  return `${prefix}${userCounter}_${Math.random().toString(36).slice(2, 7)}`;
}

/** Registers a user and reads its socket secret. */
export async function registerUser(server: { url: string }, prefix = 'u'): Promise<User> {
  const username = uniqueName(prefix);
  const password = 'correct horse battery staple';
  const reg = await http(server, 'POST', '/api/users/register', { body: { username, password } });
  if (reg.status !== 201) throw new Error(`register: ${reg.status} ${reg.text.slice(0, 200)}`);
  const { token, user } = reg.json as { token: string; user: { id: string } };
  const me = await http(server, 'GET', '/api/users/me', { token });
  const { socketSecret } = me.json as { socketSecret: string };
  return { id: user.id, username, password, token, socketSecret };
}

/** Registers `count` users, a few at a time. */
export async function registerUsers(server: { url: string }, count: number, prefix = 'u'): Promise<User[]> {
  const users: User[] = [];
  while (users.length < count) {
    const batch = Math.min(8, count - users.length);
    users.push(...(await Promise.all(Array.from({ length: batch }, () => registerUser(server, prefix)))));
  }
  return users;
}

/** Logs in again: a new session token. */
export async function login(server: { url: string }, user: User): Promise<string> {
  const reply = await http(server, 'POST', '/api/users/login', {
    body: { username: user.username, password: user.password },
  });
  if (reply.status !== 200) throw new Error(`login: ${reply.status} ${reply.text.slice(0, 200)}`);
  return (reply.json as { token: string }).token;
}
