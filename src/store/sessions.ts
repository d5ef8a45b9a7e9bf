import type { Knex } from 'knex';
import type { Database } from './database.js';
import type { PreparedRead } from './prepared-read.js';

export interface SessionRow {
  id: string;
  userId: string;
  tokenDigest: string;
  /** The digest of the session's current socket secret; undefined for sessions older than socket secrets per session. */
  socketSecretDigest: string | undefined;
  /** How many times the socket secret was rotated: the secret is derived from the token and this. */
  socketGeneration: number;
  createdAt: number;
  expiresAt: number;
}

interface SessionRecord {
  id: string;
  user_id: string;
  token_digest: string;
  socket_secret_digest: string | null;
  socket_generation: number | string;
  created_at: number | string;
  expires_at: number | string;
}

/** A session found by its socket secret, with what a handshake needs of its user. */
export interface SocketSecretHolder {
  session: SessionRow;
  username: string;
  accountId: string;
  /** The account's plan; undefined: the default plan. */
  plan: string | undefined;
}

function toRow(r: SessionRecord): SessionRow {
  return {
    id: r.id,
    userId: r.user_id,
    tokenDigest: r.token_digest,
    socketSecretDigest: r.socket_secret_digest ?? undefined,
    socketGeneration: Number(r.socket_generation),
    createdAt: Number(r.created_at),
    expiresAt: Number(r.expires_at),
  };
}

const COLUMNS = [
  'sessions.id',
  'sessions.user_id',
  'sessions.token_digest',
  'sessions.socket_secret_digest',
  'sessions.socket_generation',
  'sessions.created_at',
  'sessions.expires_at',
];

/** The sessions table. Neither tokens nor socket secrets are stored, only their SHA-256 digests. */
export class SessionStore {
  private readonly db: Knex;
  /** Every handshake's one query: the session of a socket secret, with its user and account's plan. */
  private readonly holderByDigest: PreparedRead<
    SessionRecord & { username: string; account_id: string; plan: string | null }
  >;

  constructor(database: Pick<Database, 'db' | 'preparedRead'>) {
    this.db = database.db;
    this.holderByDigest = database.preparedRead((digest) =>
      this.db('sessions')
        .join('users', 'users.id', 'sessions.user_id')
        .join('accounts', 'accounts.id', 'users.account_id')
        .where('sessions.socket_secret_digest', digest)
        .first(...COLUMNS, 'users.username', 'users.account_id', 'accounts.plan'),
    );
  }

  async insert(s: SessionRow): Promise<void> {
    await this.db('sessions').insert({
      id: s.id,
      user_id: s.userId,
      token_digest: s.tokenDigest,
      socket_secret_digest: s.socketSecretDigest ?? null,
      socket_generation: s.socketGeneration,
      created_at: s.createdAt,
      expires_at: s.expiresAt,
    });
  }

  async byId(id: string): Promise<SessionRow | undefined> {
    const r: SessionRecord | undefined = await this.db('sessions').where('id', id).first(COLUMNS);
    return r && toRow(r);
  }

  async byTokenDigest(digest: string): Promise<SessionRow | undefined> {
    const r: SessionRecord | undefined = await this.db('sessions')
      .where('token_digest', digest)
      .first(COLUMNS);
    return r && toRow(r);
  }

  /**
   * The session a socket secret belongs to, with its user and their account's plan: one query, as a
   * handshake needs all of them and SQLite has one connection that every handshake waits for.
   */
  async bySocketSecretDigest(digest: string): Promise<SocketSecretHolder | undefined> {
    const r = await this.holderByDigest.first(digest);
    return (
      r && { session: toRow(r), username: r.username, accountId: r.account_id, plan: r.plan ?? undefined }
    );
  }

  /**
   * Moves a session's socket secret to a newer generation; false when the session is gone or already
   * there or beyond (a concurrent rotation): generations never go back, so a rotated-away secret cannot
   * come back either.
   */
  async rotateSocketSecret(id: string, digest: string, generation: number): Promise<boolean> {
    const updated = await this.db('sessions')
      .where('id', id)
      .where('socket_generation', '<', generation)
      .update({ socket_secret_digest: digest, socket_generation: generation });
    return updated > 0;
  }

  /** Gives a session from before socket secrets per session its first one (if it has none yet). */
  async fillSocketSecret(id: string, digest: string): Promise<void> {
    await this.db('sessions')
      .where('id', id)
      .whereNull('socket_secret_digest')
      .update({ socket_secret_digest: digest });
  }

  async delete(id: string): Promise<void> {
    await this.db('sessions').where('id', id).delete();
  }

  /** Deletes every session of a user; resolves their ids. */
  async deleteByUser(userId: string): Promise<string[]> {
    return this.db.transaction(async (trx) => {
      const rows: { id: string }[] = await trx('sessions').where('user_id', userId).select('id');
      await trx('sessions').where('user_id', userId).delete();
      return rows.map((r) => r.id);
    });
  }

  /** Deletes every session that expired before `now`; returns how many. */
  async deleteExpired(now: number): Promise<number> {
    return this.db('sessions').where('expires_at', '<=', now).delete();
  }
}
