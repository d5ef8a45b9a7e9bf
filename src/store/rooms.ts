import type { Knex } from 'knex';

export type RoomKind = 'public' | 'private' | 'direct';

export interface RoomRow {
  id: string;
  kind: RoomKind;
  ownerId: string | undefined;
  hidden: boolean;
  persistent: boolean;
  createdAt: number;
}

interface RoomRecord {
  id: string;
  kind: RoomKind;
  owner_id: string | null;
  hidden: boolean | number;
  persistent: boolean | number;
  created_at: number | string;
  last_seq?: number | string;
  member_count?: number | string;
}

// SQLite returns booleans as 0/1 and bigints as numbers; PostgreSQL returns bigints as strings.
function toRow(r: RoomRecord): RoomRow {
  return {
    id: r.id,
    kind: r.kind,
    ownerId: r.owner_id ?? undefined,
    hidden: Boolean(r.hidden),
    persistent: Boolean(r.persistent),
    createdAt: Number(r.created_at),
  };
}

/** A room with its changing counts, as of the query. */
export interface RoomState extends RoomRow {
  lastSeq: number;
  memberCount: number;
}

export interface MemberRow {
  userId: string;
  username: string;
}

/** The rooms and room_members tables. */
export class RoomStore {
  constructor(private readonly db: Knex) {}

  /** Creates a room with its first members, in one transaction; false when the name is taken. */
  async create(room: RoomRow, members: readonly string[]): Promise<boolean> {
    return this.db.transaction(async (trx) => {
      const inserted = await trx('rooms')
        .insert({
          id: room.id,
          kind: room.kind,
          owner_id: room.ownerId ?? null,
          hidden: room.hidden,
          persistent: room.persistent,
          last_seq: 0,
          created_at: room.createdAt,
        })
        .onConflict('id')
        .ignore()
        .returning('id');
      if (inserted.length === 0) return false;
      if (members.length > 0)
        await trx('room_members').insert(
          members.map((userId) => ({ room_id: room.id, user_id: userId, joined_at: room.createdAt })),
        );
      return true;
    });
  }

  /** Which of these users are members. */
  async membersAmong(roomId: string, userIds: readonly string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: { user_id: string }[] = await this.db('room_members')
      .where('room_id', roomId)
      .whereIn('user_id', userIds)
      .select('user_id');
    return new Set(rows.map((r) => r.user_id));
  }

  async get(id: string): Promise<RoomRow | undefined> {
    const r: RoomRecord | undefined = await this.db('rooms').where('id', id).first();
    return r && toRow(r);
  }

  private withCounts() {
    return this.db('rooms')
      .select('rooms.*')
      .select(
        this.db.raw('(select count(*) from room_members m where m.room_id = rooms.id) as member_count'),
      );
  }

  /** A room with its last sequence number and member count. */
  async state(id: string): Promise<RoomState | undefined> {
    const r: RoomRecord | undefined = await this.withCounts().where('rooms.id', id).first();
    return r && { ...toRow(r), lastSeq: Number(r.last_seq), memberCount: Number(r.member_count) };
  }

  /** A page of the rooms a user is a member of, by name: the first `limit` after `after`. */
  async roomsOf(userId: string, page: { after: string | undefined; limit: number }): Promise<RoomState[]> {
    let q = this.withCounts()
      .join('room_members as mine', 'mine.room_id', 'rooms.id')
      .where('mine.user_id', userId);
    if (page.after !== undefined) q = q.where('rooms.id', '>', page.after);
    const rows: RoomRecord[] = await q.orderBy('rooms.id').limit(page.limit);
    return rows.map((r) => ({
      ...toRow(r),
      lastSeq: Number(r.last_seq),
      memberCount: Number(r.member_count),
    }));
  }

  /** Adds members; resolves the ids that were not members before. */
  async addMembers(roomId: string, userIds: readonly string[], at: number): Promise<string[]> {
    if (userIds.length === 0) return [];
    const added: { user_id: string }[] = await this.db('room_members')
      .insert(userIds.map((userId) => ({ room_id: roomId, user_id: userId, joined_at: at })))
      .onConflict(['room_id', 'user_id'])
      .ignore()
      .returning('user_id');
    return added.map((a) => a.user_id);
  }

  /** Removes a member; false when the user was not one. */
  async removeMember(roomId: string, userId: string): Promise<boolean> {
    return (await this.db('room_members').where({ room_id: roomId, user_id: userId }).delete()) > 0;
  }

  async isMember(roomId: string, userId: string): Promise<boolean> {
    return (
      (await this.db('room_members').where({ room_id: roomId, user_id: userId }).first('user_id')) !==
      undefined
    );
  }

  async memberCount(roomId: string): Promise<number> {
    const row = await this.db('room_members')
      .where('room_id', roomId)
      .count<{ n: number | string }[]>({ n: '*' })
      .first();
    return Number(row?.n ?? 0);
  }

  /** The first `limit` members, by username. */
  async members(roomId: string, limit: number): Promise<MemberRow[]> {
    const rows: { user_id: string; username: string }[] = await this.db('room_members')
      .join('users', 'users.id', 'room_members.user_id')
      .where('room_members.room_id', roomId)
      .orderBy('users.username_key')
      .limit(limit)
      .select('room_members.user_id', 'users.username');
    return rows.map((r) => ({ userId: r.user_id, username: r.username }));
  }
}
