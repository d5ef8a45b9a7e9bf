import type { Knex } from 'knex';
import * as m001 from './001_users_and_sessions.js';
import * as m002 from './002_last_seen.js';
import * as m003 from './003_rooms.js';
import * as m004 from './004_accounts_and_documents.js';
import * as m005 from './005_account_plans.js';
import * as m006 from './006_change_indexes.js';
import * as m007 from './007_session_socket_secrets.js';
import * as m008 from './008_message_idempotency_keys.js';
import * as m009 from './009_notifications.js';
import * as m010 from './010_event_tickets.js';

// Migrations are listed here, in order, rather than discovered on disk: the same list works under
// tsx, in a compiled build and in tests, and a migration is never skipped by a glob.
const migrations: Record<string, Knex.Migration> = {
  '001_users_and_sessions': m001,
  '002_last_seen': m002,
  '003_rooms': m003,
  '004_accounts_and_documents': m004,
  '005_account_plans': m005,
  '006_change_indexes': m006,
  '007_session_socket_secrets': m007,
  '008_message_idempotency_keys': m008,
  '009_notifications': m009,
  '010_event_tickets': m010,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations),
  getMigrationName: (name) => name,
  getMigration: async (name) => {
    const migration = migrations[name];
    if (!migration) throw new Error(`unknown migration ${name}`);
    return migration;
  },
};
