import type { Knex } from 'knex';

// Notifications (Nakama's), one row per recipient. `seq` orders them (ids are random) and is what a
// list's cursor carries; `delivered_at` stays null until the notification reached a connection of its
// user, live or on their next connect. Pages read (user_id, seq) from the newest down; every connect
// asks for the user's undelivered ones through (user_id, delivered_at), which does not walk a full inbox.
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('notifications', (t) => {
    t.bigIncrements('seq').primary();
    t.string('id', 36).notNullable().unique();
    t.string('user_id', 36).notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.string('subject', 255).notNullable();
    t.text('content').notNullable();
    t.integer('code').notNullable();
    // No reference: a sender's later removal must not turn their notification into the server's own.
    t.string('sender_id', 36).nullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('delivered_at').nullable();
    t.index(['user_id', 'seq']);
    t.index(['user_id', 'delivered_at']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('notifications');
}
