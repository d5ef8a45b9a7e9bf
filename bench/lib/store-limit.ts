// The store's own limit for durable chat: the rows Switchboard writes for chat messages, inserted in
// batched transactions as fast as the driver takes them, through the server's own database set-up
// (src/store/database.ts: the same knex client, pool, PRAGMAs and migrations), with no network, no
// sockets and no server around them. Switchboard's acknowledged messages/s is judged against it.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/store/database.js';
import { MessageStore, type NewMessage } from '../../src/store/messages.js';
import { RoomStore } from '../../src/store/rooms.js';
import { UserStore } from '../../src/store/users.js';
import { now } from './stats.js';

/**
 * What is timed: `rows`, the messages table's rows alone, numbered here (the floor under any chat
 * server on this store); `append`, MessageStore.append as the server's group commit calls it (the rows,
 * plus the rooms' sequence numbers raised in the same transaction), which tells the store's share of
 * the gap from the server's.
 */
export type StoreLayer = 'rows' | 'append';

export interface StoreLimitOptions {
  layer: StoreLayer;
  /** Rooms the rows are spread over, one author each, as the chat benchmark's senders are. */
  rooms: number;
  /** Rows per transaction. */
  batch: number;
  /** Transactions under way at once (PostgreSQL's pool allows several; SQLite has one connection). */
  writers: number;
  seconds: number;
  warmupSeconds: number;
}

export interface StoreLimit extends StoreLimitOptions {
  database: Database['kind'];
  rows: number;
  elapsedSeconds: number;
  rowsPerSecond: number;
}

// Rows per INSERT statement, as MessageStore.append uses (its INSERT_CHUNK): one statement per 500 rows.
const INSERT_CHUNK = 500;
// About 100 bytes of JSON, as the chat benchmark sends.
const BODY = JSON.stringify({ text: 'x'.repeat(70), n: 0 });

/** Creates the rooms' authors and rooms through the server's stores, so every foreign key holds. */
async function seed(database: Database, rooms: number): Promise<{ roomId: string; authorId: string }[]> {
  const users = new UserStore(database.db);
  const roomStore = new RoomStore(database.db);
  const seeded: { roomId: string; authorId: string }[] = [];
  for (let i = 0; i < rooms; i++) {
    const authorId = randomUUID();
    const createdAt = Date.now();
    await users.insert(
      { id: authorId, username: `limit${i}`, passwordHash: 'unused', accountId: randomUUID(), createdAt },
      true,
    );
    const roomId = `tput-${i}`;
    await roomStore.create(
      { id: roomId, kind: 'public', ownerId: authorId, hidden: false, persistent: true, createdAt },
      [authorId],
    );
    seeded.push({ roomId, authorId });
  }
  return seeded;
}

/** Measures one configuration on a database freshly opened (and migrated) for it. */
export async function measureStoreLimit(database: Database, options: StoreLimitOptions): Promise<StoreLimit> {
  const rooms = await seed(database, options.rooms);
  const messages = new MessageStore(database.db, database.kind);
  const lastSeq = new Map(rooms.map((r) => [r.roomId, 0]));
  let next = 0;
  // Rows round-robin over the rooms, as messages from concurrent senders interleave in a group commit.
  const newMessages = (): NewMessage[] =>
    Array.from({ length: options.batch }, () => {
      const { roomId, authorId } = rooms[next++ % rooms.length] as (typeof rooms)[number];
      return {
        roomId,
        id: randomUUID(),
        authorId,
        body: BODY,
        createdAt: Date.now(),
        idempotencyKey: undefined,
      };
    });
  const commit = async (batch: NewMessage[]): Promise<void> => {
    if (options.layer === 'append') {
      await messages.append(batch);
      return;
    }
    const rows = batch.map((m) => {
      const seq = (lastSeq.get(m.roomId) as number) + 1;
      lastSeq.set(m.roomId, seq);
      return {
        room_id: m.roomId,
        seq,
        id: m.id,
        author_id: m.authorId,
        body: m.body,
        created_at: m.createdAt,
        idempotency_key: null,
      };
    });
    await database.db.transaction(async (trx) => {
      for (let i = 0; i < rows.length; i += INSERT_CHUNK)
        await trx('messages').insert(rows.slice(i, i + INSERT_CHUNK));
    });
  };
  const run = async (seconds: number): Promise<{ rows: number; elapsed: number }> => {
    const started = now();
    const until = started + seconds * 1000;
    let rows = 0;
    const writer = async () => {
      while (now() < until) {
        const batch = newMessages();
        await commit(batch);
        rows += batch.length;
      }
    };
    await Promise.all(Array.from({ length: options.writers }, writer));
    return { rows, elapsed: (now() - started) / 1000 };
  };
  if (options.warmupSeconds > 0) await run(options.warmupSeconds);
  const { rows, elapsed } = await run(options.seconds);
  return {
    ...options,
    database: database.kind,
    rows,
    elapsedSeconds: elapsed,
    rowsPerSecond: Math.round(rows / elapsed),
  };
}
