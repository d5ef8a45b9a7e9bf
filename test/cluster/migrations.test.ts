import assert from 'node:assert/strict';
import { openDatabase } from '../../src/store/database.js';
import { CLUSTER_DATABASE_URL, dropSchema, requirePostgres, uniqueSchema } from '../helpers/postgres.js';

describe('migrations in a cluster', () => {
  const schema = uniqueSchema('migrations');

  before(() => requirePostgres());
  after(() => dropSchema(schema));

  it('lets processes starting at once on a fresh schema all create and migrate it, one after another', async () => {
    const config = { dataDir: '/nonexistent', databaseUrl: CLUSTER_DATABASE_URL, databaseSchema: schema };
    const opened = await Promise.allSettled([1, 2, 3, 4].map(() => openDatabase(config)));
    await Promise.all(opened.map((result) => result.status === 'fulfilled' && result.value.close()));
    assert.deepEqual(
      opened.map((result) => (result.status === 'rejected' ? String(result.reason) : 'opened')),
      ['opened', 'opened', 'opened', 'opened'],
    );
  });
});
