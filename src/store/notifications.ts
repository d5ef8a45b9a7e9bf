import type { Knex } from 'knex';

export interface NotificationRow {
  /** Its place in the order of all notifications: what a page's cursor carries. */
  seq: number;
  id: string;
  userId: string;
  subject: string;
  content: Record<string, unknown>;
  code: number;
  senderId: string | null;
  createdAt: number;
  deliveredAt: number | undefined;
}

export type NewNotification = Omit<NotificationRow, 'seq' | 'deliveredAt'>;

interface NotificationRecord {
  seq: number | string;
  id: string;
  user_id: string;
  subject: string;
  content: string;
  code: number;
  sender_id: string | null;
  created_at: number | string;
  delivered_at: number | string | null;
}

// PostgreSQL returns bigints as strings.
function toRow(r: NotificationRecord): NotificationRow {
  return {
    seq: Number(r.seq),
    id: r.id,
    userId: r.user_id,
    subject: r.subject,
    content: JSON.parse(r.content) as Record<string, unknown>,
    code: Number(r.code),
    senderId: r.sender_id,
    createdAt: Number(r.created_at),
    deliveredAt: r.delivered_at === null ? undefined : Number(r.delivered_at),
  };
}

/** The notifications table: each user's stored notifications. */
export class NotificationStore {
  constructor(private readonly db: Knex) {}

  /**
   * Stores notifications, then drops each recipient's oldest beyond `keep`: a full inbox takes new
   * notifications and loses its oldest, so nobody can stop a user's notifications by filling it.
   */
  async add(rows: readonly NewNotification[], keep: number): Promise<void> {
    if (rows.length === 0) return;
    await this.db('notifications').insert(
      rows.map((n) => ({
        id: n.id,
        user_id: n.userId,
        subject: n.subject,
        content: JSON.stringify(n.content),
        code: n.code,
        sender_id: n.senderId,
        created_at: n.createdAt,
        delivered_at: null,
      })),
    );
    for (const userId of new Set(rows.map((n) => n.userId))) {
      // The seq of the user's keep-th newest; NULL (nothing deleted) while they have no more than `keep`.
      const kept = this.db('notifications')
        .where('user_id', userId)
        .orderBy('seq', 'desc')
        .offset(keep - 1)
        .limit(1)
        .select('seq');
      await this.db('notifications').where('user_id', userId).where('seq', '<', kept).delete();
    }
  }

  /** A page of a user's notifications, newest first: the `limit` just older than `before` (the newest without). */
  async page(userId: string, before: number | undefined, limit: number): Promise<NotificationRow[]> {
    let q = this.db('notifications').where('user_id', userId);
    if (before !== undefined) q = q.where('seq', '<', before);
    const rows: NotificationRecord[] = await q.orderBy('seq', 'desc').limit(limit);
    return rows.map(toRow);
  }

  /**
   * What a connection opening at `since` is owed: the user's notifications not delivered yet, and those
   * marked delivered since then (the connection was counted as live before it could hear them), newest
   * first, at most `limit`. Every undelivered one is marked delivered at `now`, those beyond `limit` too:
   * they are listed.
   */
  async claim(userId: string, since: number, now: number, limit: number): Promise<NotificationRow[]> {
    // Runs at every connect: two lookups of (user_id, delivered_at), which read only what is to be sent.
    // One query with `delivered_at IS NULL OR …` ordered by seq walks the user's whole inbox instead.
    const undelivered = this.db('notifications').where('user_id', userId).whereNull('delivered_at');
    const markedSince = this.db('notifications').where('user_id', userId).where('delivered_at', '>=', since);
    const rows: NotificationRecord[] = await this.db
      .select('*')
      .from(undelivered.unionAll(markedSince).as('pending'))
      .orderBy('seq', 'desc')
      .limit(limit);
    if (rows.length > 0)
      await this.db('notifications')
        .where('user_id', userId)
        .whereNull('delivered_at')
        .where('seq', '<=', Number(rows[0]?.seq))
        .update({ delivered_at: now });
    return rows.map(toRow);
  }

  /** Marks these notifications delivered, those not marked yet. */
  async delivered(ids: readonly string[], at: number): Promise<void> {
    if (ids.length === 0) return;
    await this.db('notifications').whereIn('id', ids).whereNull('delivered_at').update({ delivered_at: at });
  }

  /** Deletes those of `ids` that are this user's; resolves the ids deleted. */
  async delete(userId: string, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    // Read, then deleted: SQLite's driver answers a DELETE … RETURNING with a count.
    return this.db.transaction(async (trx) => {
      const found: string[] = await trx('notifications')
        .where('user_id', userId)
        .whereIn('id', ids)
        .pluck('id');
      if (found.length > 0) await trx('notifications').where('user_id', userId).whereIn('id', found).delete();
      return found;
    });
  }
}
