import type { EventTicket } from '../../../generated/types.js';
import type { EventTicketStore } from '../../store/event-tickets.js';
import { ApiError } from '../errors.js';
import type { AuthenticatedSession, SocketIdentity } from '../users.js';
import { digestSecret, newSecret } from './secrets.js';
import type { SessionGrant } from './session-connections.js';

/** What opens an event stream: who, with which session (it ends with it), on which plan. */
export interface StreamGrant {
  identity: SocketIdentity;
  grant: SessionGrant;
  plan: string | undefined;
}

// Long enough to make the request that opens the stream, short enough that a ticket seen in a log is spent.
export const TICKET_TTL_MS = 60_000;
// Unused tickets a session may hold: each is a row until it expires, and a page needs one per stream it opens.
export const MAX_LIVE_TICKETS = 16;
const PREFIX = 'tkt_';
const refused = () =>
  new ApiError(
    'UNAUTHENTICATED',
    'the ticket is unknown, used, expired or of a session that ended',
    'ticket',
  );

/**
 * One-use tickets for event streams: a browser's EventSource cannot send the session token in a header,
 * and the token must not travel in a URL (proxy and server logs keep URLs). A ticket opens one stream,
 * once, within a minute, for as long as its session lasts. Only its digest is stored, in the database,
 * so any process of a cluster redeems it and one redemption wins a race.
 */
export class EventTickets {
  constructor(
    private readonly store: EventTicketStore,
    private readonly now: () => number = Date.now,
  ) {}

  async issue(session: AuthenticatedSession): Promise<EventTicket> {
    const now = this.now();
    await this.store.deleteExpired(now);
    if ((await this.store.liveCount(session.sessionId, now)) >= MAX_LIVE_TICKETS)
      throw new ApiError(
        'RATE_LIMITED',
        `a session holds at most ${MAX_LIVE_TICKETS} unused tickets; use one, or wait for one to expire`,
        undefined,
        Math.ceil(TICKET_TTL_MS / 1000),
      );
    const ticket = `${PREFIX}${newSecret()}`;
    const expiresAt = Math.min(now + TICKET_TTL_MS, session.expiresAt);
    await this.store.insert(digestSecret(ticket), session.sessionId, expiresAt);
    return { ticket, expiresAt: new Date(expiresAt).toISOString() };
  }

  /** Spends a ticket; UNAUTHENTICATED (naming `ticket`) for one unknown, used, expired or whose session ended. */
  async redeem(ticket: string): Promise<StreamGrant> {
    const holder = await this.store.take(digestSecret(ticket));
    const now = this.now();
    if (!holder || holder.ticketExpiresAt <= now || holder.sessionExpiresAt <= now) throw refused();
    return {
      identity: { userId: holder.userId, username: holder.username, accountId: holder.accountId },
      grant: { sessionId: holder.sessionId, expiresAt: holder.sessionExpiresAt, generation: undefined },
      plan: holder.plan,
    };
  }
}
