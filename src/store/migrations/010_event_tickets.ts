import type { Knex } from 'knex';

// One-use tickets that open an event stream (GET /api/events) from a browser, whose EventSource cannot
// send the session token in a header. Stored as the SHA-256 digest (the ticket itself is never kept),
// in the database so that any process of a cluster redeems what another issued. A ticket goes with its
// session (logout deletes it); expired ones are swept as new ones are issued.
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('event_tickets', (t) => {
    t.string('digest', 64).primary();
    t.string('session_id', 36).notNullable().references('id').inTable('sessions').onDelete('CASCADE');
    t.bigInteger('expires_at').notNullable();
    t.index(['session_id']);
    t.index(['expires_at']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('event_tickets');
}
