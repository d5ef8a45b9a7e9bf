import type { Knex } from 'knex';

// An account's plan, which caps its concurrent connections (PLANS); null means DEFAULT_PLAN.
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('accounts', (t) => {
    t.string('plan', 32).nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('accounts', (t) => {
    t.dropColumn('plan');
  });
}
