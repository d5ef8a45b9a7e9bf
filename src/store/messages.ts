import type { Knex } from 'knex';
import type { DatabaseKind } from './database.js';

/** A message on its way into the store: its sequence number is given by the transaction that stores it. */
export interface NewMessage {
  roomId: string;
  id: string;
  authorId: string;
  body: string;
  createdAt: number;
  /** The client's key for this message: a second message with it (same room and author) is not stored. */
  idempotencyKey: string | undefined;
}

/** Where a message of a batch is: stored now, or stored before under the same idempotency key. */
export interface StoredMessage {
  id: string;
  seq: number;
  createdAt: number;
  duplicate: boolean;
}

export interface MessageRow {
  roomId: string;
  seq: number;
  id: string;
  authorId: string;
  authorName: string;
  /** The JSON text of the body; undefined once deleted. */
  body: string | undefined;
  createdAt: number;
  editedAt: number | undefined;
  deletedAt: number | undefined;
}

interface MessageRecord {
  room_id: string;
  seq: number | string;
  id: string;
  author_id: string;
  username: string;
  body: string | null;
  created_at: number | string;
  edited_at: number | string | null;
  deleted_at: number | string | null;
}

const optional = (v: number | string | null) => (v === null ? undefined : Number(v));

function toRow(r: MessageRecord): MessageRow {
  return {
    roomId: r.room_id,
    seq: Number(r.seq),
    id: r.id,
    authorId: r.author_id,
    authorName: r.username,
    body: r.body ?? undefined,
    createdAt: Number(r.created_at),
    editedAt: optional(r.edited_at),
    deletedAt: optional(r.deleted_at),
  };
}

// Rows per INSERT: 7 values each stays far below SQLite's bound on variables per statement.
const INSERT_CHUNK = 500;

/** A message's idempotency key, scoped to its room and author; undefined without one. */
function keyOf(m: Pick<NewMessage, 'roomId' | 'authorId' | 'idempotencyKey'>): string | undefined {
  return m.idempotencyKey === undefined
    ? undefined
    : JSON.stringify([m.roomId, m.authorId, m.idempotencyKey]);
}

/** The messages table: durable, ordered history. */
export class MessageStore {
  constructor(
    private readonly db: Knex,
    private readonly kind: DatabaseKind,
  ) {}

  /**
   * Stores a batch in one transaction and resolves where each message is, in batch order. Each room's
   * numbers come from `rooms.last_seq`, raised in the same transaction: gap-free and increasing, and
   * nothing is taken when the transaction fails. A message whose idempotency key was stored before (or
   * earlier in the batch) is not stored again: it resolves as that one.
   */
  async append(batch: readonly NewMessage[]): Promise<StoredMessage[]> {
    return this.db.transaction(async (trx) => {
      const rooms = [...new Set(batch.map((m) => m.roomId))].sort();
      // Another node may be storing the same key now: with its rooms' rows locked first, the lookup sees
      // whatever that node committed.
      if (batch.some((m) => m.idempotencyKey !== undefined)) await this.lockRooms(trx, rooms);
      const earlier = await this.byIdempotencyKey(trx, batch);
      const fresh = batch.filter((m) => {
        const key = keyOf(m);
        if (key === undefined || earlier.has(key)) return key === undefined;
        earlier.set(key, undefined);
        return true;
      });
      const perRoom = new Map<string, number>();
      for (const m of fresh) perRoom.set(m.roomId, (perRoom.get(m.roomId) ?? 0) + 1);
      const next = await this.number(trx, perRoom);
      const stored = new Map<NewMessage, StoredMessage>();
      for (const m of fresh) {
        const seq = next.get(m.roomId) as number;
        next.set(m.roomId, seq + 1);
        const at: StoredMessage = { id: m.id, seq, createdAt: m.createdAt, duplicate: false };
        stored.set(m, at);
        const key = keyOf(m);
        if (key !== undefined) earlier.set(key, at);
      }
      const rows = fresh.map((m) => ({
        room_id: m.roomId,
        seq: stored.get(m)?.seq,
        id: m.id,
        author_id: m.authorId,
        body: m.body,
        created_at: m.createdAt,
        idempotency_key: m.idempotencyKey ?? null,
      }));
      for (let i = 0; i < rows.length; i += INSERT_CHUNK)
        await trx('messages').insert(rows.slice(i, i + INSERT_CHUNK));
      return batch.map((m) => {
        const own = stored.get(m);
        if (own) return own;
        const first = earlier.get(keyOf(m) as string) as StoredMessage;
        return { ...first, duplicate: true };
      });
    });
  }

  /**
   * Locks the rooms' rows in name order, so two nodes' batches cannot deadlock each other. SQLite has
   * one writer at a time, whose transaction holds the whole database: nothing to lock row by row.
   */
  private async lockRooms(trx: Knex.Transaction, rooms: readonly string[]): Promise<void> {
    if (this.kind === 'postgres')
      await trx('rooms').select('id').whereIn('id', rooms).orderBy('id').forUpdate();
  }

