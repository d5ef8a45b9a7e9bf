import type { Knex } from 'knex';

/** What anyone signed in may know about a user. */
export interface PublicUserRow {
  id: string;
  username: string;
  createdAt: number;
  /** When the user's last connection closed; undefined if never. */
  lastSeenAt: number | undefined;
}

export interface UserRow extends PublicUserRow {
  passwordHash: string;
  accountId: string;
}

interface UserRecord {
  id: string;
  username: string;
  password_hash: string;
  created_at: number | string;
  last_seen_at: number | string | null;
  account_id: string;
}

// PostgreSQL returns bigint as a string; SQLite as a number.
function toPublicRow(r: Pick<UserRecord, 'id' | 'username' | 'created_at' | 'last_seen_at'>): PublicUserRow {
  return {
    id: r.id,
    username: r.username,
    createdAt: Number(r.created_at),
    lastSeenAt: r.last_seen_at === null ? undefined : Number(r.last_seen_at),
  };
}

function toRow(r: UserRecord): UserRow {
  return {
    ...toPublicRow(r),
    passwordHash: r.password_hash,
    accountId: r.account_id,
  };
}

const PUBLIC_COLUMNS = ['id', 'username', 'created_at', 'last_seen_at'];
const COLUMNS = [...PUBLIC_COLUMNS, 'password_hash', 'account_id'];

/** The users table. */
export class UserStore {
  constructor(private readonly db: Knex) {}

  /**
   * Inserts a user; resolves false when the username (without regard to case) is taken. With
   * `newAccount`, the user's account is created with them, in the same transaction, owned by them.
   */
  async insert(user: Omit<UserRow, 'lastSeenAt'>, newAccount: boolean): Promise<boolean> {
    return this.db.transaction(async (trx) => {
      if (newAccount)
        await trx('accounts').insert({ id: user.accountId, owner_id: user.id, created_at: user.createdAt });
      const inserted = await trx('users')
        .insert({
          id: user.id,
          username: user.username,
          username_key: user.username.toLowerCase(),
          password_hash: user.passwordHash,
          created_at: user.createdAt,
          account_id: user.accountId,
        })
        .onConflict('username_key')
        .ignore()
        .returning('id');
      if (inserted.length === 1) return true;
      // Taken: the account made for this user must not stay behind.
      if (newAccount) await trx('accounts').where('id', user.accountId).delete();
      return false;
    });
  }

  async byUsername(username: string): Promise<UserRow | undefined> {
    const r: UserRecord | undefined = await this.db('users')
      .where('username_key', username.toLowerCase())
      .first(COLUMNS);
    return r && toRow(r);
  }

  async byId(id: string): Promise<UserRow | undefined> {
    const r: UserRecord | undefined = await this.db('users').where('id', id).first(COLUMNS);
    return r && toRow(r);
  }

  /** Public rows of the users with these ids (unknown ids are left out). */
  async publicByIds(ids: readonly string[]): Promise<PublicUserRow[]> {
    if (ids.length === 0) return [];
    const rows: UserRecord[] = await this.db('users').whereIn('id', ids).select(PUBLIC_COLUMNS);
    return rows.map(toPublicRow);
  }

  /** Public rows of the users with these usernames, compared without regard to case. */
  async publicByUsernames(usernames: readonly string[]): Promise<PublicUserRow[]> {
    // PostgreSQL refuses NUL in a query parameter; no username holds one, so such a name finds nobody.
    const keys = usernames.filter((u) => !u.includes('\u0000')).map((u) => u.toLowerCase());
    if (keys.length === 0) return [];
    const rows: UserRecord[] = await this.db('users').whereIn('username_key', keys).select(PUBLIC_COLUMNS);
    return rows.map(toPublicRow);
  }

  async setPasswordHash(id: string, hash: string): Promise<void> {
    await this.db('users').where('id', id).update({ password_hash: hash });
  }

  /** Records that these users were last seen at `at`, 500 per statement. */
  async setLastSeen(ids: readonly string[], at: number): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      await this.db('users')
        .whereIn('id', ids.slice(i, i + 500))
        .update({ last_seen_at: at });
    }
  }
}
