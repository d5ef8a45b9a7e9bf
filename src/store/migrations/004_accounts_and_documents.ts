import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  // owner_id has no foreign key: a user references their account and an account its owner, and
  // either must be insertable first.
  await db.schema.createTable('accounts', (t) => {
    t.string('id', 36).primary();
    t.string('owner_id', 36).notNullable().index();
    t.bigInteger('created_at').notNullable();
  });
  await db.schema.alterTable('users', (t) => {
    t.string('account_id', 36).nullable().references('id').inTable('accounts').index();
  });
  // Every user existing before accounts gets an account of their own.
  const users: { id: string; created_at: number | string }[] = await db('users')
    .whereNull('account_id')
    .select('id', 'created_at');
  for (const user of users) {
    const id = randomUUID();
    await db('accounts').insert({ id, owner_id: user.id, created_at: Number(user.created_at) });
    await db('users').where('id', user.id).update({ account_id: id });
  }

  await db.schema.createTable('repos', (t) => {
    t.string('name', 64).primary();
    // The last change position given out: changes take last_position + 1… in the transaction that stores them.
    t.bigInteger('last_position').notNullable().defaultTo(0);
    t.bigInteger('created_at').notNullable();
  });
  await db.schema.createTable('documents', (t) => {
    t.string('repo', 64).notNullable().references('name').inTable('repos');
    t.string('id', 36).notNullable();
    t.string('owner_id', 36).notNullable();
    t.string('account_id', 36).notNullable();
    t.text('data').notNullable();
    // The position of the change that created it: listing pages by it, oldest first.
    t.bigInteger('created_position').notNullable();
    t.bigInteger('position').notNullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.primary(['repo', 'id']);
    t.index(['repo', 'created_position']);
    t.index(['repo', 'owner_id']);
    t.index(['repo', 'account_id']);
  });
  await db.schema.createTable('db_changes', (t) => {
    t.string('repo', 64).notNullable().references('name').inTable('repos');
    t.bigInteger('position').notNullable();
    t.string('type', 8).notNullable();
    t.string('doc_id', 36).notNullable();
    t.string('owner_id', 36).notNullable();
    t.string('account_id', 36).notNullable();
    // The whole document after a create or update, for replay; null for a delete.
    t.text('document').nullable();
    t.bigInteger('at').notNullable();
    t.primary(['repo', 'position']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('db_changes');
  await db.schema.dropTable('documents');
  await db.schema.dropTable('repos');
  await db.schema.alterTable('users', (t) => {
    t.dropForeign(['account_id']);
    t.dropIndex(['account_id']);
    t.dropColumn('account_id');
  });
  await db.schema.dropTable('accounts');
}
