import type { Knex } from 'knex';

export interface UserRow {
  id: string;
  username: string;
  passwordHash: string;
  socketSecret: string;
  createdAt: number;
}

interface UserRecord {
  id: string;
  username: string;
  password_hash: string;
  socket_secret: string;
  created_at: number | string;
}

function toRow(r: UserRecord): UserRow {
  // PostgreSQL returns bigint as a string; SQLite as a number.
  return {
    id: r.id,
    username: r.username,
    passwordHash: r.password_hash,
    socketSecret: r.socket_secret,
    createdAt: Number(r.created_at),
  };
}

const COLUMNS = ['id', 'username', 'password_hash', 'socket_secret', 'created_at'];

/** The users table. */
export class UserStore {
  constructor(private readonly db: Knex) {}

  /** Inserts a user; resolves false when the username (without regard to case) is taken. */
  async insert(user: UserRow & { socketSecretDigest: string }): Promise<boolean> {
    const inserted = await this.db('users')
      .insert({
        id: user.id,
        username: user.username,
        username_key: user.username.toLowerCase(),
        password_hash: user.passwordHash,
        socket_secret: user.socketSecret,
        socket_secret_digest: user.socketSecretDigest,
        created_at: user.createdAt,
      })
      .onConflict('username_key')
      .ignore()
      .returning('id');
    return inserted.length === 1;
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

  async bySocketSecretDigest(
    digest: string,
  ): Promise<(UserRow & { socketSecretDigest: string }) | undefined> {
    const r: (UserRecord & { socket_secret_digest: string }) | undefined = await this.db('users')
      .where('socket_secret_digest', digest)
      .first([...COLUMNS, 'socket_secret_digest']);
    return r && { ...toRow(r), socketSecretDigest: r.socket_secret_digest };
  }

  async setPasswordHash(id: string, hash: string): Promise<void> {
    await this.db('users').where('id', id).update({ password_hash: hash });
  }

  async setSocketSecret(id: string, secret: string, digest: string): Promise<void> {
    await this.db('users').where('id', id).update({ socket_secret: secret, socket_secret_digest: digest });
  }
}
