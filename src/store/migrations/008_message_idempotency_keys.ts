import type { Knex } from 'knex';

// A client that lost an acknowledgement resends with the same key, and the message is stored once: the
// key is unique per room and author (NULLs, for messages sent without one, never collide).
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('messages', (t) => {
    t.string('idempotency_key', 64).nullable();
    t.unique(['room_id', 'author_id', 'idempotency_key']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('messages', (t) => {
    t.dropUnique(['room_id', 'author_id', 'idempotency_key']);
    t.dropColumn('idempotency_key');
  });
}
