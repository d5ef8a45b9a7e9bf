import type { Knex } from 'knex';

// A reader's history (db-changes, subscribe-db's `missed`) walks only the changes it may read: its own
// documents, its account's, or everyone's, each in position order, instead of the whole repository's.
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('db_changes', (t) => {
    t.index(['repo', 'owner_id', 'position']);
    t.index(['repo', 'account_id', 'position']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('db_changes', (t) => {
    t.dropIndex(['repo', 'owner_id', 'position']);
    t.dropIndex(['repo', 'account_id', 'position']);
  });
}
