import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import knexPkg from 'knex';
import { type Config, loadConfig } from '../../src/config.js';
import { type RunningServer, type ServerOptions, startServer } from '../../src/server.js';

/** A log line as pino writes it. */
export type LogLine = Record<string, unknown> & { level: number; msg: string };

/**
 * Every error code a test server answered that its operation does not declare (x-errors), across the
 * run: test/setup.ts fails the suite on any, so the spec's lists stay true to the code. Tests that
 * provoke one on purpose (with an operation of their own) name it in `expectedUndeclared`.
 */
export const undeclaredCodes: string[] = [];
export const expectedUndeclared = new Set<string>();

/** Collects the server's JSON log lines in memory. */
export class LogCapture extends Writable {
  readonly lines: LogLine[] = [];
  private readonly watchers = new Set<(line: LogLine) => void>();

  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    for (const text of chunk.toString('utf8').split('\n')) {
      if (!text.trim()) continue;
      const line = JSON.parse(text) as LogLine;
      this.lines.push(line);
      if (String(line.msg).includes('an undeclared error code') && !expectedUndeclared.has(String(line.what)))
        undeclaredCodes.push(`${line.what}: ${line.code}`);
      for (const watcher of this.watchers) watcher(line);
    }
    done();
  }

  /**
   * The first line from `from` (an index in `lines`) on, already written or still to come, that `match`
   * accepts: a test waits for what the server did rather than for a while.
   */
  waitFor(match: (line: LogLine) => boolean, from = 0): Promise<LogLine> {
    const found = this.lines.slice(from).find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const watcher = (line: LogLine) => {
        if (!match(line)) return;
        this.watchers.delete(watcher);
        resolve(line);
      };
      this.watchers.add(watcher);
    });
  }

  /** Every captured line joined, to check that something never appears (a secret, a stack). */
  text(): string {
    return this.lines.map((l) => JSON.stringify(l)).join('\n');
  }
}

export interface TestServer extends RunningServer {
  config: Config;
  logs: LogCapture;
  /** Stops this server and starts another on the same database and data directory. */
  restart(overrides?: Partial<Config>): Promise<TestServer>;
}

/**
 * log2 of scrypt's N for the servers the suite starts, in process or as child processes: the lowest
 * PASSWORD_HASH_COST accepts (about 4 ms a hash here, against 130 ms at the production default of 15),
 * since every server start, registration and login hashes. What hashing does is the same at every cost;
 * the tests that depend on the cost itself (a rehash at login, a queue that fills) set their own.
 */
export const TEST_PASSWORD_HASH_COST = 10;

/** Where the test suite's database lives: a temp SQLite file, or a fresh PostgreSQL schema when DATABASE_URL is set. */
export const usingPostgres = Boolean(process.env.DATABASE_URL);

function testConfig(overrides: Partial<Config>): { config: Config; cleanup: () => Promise<void> } {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'switchboard-test-'));
  const schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const base = loadConfig({
    ...(usingPostgres ? { DATABASE_URL: process.env.DATABASE_URL, DATABASE_SCHEMA: schema } : {}),
    DOCS_DIR: process.env.DOCS_DIR,
  });
  const config: Config = {
    ...base,
    port: 0,
    host: '127.0.0.1',
    dataDir,
    logLevel: 'debug',
    outboundValidation: true,
    passwordHashCost: TEST_PASSWORD_HASH_COST,
    // Every test client comes from 127.0.0.1: suites that register many users or open many connections
    // must not hit the limits keyed on the address or the user. The tests of those limits set their own.
    authRateLimit: 10_000,
    connectRateLimit: 100_000,
    handshakeRateLimit: 100_000,
    roomCreateRateLimit: 100_000,
    membershipRateLimit: 100_000,
    maxUnauthenticatedPerAddress: 0,
    ...overrides,
  };
  const cleanup = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (config.databaseUrl) {
      const db = knexPkg({ client: 'pg', connection: config.databaseUrl });
      await db.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [config.databaseSchema]);
      await db.destroy();
    }
  };
  return { config, cleanup };
}

async function launch(
  config: Config,
  options: Omit<ServerOptions, 'config'>,
  cleanup: () => Promise<void>,
): Promise<TestServer> {
  const logs = new LogCapture();
  const server = await startServer({ config, logDestination: logs, ...options });
  return {
    ...server,
    config,
    logs,
    close: async () => {
      await server.close();
      await cleanup();
    },
    restart: async (overrides = {}) => {
      await server.close();
      return launch({ ...config, ...overrides }, options, cleanup);
    },
  };
}

/**
 * Starts a real server on an ephemeral port with its own database and outbound validation on, so
 * every frame and response the test sees was checked against the spec.
 */
export async function startTestServer(
  overrides: Partial<Config> = {},
  options: Omit<ServerOptions, 'config'> = {},
): Promise<TestServer> {
  const { config, cleanup } = testConfig(overrides);
  return launch(config, options, cleanup);
}
