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
  socketSecret: string;
  accountId: string;
}

interface UserRecord {
  id: string;
  username: string;
  password_hash: string;
  socket_secret: string;
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
    socketSecret: r.socket_secret,
    accountId: r.account_id,
  };
}

const PUBLIC_COLUMNS = ['id', 'username', 'created_at', 'last_seen_at'];
const COLUMNS = [...PUBLIC_COLUMNS, 'password_hash', 'socket_secret', 'account_id'];

/** A socket secret's holder, as a handshake needs it. */
export interface SocketSecretHolder {
  id: string;
  username: string;
  accountId: string;
  socketSecretDigest: string;
  /** The account's plan; undefined: the default plan. */
  plan: string | undefined;
}

/** The users table. */
export class UserStore {
  constructor(private readonly db: Knex) {}

  /**
   * Inserts a user; resolves false when the username (without regard to case) is taken. With
   * `newAccount`, the user's account is created with them, in the same transaction, owned by them.
   */
  async insert(
    user: Omit<UserRow, 'lastSeenAt'> & { socketSecretDigest: string },
    newAccount: boolean,
  ): Promise<boolean> {
    return this.db.transaction(async (trx) => {
      if (newAccount)
        await trx('accounts').insert({ id: user.accountId, owner_id: user.id, created_at: user.createdAt });
      const inserted = await trx('users')
        .insert({
          id: user.id,
          username: user.username,
          username_key: user.username.toLowerCase(),
          password_hash: user.passwordHash,
          socket_secret: user.socketSecret,
          socket_secret_digest: user.socketSecretDigest,
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
    if (usernames.length === 0) return [];
    const keys = usernames.map((u) => u.toLowerCase());
    const rows: UserRecord[] = await this.db('users').whereIn('username_key', keys).select(PUBLIC_COLUMNS);
    return rows.map(toPublicRow);
  }

  /**
   * Who holds a socket secret, with their account's plan: one query, as a handshake needs both and
   * SQLite has one connection that every handshake waits for.
   */
  async bySocketSecretDigest(digest: string): Promise<SocketSecretHolder | undefined> {
    const r:
      | {
          id: string;
          username: string;
          account_id: string;
          socket_secret_digest: string;
          plan: string | null;
        }
      | undefined = await this.db('users')
      .join('accounts', 'accounts.id', 'users.account_id')
      .where('users.socket_secret_digest', digest)
      .first('users.id', 'users.username', 'users.account_id', 'users.socket_secret_digest', 'accounts.plan');
    return (
      r && {
        id: r.id,
        username: r.username,
        accountId: r.account_id,
        socketSecretDigest: r.socket_secret_digest,
        plan: r.plan ?? undefined,
      }
    );
  }

  async setPasswordHash(id: string, hash: string): Promise<void> {
    await this.db('users').where('id', id).update({ password_hash: hash });
  }

  async setSocketSecret(id: string, secret: string, digest: string): Promise<void> {
    await this.db('users').where('id', id).update({ socket_secret: secret, socket_secret_digest: digest });
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