  /**
   * Takes `count` numbers in each room, in one statement whatever the number of rooms (a batch under
   * load spans many, and each statement is a round trip): resolves each room's first.
   */
  private async number(
    trx: Knex.Transaction,
    perRoom: ReadonlyMap<string, number>,
  ): Promise<Map<string, number>> {
    const next = new Map<string, number>();
    if (perRoom.size === 0) return next;
    const rooms = [...perRoom.keys()].sort();
    await this.lockRooms(trx, rooms);
    const increments = rooms.flatMap((room) => [room, perRoom.get(room) as number]);
    const rows: { id: string; last_seq: number | string }[] = await trx('rooms')
      .whereIn('id', rooms)
      .update({
        last_seq: trx.raw(
          `last_seq + CASE id ${'WHEN ? THEN CAST(? AS INTEGER) '.repeat(rooms.length)}END`,
          increments,
        ),
      })
      .returning(['id', 'last_seq']);
    for (const row of rows) next.set(row.id, Number(row.last_seq) - (perRoom.get(row.id) as number) + 1);
    const gone = rooms.find((room) => !next.has(room));
    if (gone !== undefined) throw new Error(`room ${gone} is gone`);
    return next;
  }

  /** The messages stored before under the batch's idempotency keys, by key. */
  private async byIdempotencyKey(
    trx: Knex.Transaction,
    batch: readonly NewMessage[],
  ): Promise<Map<string, StoredMessage | undefined>> {
    const found = new Map<string, StoredMessage | undefined>();
    const keyed = batch.filter((m) => m.idempotencyKey !== undefined);
    for (let i = 0; i < keyed.length; i += INSERT_CHUNK) {
      const chunk = keyed.slice(i, i + INSERT_CHUNK);
      const rows: {
        room_id: string;
        author_id: string;
        idempotency_key: string;
        id: string;
        seq: number | string;
        created_at: number | string;
      }[] = await trx('messages')
        // Said outright, so the planner may use the partial index on keyed messages.
        .whereNotNull('idempotency_key')
        .whereIn(
          ['room_id', 'author_id', 'idempotency_key'],
          chunk.map((m) => [m.roomId, m.authorId, m.idempotencyKey as string]),
        )
        .select('room_id', 'author_id', 'idempotency_key', 'id', 'seq', 'created_at');
      for (const r of rows)
        found.set(
          keyOf({ roomId: r.room_id, authorId: r.author_id, idempotencyKey: r.idempotency_key }) as string,
          {
            id: r.id,
            seq: Number(r.seq),
            createdAt: Number(r.created_at),
            duplicate: true,
          },
        );
    }
    return found;
  }

  private query() {
    return this.db('messages')
      .join('users', 'users.id', 'messages.author_id')
      .select(
        'messages.room_id',
        'messages.seq',
        'messages.id',
        'messages.author_id',
        'users.username',
        'messages.body',
        'messages.created_at',
        'messages.edited_at',
        'messages.deleted_at',
      );
  }

  /**
   * A page of history, oldest first: the `limit` before `before`, the `limit` after `after`, or the latest.
   * `hasMore` says whether more lie beyond the page in that direction.
   */
  async page(
    roomId: string,
    cursor: { before?: number; after?: number; limit: number },
  ): Promise<{ rows: MessageRow[]; hasMore: boolean }> {
    let q = this.query().where('messages.room_id', roomId);
    if (cursor.after !== undefined)
      q = q.where('messages.seq', '>', cursor.after).orderBy('messages.seq', 'asc');
    else {
      if (cursor.before !== undefined) q = q.where('messages.seq', '<', cursor.before);
      q = q.orderBy('messages.seq', 'desc');
    }
    const records: MessageRecord[] = await q.limit(cursor.limit + 1);
    const hasMore = records.length > cursor.limit;
    const rows = records.slice(0, cursor.limit).map(toRow);
    if (cursor.after === undefined) rows.reverse();
    return { rows, hasMore };
  }

  async get(roomId: string, id: string): Promise<MessageRow | undefined> {
    const r: MessageRecord | undefined = await this.query()
      .where({ 'messages.room_id': roomId, 'messages.id': id })
      .first();
    return r && toRow(r);
  }

  /** Replaces a live message's body; false when it is deleted (or missing). */
  async edit(roomId: string, id: string, body: string, at: number): Promise<boolean> {
    return (
      (await this.db('messages')
        .where({ room_id: roomId, id })
        .whereNull('deleted_at')
        .update({ body, edited_at: at })) > 0
    );
  }

  /** Deletes a message's body, keeping its place; false when it was already deleted (or missing). */
  async delete(roomId: string, id: string, at: number): Promise<boolean> {
    return (
      (await this.db('messages')
        .where({ room_id: roomId, id })
        .whereNull('deleted_at')
        .update({ body: null, deleted_at: at })) > 0
    );
  }
}
