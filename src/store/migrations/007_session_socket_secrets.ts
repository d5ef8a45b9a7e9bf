import type { Knex } from 'knex';

// Realtime access belongs to the session that obtained it: each session has its own socket secret,
// derived from its token (so no secret is stored, only its digest), and a generation that rotation
// raises. The users' own secrets, stored in plaintext and outliving every logout, go.
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('sessions', (t) => {
    t.string('socket_secret_digest', 64).nullable().unique();
    t.integer('socket_generation').notNullable().defaultTo(0);
  });
  if (db.client.config.client === 'sqlite3') {
    // SQLite drops a column natively, but not one under an index: the unique index goes first.
    await db.raw('DROP INDEX IF EXISTS users_socket_secret_digest_unique');
    await db.raw('ALTER TABLE users DROP COLUMN socket_secret_digest');
    await db.raw('ALTER TABLE users DROP COLUMN socket_secret');
  } else {
    await db.schema.alterTable('users', (t) => {
      t.dropColumn('socket_secret_digest');
      t.dropColumn('socket_secret');
    });
  }
}

export async function down(db: Knex): Promise<void> {
  // The users' secrets cannot come back: every user gets a new one, as after a rotation.
  await db.schema.alterTable('users', (t) => {
    t.string('socket_secret', 64).nullable();
    t.string('socket_secret_digest', 64).nullable().unique();
  });
  await db.schema.alterTable('sessions', (t) => {
    t.dropUnique(['socket_secret_digest']);
    t.dropColumn('socket_secret_digest');
    t.dropColumn('socket_generation');
  });
}
