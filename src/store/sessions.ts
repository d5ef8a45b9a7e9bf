import type { Knex } from 'knex';

export interface SessionRow {
  id: string;
  userId: string;
  tokenDigest: string;
  createdAt: number;
  expiresAt: number;
}

interface SessionRecord {
  id: string;
  user_id: string;
  token_digest: string;
  created_at: number | string;
  expires_at: number | string;
}

/** The sessions table. Tokens are never stored, only their SHA-256 digests. */
export class SessionStore {
  constructor(private readonly db: Knex) {}

  async insert(s: SessionRow): Promise<void> {
    await this.db('sessions').insert({
      id: s.id,
      user_id: s.userId,
      token_digest: s.tokenDigest,
      created_at: s.createdAt,
      expires_at: s.expiresAt,
    });
  }

  async byTokenDigest(digest: string): Promise<SessionRow | undefined> {
    const r = await this.db<SessionRecord>('sessions').where('token_digest', digest).first();
    return (
      r && {
        id: r.id,
        userId: r.user_id,
        tokenDigest: r.token_digest,
        createdAt: Number(r.created_at),
        expiresAt: Number(r.expires_at),
      }
    );
  }

  async delete(id: string): Promise<void> {
    await this.db('sessions').where('id', id).delete();
  }

  /** Deletes every session that expired before `now`; returns how many. */
  async deleteExpired(now: number): Promise<number> {
    return this.db('sessions').where('expires_at', '<=', now).delete();
  }
}
