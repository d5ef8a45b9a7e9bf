// `make dev`: the development loop. Generates, starts the server and restarts it when src/, spec/ or
// templates/ change; a spec or template change regenerates first, and then rebuilds the HTML docs in the
// background (cached by content, so only when they changed). Every step is a child process: a restart
// runs fresh code, and a generator or docs build can be stopped when the next change makes it moot.
import { type ChildProcess, spawn } from 'node:child_process';
import { type FSWatcher, readdirSync, readFileSync, statSync, watch } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCommandLine } from './lib/args.js';

const { values } = readCommandLine({
  usage: `Usage: node --import tsx scripts/dev.ts [--root <dir>] [--no-docs]

The development loop (make dev): generates, starts the server (src/main.ts) and restarts it when a file under
src/, spec/ or templates/ changes. A spec or template change regenerates first: a generator error is printed
and the running server is kept until the next change. The HTML docs are rebuilt in the background when what
they are made from changed, then the server restarts to serve them. A server that crashes is started again
at the next change. Ctrl-C stops everything (twice: kills it).

Options:
  --root <dir>   the checkout to run and watch (default: this one)
  --no-docs      leave the HTML docs alone
  -h, --help     this text

Environment: the server's own (PORT, DATA_DIR, …), with LOG_FORMAT=pretty and SHUTDOWN_TIMEOUT_MS=2000 unless set.`,
  options: { root: { type: 'string' }, 'no-docs': { type: 'boolean' } },
});

const root = path.resolve(values.root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const buildsDocs = values['no-docs'] !== true;
const docsHashFile = path.join(
  path.resolve(root, process.env.DOCS_DIR?.trim() || 'docs-build'),
  '.spec-hash',
);
/** Editors write several files, or one file several times, per save: one restart for all of them. */
const DEBOUNCE_MS = 150;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  LOG_FORMAT: process.env.LOG_FORMAT || 'pretty',
  // A restart waits for the server's clean shutdown; in development there is nothing to drain for long.
  SHUTDOWN_TIMEOUT_MS: process.env.SHUTDOWN_TIMEOUT_MS || process.env.SHUTDOWN_GRACE_MS || '2000',
};
const say = process.stdout.isTTY
  ? (text: string) => console.log(`\x1b[36m[dev]\x1b[0m ${text}`)
  : (text: string) => console.log(`[dev] ${text}`);

