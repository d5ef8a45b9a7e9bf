import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('rooms', (t) => {
    t.string('id', 128).primary();
    t.string('kind', 16).notNullable();
    t.string('owner_id', 36).nullable().references('id').inTable('users').onDelete('SET NULL');
    t.boolean('hidden').notNullable().defaultTo(false);
    t.boolean('persistent').notNullable().defaultTo(true);
    // The last sequence number given out: messages take last_seq + 1… in the transaction that stores them.
    t.bigInteger('last_seq').notNullable().defaultTo(0);
    t.bigInteger('created_at').notNullable();
  });
  await db.schema.createTable('room_members', (t) => {
    t.string('room_id', 128).notNullable().references('id').inTable('rooms').onDelete('CASCADE');
    t.string('user_id', 36).notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.bigInteger('joined_at').notNullable();
    t.primary(['room_id', 'user_id']);
    t.index(['user_id']);
  });
  await db.schema.createTable('messages', (t) => {
    t.string('room_id', 128).notNullable().references('id').inTable('rooms').onDelete('CASCADE');
    t.bigInteger('seq').notNullable();
    t.string('id', 36).notNullable().unique();
    // No cascade: removing an author must not punch holes in other people's history.
    t.string('author_id', 36).notNullable().references('id').inTable('users');
    t.text('body').nullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('edited_at').nullable();
    t.bigInteger('deleted_at').nullable();
    t.primary(['room_id', 'seq']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('messages');
  await db.schema.dropTable('room_members');
  await db.schema.dropTable('rooms');
}
