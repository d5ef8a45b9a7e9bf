import path from 'node:path';
import knexPkg, { type Knex } from 'knex';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { prepareDataDir } from '../startup/data-dir.js';
import { StartupError } from '../startup/startup-error.js';
import { migrationSource } from './migrations/index.js';
import { PreparedRead } from './prepared-read.js';
import { reachDatabase } from './reach-database.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  db: Knex;
  /** Where the migrations come from and where their bookkeeping table lives. */
  migrations: Knex.MigratorConfig;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  /** knex's connection pool now (metrics): connections in use, idle, and acquisitions waiting for one. */
  poolStats(): PoolStats;
  /** A read by one parameter for a hot path: compiled once, and on SQLite prepared once (prepared-read.ts). */
  preparedRead<Row>(query: (parameter: string) => Knex.QueryBuilder): PreparedRead<Row>;
  close(): Promise<void>;
}

export interface PoolStats {
  used: number;
  free: number;
  /** Queries waiting for a connection (acquisitions, and connections being opened for them). */
  pending: number;
  max: number;
}

/** What knex's pool (tarn) tells; no pool yet (or after close), all zero. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
  max: number;
}

export const SQLITE_FILE = 'switchboard.sqlite';
/** A health check that takes longer than this reports the database as down. */
const PING_TIMEOUT_MS = 2000;

function sqliteConfig(dataDir: string): Knex.Config {
  prepareDataDir(dataDir);
  return {
    client: 'sqlite3',
    connection: { filename: path.join(dataDir, SQLITE_FILE) },
    useNullAsDefault: true,
    // Error messages carry the SQL without the values: values may be secrets, and errors get logged.
    compileSqlOnError: false,
    // One connection: SQLite serialises writers anyway, and one connection keeps PRAGMAs in force.
    pool: {
      min: 1,
      max: 1,
      afterCreate: (
        conn: { exec(sql: string, cb: (err: Error | null) => void): void },
        done: (err: Error | null, conn: unknown) => void,
      ) => {
        // WAL: readers do not block the writer. FULL sync: a commit is on disk before it returns, so an
        // acknowledged message survives a power cut too, not only a process crash; chat batches its
        // commits, so the fsync is shared by many messages.
        conn.exec(
          'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;',
          (err) => done(err, conn),
        );
      },
    },
  };
}

function postgresConfig(url: string, schema: string, nodeId: string | undefined): Knex.Config {
  return {
    client: 'pg',
    // Named for the node in pg_stat_activity, so an operator (or a fault test) can tell which process of
    // a cluster holds a connection. PostgreSQL keeps 63 bytes of it.
    connection: {
      connectionString: url,
      connectionTimeoutMillis: 5000,
      application_name: nodeId ? `switchboard-${nodeId}` : 'switchboard',
    },
    searchPath: [schema],
    pool: { min: 0, max: 10 },
    // A database that does not answer fails requests with UNAVAILABLE within seconds, not minutes.
    acquireConnectionTimeout: 10_000,
    compileSqlOnError: false,
  };
}

// SQLite's codes for a file it cannot use as its database: DATA_DIR is checked already (data-dir.ts), so
// these are about the file itself (another program's file, a damaged one, a read-only one).
const SQLITE_FILE_PROBLEMS = /^SQLITE_(CANTOPEN|NOTADB|CORRUPT|READONLY|PERM|IOERR)/;

async function openSqlite(db: Knex, dataDir: string, migrations: Knex.MigratorConfig): Promise<void> {
  try {
    await db.migrate.latest(migrations);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code !== 'string' || !SQLITE_FILE_PROBLEMS.test(code)) throw err;
    throw new StartupError(
      'DATA_DIR',
      `DATA_DIR=${dataDir}: ${SQLITE_FILE} cannot be used as the database (${code}: ${(err as Error).message.replace(/^.*?SQLITE_\w+: /, '')})`,
    );
  }
}