// Children run in their own process group, so a terminal's Ctrl-C reaches this script only, which stops
// each of them once (a second signal makes the server skip its clean shutdown); exit-with-parent.mjs
// stops them should this script be killed outright.
const children = new Set<ChildProcess>();
const preload = new URL('./lib/exit-with-parent.mjs', import.meta.url).href;
function run(script: string, args: string[] = []): ChildProcess {
  const child = spawn(process.execPath, ['--import', preload, '--import', 'tsx', script, ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    detached: true,
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

const ended = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

/** SIGTERM, awaited (the port is free once it returns); SIGKILL if the shutdown overruns by far. */
async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child) return;
  const exit = ended(child);
  child.kill('SIGTERM');
  const kill = setTimeout(() => child.kill('SIGKILL'), Number(env.SHUTDOWN_TIMEOUT_MS) + 10_000);
  await exit;
  clearTimeout(kill);
}

let server: ChildProcess | undefined;
let docs: ChildProcess | undefined;
let stopping = false;

function startServer(): void {
  const child = run('src/main.ts');
  server = child;
  child.once('exit', (code, signal) => {
    if (server !== child) return;
    server = undefined;
    if (!stopping) say(`the server exited (${signal ?? code}): waiting for a change to start it again`);
  });
}

async function generate(): Promise<boolean> {
  const code = await ended(run('scripts/generate.ts'));
  if (code !== 0 && !stopping)
    say('generation failed (above): the server keeps running the previous code until the next change');
  return code === 0;
}

/** In the background: a server restart does not wait for the docs, and the next spec change stops it. */
function buildDocs(): void {
  const hashBefore = readHash();
  const child = run('scripts/build-docs.ts');
  docs = child;
  child.once('exit', (code) => {
    if (docs === child) docs = undefined;
    if (code === 0 && !stopping && readHash() !== hashBefore) {
      say('docs rebuilt: restarting the server to serve them');
      queue('code');
    }
  });
}

function readHash(): string | undefined {
  try {
    return readFileSync(docsHashFile, 'utf8');
  } catch {
    return undefined;
  }
}

// Changes are gathered while the debounce runs, then handled in one cycle; changes that arrive during a
// cycle are handled by the next one, which starts as soon as this one is over.
const arriving = { spec: false, code: false };
const pending = { spec: false, code: false };
let timer: NodeJS.Timeout | undefined;
let cycling = false;

/** A change of `kind`; `file` is named once per batch (the docs build's restart names none). */
function queue(kind: 'spec' | 'code', file?: string): void {
  if (stopping) return;
  if (file && !arriving.spec && !arriving.code) say(`${file} changed`);
  arriving[kind] = true;
  clearTimeout(timer);
  timer = setTimeout(() => {
    pending.spec ||= arriving.spec;
    pending.code ||= arriving.code;
    arriving.spec = arriving.code = false;
    void cycle();
  }, DEBOUNCE_MS);
}

async function cycle(): Promise<void> {
  if (cycling) return;
  cycling = true;
  try {
    while (!stopping && (pending.spec || pending.code)) {
      const spec = pending.spec;
      pending.spec = pending.code = false;
      if (spec) {
        // Its inputs are changing: a build under way would only be replaced.
        await stop(docs);
        if (!(await generate())) continue;
      }
      // Forgotten before it is stopped: its exit is then not reported as a crash.
      const previous = server;
      server = undefined;
      await stop(previous);
      if (stopping) break;
      startServer();
      if (spec && buildsDocs) buildDocs();
    }
  } finally {
    cycling = false;
  }
}

/** Files an editor or a build writes that are not the project's: swap and backup files, transpiled templates. */
function ignored(file: string): boolean {
  const name = path.basename(file);
  return file.split(path.sep).includes('__transpiled') || /^[.#]|~$|\.sw[a-p]$|^4913$/.test(name);
}

/**
 * Watches a folder and its subfolders, one inotify watch per folder (Node 20's recursive fs.watch loses
 * a file that an editor replaces by renaming a new one over it, as `sed -i` and many editors do). A
 * folder created later is watched from then on.
 */
function watchTree(top: string, onChange: (file: string) => void): { close(): void } {
  const watchers = new Map<string, FSWatcher>();
  const add = (dir: string): void => {
    if (watchers.has(dir) || ignored(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_event, name) => {
        if (!name) return;
        const file = path.join(dir, name);
        if (ignored(file)) return;
        onChange(path.relative(root, file));
        if (isFolder(file)) add(file);
      });
    } catch {
      return; // gone already
    }
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(dir);
    });
    watchers.set(dir, watcher);
    for (const entry of readdirSync(dir, { withFileTypes: true }))
      if (entry.isDirectory()) add(path.join(dir, entry.name));
  };
  add(top);
  return {
    close: () => {
      for (const watcher of watchers.values()) watcher.close();
    },
  };
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

const watchers = [
  watchTree(path.join(root, 'src'), (file) => queue('code', file)),
  watchTree(path.join(root, 'spec'), (file) => queue('spec', file)),
  watchTree(path.join(root, 'templates'), (file) => queue('spec', file)),
];

async function shutDown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) {
    say(`${signal} again: killing every process`);
    for (const child of children) child.kill('SIGKILL');
    process.exit(1);
  }
  stopping = true;
  say(`${signal}: stopping`);
  clearTimeout(timer);
  for (const watcher of watchers) watcher.close();
  await Promise.all([...children].map(stop));
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => void shutDown(signal));
// Should this script end some other way (an error), its detached children must not outlive it.
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

say(`watching src/, spec/ and templates/ in ${root}`);
pending.spec = true;
void cycle();
