import knexPkg from 'knex';
import { undeclaredCodes } from './helpers/server.js';

// Mocha root hooks: say which database the suite runs on, and fail loudly when PostgreSQL was asked
// for (DATABASE_URL) but does not answer, instead of letting every test fail on its own.
export const mochaHooks = {
  async beforeAll(this: { timeout(ms: number): void }) {
    this.timeout(15_000);
    const url = process.env.DATABASE_URL;
    if (!url) {
      console.log('Database: SQLite (a temp file per server). The PostgreSQL leg is `make test-pg`.');
      return;
    }
    const db = knexPkg({
      client: 'pg',
      connection: url,
      pool: { min: 0, max: 1 },
      acquireConnectionTimeout: 5000,
    });
    try {
      await db.raw('select 1');
      console.log(`Database: PostgreSQL at ${new URL(url).host} (a fresh schema per server)`);
    } catch (err) {
      throw new Error(
        `PostgreSQL at ${new URL(url).host} does not answer (${(err as Error).message}); start it (see README, Development) or unset DATABASE_URL`,
      );
    } finally {
      await db.destroy();
    }
  },
  afterAll() {
    if (undeclaredCodes.length > 0)
      throw new Error(
        `the server answered error codes its operations do not declare in the spec (reply x-errors or the server's x-request-errors):\n  ${[...new Set(undeclaredCodes)].join('\n  ')}`,
      );
  },
};
