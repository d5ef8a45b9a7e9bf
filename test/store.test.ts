import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import knexPkg from 'knex';
import { type Database, openDatabase, SQLITE_FILE } from '../src/store/database.js';
import { MessageStore } from '../src/store/messages.js';
import { SessionStore } from '../src/store/sessions.js';
import { UserStore } from '../src/store/users.js';

interface Backend {
  name: string;
  open(): Promise<Database>;
  cleanup(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'switchboard-store-'));
  return {
    name: 'SQLite',
    open: () => openDatabase({ dataDir, databaseUrl: undefined, databaseSchema: 'public' }),
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

function postgresBackend(url: string): Backend {
  const schema = `store_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    name: 'PostgreSQL',
    open: () => openDatabase({ dataDir: tmpdir(), databaseUrl: url, databaseSchema: schema }),
    cleanup: async () => {
      const db = knexPkg({ client: 'pg', connection: url });
      await db.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [schema]);
      await db.destroy();
    },
  };
}

const backends = [
  sqliteBackend,
  ...(process.env.DATABASE_URL ? [() => postgresBackend(process.env.DATABASE_URL as string)] : []),
];

describe('store', () => {
  before(() => {
    if (!process.env.DATABASE_URL)
      console.log(
        '      (PostgreSQL leg not run here: DATABASE_URL is unset; `make test-pg` runs the whole suite on PostgreSQL)',
      );
  });

  for (const makeBackend of backends) {
    const backend = makeBackend();
    describe(backend.name, () => {
      let database: Database;
      before(async () => {
        database = await backend.open();
      });
      after(async () => {
        await database.close();
        await backend.cleanup();
      });

      it('migrates to the latest version, and reopening migrates nothing', async () => {
        const [, pending] = (await database.db.migrate.list(database.migrations)) as [unknown[], unknown[]];
        assert.equal(pending.length, 0);
        const again = await backend.open();
        await again.close();
        assert.ok(await database.db.schema.hasTable('users'));
        assert.ok(await database.db.schema.hasTable('sessions'));
      });

      it('closes cleanly after the handshake read ran (a prepared statement is finalized first)', async () => {
        const other = await backend.open();
        const sessions = new SessionStore(other);
        assert.equal(await sessions.bySocketSecretDigest('no such digest'), undefined);
        assert.equal(await sessions.bySocketSecretDigest('nor this one'), undefined);
        // SQLite refuses to close a connection with a statement open (SQLITE_BUSY), and knex would
        // keep the file open: the close resolves, and the connection is closed for real.
        const raw = await other.db.client.acquireConnection();
        await other.db.client.releaseConnection(raw);
        await other.close();
        if (other.kind === 'sqlite')
          await assert.rejects(
            new Promise((resolve, reject) =>
              (raw as { get: (sql: string, cb: (err: Error | null) => void) => void }).get(
                'select 1',
                (err) => (err ? reject(err) : resolve(undefined)),
              ),
            ),
            /SQLITE_MISUSE|not open/,
          );
      });

      it('rolls every migration back and forth', async () => {
        await database.db.migrate.rollback(database.migrations, true);
        assert.equal(await database.db.schema.hasTable('users'), false);
        await database.db.migrate.latest(database.migrations);
        assert.ok(await database.db.schema.hasTable('users'));
      });

      it('moves to socket secrets per session: the users’ stored secrets go, their sessions stay', async () => {
        const db = database.db;
        // Back to just before socket secrets per session, whatever came after them.
        const applied = async () =>
          ((await db.migrate.list(database.migrations)) as [{ name: string }[], unknown[]])[0].map(
            (m) => m.name,
          );
        while ((await applied()).includes('007_session_socket_secrets'))
          await db.migrate.down(database.migrations);
        await db('accounts').insert({ id: 'acct-old', owner_id: 'user-old', created_at: 1 });
        await db('users').insert({
          id: 'user-old',
          username: 'veteran',
          username_key: 'veteran',
          password_hash: 'h',
          socket_secret: 'plaintext secret',
          socket_secret_digest: 'old digest',
          created_at: 1,
          account_id: 'acct-old',
        });
        await db('sessions').insert({
          id: 'session-old',
          user_id: 'user-old',
          token_digest: 't',
          created_at: 1,
          expires_at: 2,
        });
        await db.migrate.latest(database.migrations);
        assert.equal(await db.schema.hasColumn('users', 'socket_secret'), false);
        assert.equal(await db.schema.hasColumn('users', 'socket_secret_digest'), false);
        const session = await new SessionStore(database).byTokenDigest('t');
        assert.equal(session?.socketSecretDigest, undefined, 'derived from the token at its next request');
        assert.equal(session?.socketGeneration, 0);
        await db('users').where('id', 'user-old').delete();
        await db('accounts').where('id', 'acct-old').delete();
      });

      it('keeps usernames unique without regard to case when inserts race (on PostgreSQL over several connections)', async () => {
        const users = new UserStore(database.db);
        const attempt = (i: number) =>
          users.insert(
            {
              id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
              username: i % 2 ? 'Racer' : 'racer',
              passwordHash: 'h',
              accountId: `0000000${i}-0000-4000-8000-000000000000`,
              createdAt: Date.now(),
            },
            true,
          );
        const results = await Promise.all(Array.from({ length: 10 }, (_, i) => attempt(i)));
        assert.equal(results.filter(Boolean).length, 1);
        assert.equal((await database.db('users').where('username_key', 'racer')).length, 1);
        assert.equal(
          (
            await database.db('accounts').whereIn(
              'owner_id',
              Array.from({ length: 10 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
            )
          ).length,
          1,
          'the losers’ accounts are not left behind',
        );
      });

      it('reads timestamps back as numbers on every database', async () => {
        const users = new UserStore(database.db);
        const createdAt = Date.UTC(2026, 10, 22, 10, 0, 0, 123);
        await users.insert(
          {
            id: '11111111-1111-4111-8111-111111111111',
            username: 'clock',
            passwordHash: 'h',
            accountId: '11111111-1111-4111-8111-aaaaaaaaaaaa',
            createdAt,
          },
          true,
        );
        const row = await users.byUsername('CLOCK');
        assert.equal(row?.createdAt, createdAt);
      });

      it('finds sessions by token digest and by socket secret digest, and sweeps expired ones', async () => {
        const sessions = new SessionStore(database);
        const userId = '11111111-1111-4111-8111-111111111111';
        await sessions.insert({
          id: '22222222-2222-4222-8222-222222222222',
          userId,
          tokenDigest: 'live',
          socketSecretDigest: 'live-secret',
          socketGeneration: 0,
          createdAt: 1,
          expiresAt: 10_000,
        });
        await sessions.insert({
          id: '33333333-3333-4333-8333-333333333333',
          userId,
          tokenDigest: 'dead',
          socketSecretDigest: undefined,
          socketGeneration: 0,
          createdAt: 1,
          expiresAt: 5_000,
        });
        assert.equal((await sessions.byTokenDigest('live'))?.expiresAt, 10_000);
        const holder = await sessions.bySocketSecretDigest('live-secret');
        assert.equal(holder?.session.id, '22222222-2222-4222-8222-222222222222');
        assert.equal(holder?.username, 'clock');
        const live = '22222222-2222-4222-8222-222222222222';
        assert.equal(await sessions.rotateSocketSecret(live, 'rotated', 1), true);
        assert.equal(await sessions.bySocketSecretDigest('live-secret'), undefined);
        assert.equal((await sessions.bySocketSecretDigest('rotated'))?.session.socketGeneration, 1);
        // Generations never go back: a late rotation to an older one changes nothing.
        assert.equal(await sessions.rotateSocketSecret(live, 'stale', 1), false);
        assert.equal(await sessions.bySocketSecretDigest('stale'), undefined);
        await sessions.fillSocketSecret(live, 'refilled');
        assert.equal(
          await sessions.bySocketSecretDigest('refilled'),
          undefined,
          'only a session without one gets one',
        );
        assert.equal(await sessions.deleteExpired(6_000), 1);
        assert.equal(await sessions.byTokenDigest('dead'), undefined);
        assert.ok(await sessions.byTokenDigest('live'));
      });

      it('stores a message once per idempotency key, room and author, within a batch and across batches', async () => {
        const db = database.db;
        await db('accounts').insert({ id: 'acct-keys', owner_id: 'user-keys', created_at: 1 });
        await db('users').insert({
          id: 'user-keys',
          username: 'keys',
          username_key: 'keys',
          password_hash: 'h',
          created_at: 1,
          account_id: 'acct-keys',
        });
        for (const id of ['keyed-a', 'keyed-b'])
          await db('rooms').insert({
            id,
            kind: 'public',
            hidden: false,
            persistent: true,
            last_seq: 0,
            created_at: 1,
          });
        const store = new MessageStore(db, database.kind);
        const message = (roomId: string, n: number, idempotencyKey: string | undefined) => ({
          roomId,
          id: `99999999-0000-4000-8000-${String(n).padStart(12, '0')}`,
          authorId: 'user-keys',
          body: `{"n":${n}}`,
          createdAt: n,
          idempotencyKey,
        });
        const first = await store.append([
          message('keyed-a', 1, 'k1'),
          message('keyed-a', 2, 'k1'),
          message('keyed-a', 3, undefined),
          message('keyed-b', 4, 'k1'),
        ]);
        assert.deepEqual(
          first.map((m) => [m.seq, m.duplicate]),
          [
            [1, false],
            [1, true],
            [2, false],
            [1, false],
          ],
        );
        assert.equal(first[1]?.id, first[0]?.id);
        const again = await store.append([message('keyed-a', 5, 'k1'), message('keyed-a', 6, 'k2')]);
        assert.deepEqual(
          again.map((m) => [m.seq, m.duplicate, m.id === first[0]?.id]),
          [
            [1, true, true],
            [3, false, false],
          ],
        );
        assert.deepEqual(
          (await db('messages').where('room_id', 'keyed-a').orderBy('seq').pluck('seq')).map(Number),
          [1, 2, 3],
        );
      });

      it('deletes a user’s sessions with the user', async () => {
        await database.db('users').where('id', '11111111-1111-4111-8111-111111111111').delete();
        assert.equal(
          (await database.db('sessions').where('user_id', '11111111-1111-4111-8111-111111111111')).length,
          0,
        );
      });

      if (backend.name === 'PostgreSQL') {
        it('appends batches from two nodes that touch the same rooms in opposite orders, without deadlock', async () => {
          const other = await backend.open();
          try {
            const userId = '44444444-4444-4444-8444-444444444444';
            await database.db('users').insert({
              id: userId,
              username: 'writer',
              username_key: 'writer',
              password_hash: 'h',
              created_at: 1,
            });
            for (const id of ['room-a', 'room-b'])
              await database
                .db('rooms')
                .insert({ id, kind: 'public', hidden: false, persistent: true, last_seq: 0, created_at: 1 });
            const batch = (rooms: string[], n: number) =>
              rooms.map((roomId, i) => ({
                roomId,
                id: `00000000-0000-4000-8000-${String(n * 2 + i).padStart(12, '0')}`,
                authorId: userId,
                body: '{}',
                createdAt: 1,
                idempotencyKey: undefined,
              }));
            const nodeA = new MessageStore(database.db, database.kind);
            const nodeB = new MessageStore(other.db, other.kind);
            await Promise.all(
              Array.from({ length: 100 }, (_, n) =>
                n % 2
                  ? nodeA.append(batch(['room-a', 'room-b'], n))
                  : nodeB.append(batch(['room-b', 'room-a'], n)),
              ),
            );
            const seqs = await database.db('messages').where('room_id', 'room-a').orderBy('seq').pluck('seq');
            assert.deepEqual(
              seqs.map(Number),
              Array.from({ length: 100 }, (_, i) => i + 1),
            );
          } finally {
            await other.close();
          }
        });
      }

      if (backend.name === 'SQLite') {
        it('keeps its file under DATA_DIR in WAL mode with foreign keys on', async () => {
          const filename = (database.db.client.config.connection as { filename: string }).filename;
          assert.equal(path.basename(filename), SQLITE_FILE);
          assert.ok(existsSync(filename));
          const [mode] = await database.db.raw('PRAGMA journal_mode');
          assert.equal(mode.journal_mode, 'wal');
          const [fk] = await database.db.raw('PRAGMA foreign_keys');
          assert.equal(fk.foreign_keys, 1);
        });
      }
    });
  }
});
