import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLUSTER_DATABASE_URL, dropSchema, requirePostgres, uniqueSchema } from './helpers/postgres.js';
import { freePort } from './helpers/server-process.js';

// Every known reason not to start (issue 18, item 4): one line per problem on stderr, naming the
// setting, no stack trace, a documented exit code (src/startup/startup-error.ts), and an exit rather
// than a hang. Each case runs src/main.ts, as `make run` does, in a process of its own; the processes
// run a few at a time, since each spends seconds loading the server.

const MAIN = path.resolve('src/main.ts');
// Not a measure of speed: a process still running after this has hung, which is the failure.
const HANG_MS = 90_000;
// Two at a time: more would starve the suite's other files, which run beside this one (make test).
const AT_ONCE = 2;
const EXIT_CONFIG = 78;
const EXIT_UNAVAILABLE = 69;
// Put in passwords below; no output may contain them.
const SECRET = 'hunter2-secret';

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Case {
  name: string;
  env: Record<string, string>;
  args?: string[];
  code: number;
  /** stderr, line by line (each also starts `switchboard: `). */
  lines: RegExp[];
  check?: (outcome: Outcome) => void;
}

function runMain(env: Record<string, string>, args: string[] = []): Promise<Outcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      REDIS_URL: '',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk;
  });
  return new Promise((resolve) => {
    const hung = setTimeout(() => child.kill('SIGKILL'), HANG_MS);
    child.on('close', (code) => {
      clearTimeout(hung);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs `jobs` at most `n` at a time; the promises settle in the jobs' order. */
function limited<T>(jobs: (() => Promise<T>)[], n: number): Promise<T>[] {
  let running = 0;
  const waiting: (() => void)[] = [];
  return jobs.map(async (job) => {
    if (running >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await job();
    } finally {
      running--;
      waiting.shift()?.();
    }
  });
}

function assertFailure(outcome: Outcome, code: number, lines: RegExp[]): void {
  const stderr = outcome.stderr.trimEnd().split('\n');
  assert.equal(outcome.code, code, `exit code (stderr: ${outcome.stderr})`);
  assert.equal(stderr.length, lines.length, `stderr lines: ${outcome.stderr}`);
  lines.forEach((line, i) => {
    assert.match(stderr[i] as string, /^switchboard: /);
    assert.match(stderr[i] as string, line);
  });
  assert.doesNotMatch(outcome.stderr + outcome.stdout, /^\s+at /m, 'a stack trace was printed');
  assert.ok(!(outcome.stdout + outcome.stderr).includes(SECRET), 'a password was printed');
}

const attempts = (outcome: Outcome) => Number(/after (\d+) attempts/.exec(outcome.stderr)?.[1]);

describe('start-up failures', function () {
  // Fifteen processes, each seconds of loading on a shared machine: a bound against a hang, not a measure.
  this.timeout(HANG_MS * 3);
  const root = mkdtempSync(path.join(tmpdir(), 'switchboard-startup-'));
  const schema = uniqueSchema('startup');
  const taken: Server = createServer();
  const outcomes = new Map<string, Promise<Outcome>>();
  let cases: Case[] = [];

  /** A fresh data directory and free port per case. */
  const fresh = async (name: string, env: Record<string, string> = {}) => {
    const dataDir = path.join(root, name.replace(/\W+/g, '-'));
    mkdirSync(dataDir);
    return { PORT: String(await freePort()), DATA_DIR: dataDir, ...env };
  };

  before(async () => {
    await requirePostgres();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const takenPort = String((taken.address() as { port: number }).port);
    const closedPort = await freePort();
    const file = path.join(root, 'a-file');
    writeFileSync(file, 'not a directory');
    const notADatabase = await fresh('not-a-database');
    writeFileSync(path.join(notADatabase.DATA_DIR, 'switchboard.sqlite'), 'x'.repeat(4096));
    // root writes through permission bits: for root, a file system that refuses everyone (sysfs).
    let readOnly = '/sys';
    if (process.getuid?.() !== 0) {
      readOnly = path.join(root, 'read-only');
      mkdirSync(readOnly);
      chmodSync(readOnly, 0o500);
    }
    const noSuchDatabase = new URL(CLUSTER_DATABASE_URL);
    noSuchDatabase.pathname = '/switchboard_no_such_database';
    noSuchDatabase.password = SECRET;

    cases = [
      {
        name: 'several bad variables',
        env: await fresh('several', { PORT: 'eighty', LOG_LEVEL: 'loud', MAX_FRAME_BYTES: '1' }),
        code: EXIT_CONFIG,
        lines: [
          /^switchboard: PORT=eighty is not valid: expected an integer from 0 to 65535$/,
          /^switchboard: LOG_LEVEL=loud is not valid: expected one of fatal, error, warn, info, debug, trace, silent$/,
          /^switchboard: MAX_FRAME_BYTES=1 is not valid: expected an integer from 1024 to 16777216$/,
        ],
      },
      {
        name: 'PORT in use',
        env: await fresh('port-in-use', { PORT: takenPort }),
        code: EXIT_CONFIG,
        lines: [
          new RegExp(
            `^switchboard: PORT=${takenPort} on HOST=127.0.0.1 is in use: another process listens there \\(EADDRINUSE\\)$`,
          ),
        ],
      },
      {
        name: 'PORT in use, with --check-config',
        env: await fresh('port-in-use-check', { PORT: takenPort }),
        args: ['--check-config'],
        code: EXIT_CONFIG,
        lines: [new RegExp(`^switchboard: PORT=${takenPort} on HOST=127.0.0.1 is in use`)],
      },
      {
        // .invalid is reserved (RFC 2606): no name under it resolves, anywhere.
        name: 'HOST that does not resolve',
        env: await fresh('host-invalid', { HOST: 'switchboard-test.invalid' }),
        code: EXIT_CONFIG,
        lines: [
          /^switchboard: HOST=switchboard-test.invalid cannot be resolved to an address \((ENOTFOUND|EAI_NONAME|EAI_FAIL)\)$/,
        ],
      },
      {
        // 192.0.2.0/24 is TEST-NET-1 (RFC 5737): documentation only, never an address of this machine.
        name: 'HOST not an address of this machine',
        env: await fresh('host-not-local', { HOST: '192.0.2.1' }),
        code: EXIT_CONFIG,
        lines: [/^switchboard: HOST=192.0.2.1 is not an address of this machine: .*\(EADDRNOTAVAIL\)$/],
      },
      {
        name: 'DATA_DIR a file',
        env: await fresh('data-dir-file', { DATA_DIR: file }),
        code: EXIT_CONFIG,
        lines: [/^switchboard: DATA_DIR=\S+\/a-file is not a directory \(a file is there\)$/],
      },
      {
        name: 'DATA_DIR below a file',
        env: await fresh('data-dir-below-file', { DATA_DIR: path.join(file, 'data') }),
        code: EXIT_CONFIG,
        lines: [
          /^switchboard: DATA_DIR=\S+\/a-file\/data cannot be created: \S+\/a-file is a file, not a directory$/,
        ],
      },
      {
        name: 'DATA_DIR under /proc (hung before)',
        env: await fresh('data-dir-proc', { DATA_DIR: '/proc/switchboard-test' }),
        code: EXIT_CONFIG,
        lines: [
          /^switchboard: DATA_DIR=\/proc\/switchboard-test cannot be created \(ENOENT: the file system does not take new entries there at \/proc\/switchboard-test\)$/,
        ],
      },
      {
        name: 'DATA_DIR not writable',
        env: await fresh('data-dir-read-only', { DATA_DIR: readOnly }),
        code: EXIT_CONFIG,
        lines: [/^switchboard: DATA_DIR=\S+ is not writable \((EACCES|EPERM|EROFS): /],
      },
      {
        name: 'DATA_DIR with a file that is not a database',
        env: notADatabase,
        code: EXIT_CONFIG,
        lines: [
          /^switchboard: DATA_DIR=\S+: switchboard.sqlite cannot be used as the database \(SQLITE_NOTADB: file is not a database\)$/,
        ],
      },
      {
        name: 'DATABASE_URL malformed',
        env: await fresh('database-url-malformed', { DATABASE_URL: `postgres://sb:${SECRET}@[bad/db` }),
        code: EXIT_CONFIG,
        lines: [
          /^switchboard: DATABASE_URL is not a valid URL: expected postgres:\/\/user@host:port\/database$/,
        ],
      },
      {
        name: 'DATABASE_URL on a closed port, with passwords',
        env: await fresh('database-closed', {
          DATABASE_URL: `postgres://sb:${SECRET}@127.0.0.1:${closedPort}/db?password=${SECRET}`,
          DATABASE_CONNECT_TIMEOUT_MS: '1500',
        }),
        code: EXIT_UNAVAILABLE,
        lines: [
          new RegExp(
            `^switchboard: cannot reach the database at DATABASE_URL=postgres://sb@127.0.0.1:${closedPort}/db \\(connection refused after \\d+ attempts in [\\d.]+ s; DATABASE_CONNECT_TIMEOUT_MS=1500\\)$`,
          ),
        ],
        check: (outcome) => {
          assert.ok(attempts(outcome) > 1, `retried: ${outcome.stderr}`);
          assert.match(outcome.stdout, /"msg":"database unreachable; retrying"/);
        },
      },
      {
        name: 'DATABASE_URL naming no database (refused for good: not retried)',
        env: await fresh('database-missing', {
          DATABASE_URL: noSuchDatabase.href,
          DATABASE_CONNECT_TIMEOUT_MS: '600000',
        }),
        code: EXIT_CONFIG,
        lines: [
          /^switchboard: the database at DATABASE_URL=postgres:\/\/\S+\/switchboard_no_such_database refused the connection: database "switchboard_no_such_database" does not exist$/,
        ],
      },
      {
        name: 'REDIS_URL on a closed port, with a password',
        env: await fresh('redis-closed', {
          DATABASE_URL: CLUSTER_DATABASE_URL,
          DATABASE_SCHEMA: schema,
          REDIS_URL: `redis://:${SECRET}@127.0.0.1:${closedPort}`,
          REDIS_CONNECT_TIMEOUT_MS: '1500',
        }),
        code: EXIT_UNAVAILABLE,
        lines: [
          new RegExp(
            `^switchboard: cannot reach Redis at REDIS_URL=redis://127.0.0.1:${closedPort} \\(connection refused after \\d+ attempts in [\\d.]+ s; REDIS_CONNECT_TIMEOUT_MS=1500\\)$`,
          ),
        ],
        check: (outcome) => assert.ok(attempts(outcome) > 1, `retried: ${outcome.stderr}`),
      },
    ];
    const running = limited(
      cases.map((c) => () => runMain(c.env, c.args)),
      AT_ONCE,
    );
    cases.forEach((c, i) => {
      outcomes.set(c.name, running[i] as Promise<Outcome>);
    });
  });

  after(async () => {
    await Promise.allSettled(outcomes.values());
    await new Promise((resolve) => taken.close(resolve));
    await dropSchema(schema);
    if (process.getuid?.() !== 0) chmodSync(path.join(root, 'read-only'), 0o700);
    rmSync(root, { recursive: true, force: true });
  });

  it('fails each bad case with one line naming the setting, its exit code and no stack trace', async () => {
    // One `it` per case would run them one after another; the table is checked here, every case reported.
    const failures: string[] = [];
    for (const c of cases) {
      const outcome = await (outcomes.get(c.name) as Promise<Outcome>);
      try {
        assertFailure(outcome, c.code, c.lines);
        c.check?.(outcome);
      } catch (err) {
        failures.push(`${c.name}: ${(err as Error).message}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('answers --check-config with OK for a usable configuration', async () => {
    const outcome = await runMain(await fresh('check-ok'), ['--check-config']);
    assert.equal(outcome.code, 0, outcome.stderr);
    assert.equal(outcome.stdout.trim(), 'switchboard: configuration OK');
  });

  it('starts with a valid configuration and prints its banner (the harness works)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        REDIS_URL: '',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        ...(await fresh('valid')),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the server exited with ${code} before its banner`)));
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Switchboard ')) resolve();
      });
    });
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});