/**
 * knex's own messages into our log rather than onto stdout with stack traces. Its "Acquire connection
 * error" comes once per failed attempt, and the caller reports the failure anyway (reach-database.ts
 * at start-up, a 503 and a warning later): debug. Only a message's first line is kept.
 */
function knexLog(log: Logger): Knex.Config['log'] {
  const line = (message: unknown) => String(message).split('\n')[0]?.slice(0, 500);
  return {
    warn: (message: unknown) => {
      const text = line(message);
      if (text?.startsWith('Acquire connection error')) log.debug({ knex: text }, 'database driver');
      else log.warn({ knex: text }, 'database driver');
    },
    error: (message: unknown) => log.error({ knex: line(message) }, 'database driver'),
    deprecate: (message: unknown) => log.debug({ knex: line(message) }, 'database driver'),
    debug: (message: unknown) => log.debug({ knex: line(message) }, 'database driver'),
  };
}

/**
 * Creates the schema and runs the migrations while holding an advisory lock named for the schema.
 * Processes of a cluster start at once (or a rolling deploy brings a new migration to several): without
 * the lock they race to create the schema and knex's lock table makes every loser fail at once rather
 * than wait. With it the first migrates, and the others find nothing left to do.
 */
async function migratePostgres(db: Knex, schema: string, migrations: Knex.MigratorConfig): Promise<void> {
  // A session lock, so it needs one connection held throughout; the migrations take others from the pool.
  const connection = await db.client.acquireConnection();
  const key = `switchboard-migrations:${schema}`;
  try {
    await db.raw('select pg_advisory_lock(hashtext(?))', [key]).connection(connection);
    try {
      await db.raw('CREATE SCHEMA IF NOT EXISTS ??', [schema]);
      await db.migrate.latest(migrations);
    } finally {
      await db.raw('select pg_advisory_unlock(hashtext(?))', [key]).connection(connection);
    }
  } finally {
    await db.client.releaseConnection(connection);
  }
}

/** Opens the configured database (SQLite file by default, PostgreSQL with DATABASE_URL) and migrates it. */
export async function openDatabase(
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'databaseSchema'> &
    Partial<Pick<Config, 'nodeId' | 'databaseConnectTimeoutMs'>>,
  log?: Logger,
): Promise<Database> {
  const kind: DatabaseKind = config.databaseUrl ? 'postgres' : 'sqlite';
  const db = knexPkg({
    ...(config.databaseUrl
      ? postgresConfig(config.databaseUrl, config.databaseSchema, config.nodeId)
      : sqliteConfig(config.dataDir)),
    ...(log && { log: knexLog(log) }),
  });
  const migrations: Knex.MigratorConfig = {
    migrationSource,
    schemaName: kind === 'postgres' ? config.databaseSchema : undefined,
  };
  try {
    if (config.databaseUrl) {
      await reachDatabase(db, config.databaseUrl, config.databaseConnectTimeoutMs ?? 0, log);
      await migratePostgres(db, config.databaseSchema, migrations);
    } else await openSqlite(db, config.dataDir, migrations);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  const reads: PreparedRead<unknown>[] = [];
  return {
    kind,
    db,
    migrations,
    preparedRead: <Row>(query: (parameter: string) => Knex.QueryBuilder) => {
      const read = new PreparedRead<Row>(db, kind, query);
      reads.push(read as PreparedRead<unknown>);
      return read;
    },
    poolStats: () => {
      const pool = (db.client as { pool?: TarnPool }).pool;
      if (!pool) return { used: 0, free: 0, pending: 0, max: 0 };
      return {
        used: pool.numUsed(),
        free: pool.numFree(),
        pending: pool.numPendingAcquires() + pool.numPendingCreates(),
        max: pool.max,
      };
    },
    ping: async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
      });
      const answer = db.raw('select 1').then(
        () => true,
        () => false,
      );
      try {
        return await Promise.race([answer, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: async () => {
      await Promise.all(reads.map((r) => r.close()));
      await db.destroy();
    },
  };
}
