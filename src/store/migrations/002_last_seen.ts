import type { Knex } from 'knex';

// When a user's last connection closed (epoch milliseconds), for profiles and offline activities.
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('users', (t) => {
    t.bigInteger('last_seen_at').nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('users', (t) => {
    t.dropColumn('last_seen_at');
  });
}
