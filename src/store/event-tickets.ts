import type { Knex } from 'knex';

/** Who a redeemed ticket's session is, as an event stream needs it. */
export interface TicketHolder {
  sessionId: string;
  sessionExpiresAt: number;
  ticketExpiresAt: number;
  userId: string;
  username: string;
  accountId: string;
  /** The account's plan; undefined: the default plan. */
  plan: string | undefined;
}

interface HolderRecord {
  session_id: string;
  session_expires_at: number | string;
  ticket_expires_at: number | string;
  user_id: string;
  username: string;
  account_id: string;
  plan: string | null;
}

/** The event_tickets table: ticket digests, their session, until when. */
export class EventTicketStore {
  constructor(private readonly db: Knex) {}

  async insert(digest: string, sessionId: string, expiresAt: number): Promise<void> {
    await this.db('event_tickets').insert({ digest, session_id: sessionId, expires_at: expiresAt });
  }

  /** The session's tickets not expired at `now`. */
  async liveCount(sessionId: string, now: number): Promise<number> {
    const row = await this.db('event_tickets')
      .where('session_id', sessionId)
      .where('expires_at', '>', now)
      .count({ n: '*' })
      .first();
    return Number(row?.n ?? 0);
  }

  /**
   * Takes a ticket: it is deleted, and its holder returned, only by the one call whose delete removed
   * it, so two streams racing with one ticket get one holder between them. Undefined for a ticket
   * unknown or used; the caller checks the expiries (an expired one is gone all the same). An unknown
   * ticket (a guess) costs one read and no write: on SQLite a write holds the one connection.
   */
  async take(digest: string): Promise<TicketHolder | undefined> {
    const record: HolderRecord | undefined = await this.db('event_tickets')
      .join('sessions', 'sessions.id', 'event_tickets.session_id')
      .join('users', 'users.id', 'sessions.user_id')
      .join('accounts', 'accounts.id', 'users.account_id')
      .where('event_tickets.digest', digest)
      .first(
        'event_tickets.session_id',
        'sessions.expires_at as session_expires_at',
        'event_tickets.expires_at as ticket_expires_at',
        'users.id as user_id',
        'users.username',
        'users.account_id',
        'accounts.plan',
      );
    if (!record) return undefined;
    // The delete decides: a racing redemption, or a logout whose cascade took the ticket meanwhile, finds
    // nothing to delete.
    const deleted = await this.db('event_tickets').where('digest', digest).delete();
    if (deleted !== 1) return undefined;
    return {
      sessionId: record.session_id,
      sessionExpiresAt: Number(record.session_expires_at),
      ticketExpiresAt: Number(record.ticket_expires_at),
      userId: record.user_id,
      username: record.username,
      accountId: record.account_id,
      plan: record.plan ?? undefined,
    };
  }

  async deleteExpired(now: number): Promise<void> {
    await this.db('event_tickets').where('expires_at', '<=', now).delete();
  }
}
