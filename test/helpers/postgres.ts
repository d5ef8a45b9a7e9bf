import knexPkg from 'knex';

/**
 * The PostgreSQL a cluster test runs on: DATABASE_URL (make test-pg), else the machine's (docs/contributing.md,
 * Tests). A cluster needs it whichever leg the suite runs, since SQLite serves one process.
 */
export const CLUSTER_DATABASE_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** A schema name no other run uses. */
export function uniqueSchema(what: string): string {
  return `${what}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
}

/** Fails, naming the fix, when PostgreSQL does not answer: a test needing it must not skip. */
export async function requirePostgres(url = CLUSTER_DATABASE_URL): Promise<void> {
  const db = knexPkg({
    client: 'pg',
    connection: url,
    pool: { min: 0, max: 1 },
    acquireConnectionTimeout: 5000,
    // The error below says it; knex would also print every refused attempt with its stack.
    log: { warn: () => {} },
  });
  try {
    await db.raw('select 1');
  } catch (err) {
    throw new Error(
      `PostgreSQL at ${new URL(url).host} does not answer (${(err as Error).message}); the cluster tests need it: start it (see docs/contributing.md, Continuous integration) or set DATABASE_URL`,
    );
  } finally {
    await db.destroy();
  }
}

export async function dropSchema(schema: string, url = CLUSTER_DATABASE_URL): Promise<void> {
  const db = knexPkg({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
  try {
    await db.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [schema]);
  } finally {
    await db.destroy();
  }
}
