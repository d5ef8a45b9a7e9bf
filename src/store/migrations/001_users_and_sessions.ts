import type { Knex } from 'knex';

// Timestamps are epoch milliseconds (bigint) in both databases: no time-zone or driver conversions.
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('users', (t) => {
    t.string('id', 36).primary();
    t.string('username', 32).notNullable();
    // Usernames are unique without regard to case: the lower-cased copy carries the unique index.
    t.string('username_key', 32).notNullable().unique();
    t.string('password_hash', 256).notNullable();
    t.string('socket_secret', 64).notNullable();
    t.string('socket_secret_digest', 64).notNullable().unique();
    t.bigInteger('created_at').notNullable();
  });
  await db.schema.createTable('sessions', (t) => {
    t.string('id', 36).primary();
    t.string('user_id', 36).notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.string('token_digest', 64).notNullable().unique();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('expires_at').notNullable().index();
    t.index(['user_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('sessions');
  await db.schema.dropTable('users');
}
