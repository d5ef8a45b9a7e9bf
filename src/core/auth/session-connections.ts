import type { CloseReason } from '../../../generated/types.js';
import { ApiError } from '../errors.js';
import type { Deliverer } from '../fanout/bus.js';

/** What a realtime connection was opened with. */
export interface SessionGrant {
  sessionId: string;
  expiresAt: number;
  /**
   * The socket secret's generation it was opened with (Socket.IO); undefined when it was opened with
   * the session token itself (/ws), which rotating the secret does not touch.
   */
  generation: number | undefined;
}

/** A session's open connections, with the generation each was opened with (most sessions have one or two). */
interface Bound {
  ids: string[];
  generations: (number | undefined)[];
  expiresAt: number;
}

/** A session that ended, or a secret generation that did, for handshakes that were under way meanwhile. */
interface Tombstone {
  /** Connections opened with a generation below this are refused; Infinity: the session ended. */
  below: number;
  reason: CloseReason;
  at: number;
}

// A handshake looks its secret up, then binds: one that looked up just before its session ended must
// not slip in after. A tombstone lasts far longer than any lookup.
const TOMBSTONE_MS = 60_000;
// setTimeout's longest delay; a later expiry is re-armed on the way.
const MAX_TIMER_MS = 2 ** 31 - 1;

const MESSAGES: Record<CloseReason, string> = {
  'logged-out': 'the session that opened this connection was logged out',
  'sessions-revoked': 'every session of this user was signed out',
  'session-expired': 'the session that opened this connection expired',
  'secret-rotated': 'the socket secret that opened this connection was replaced',
  'account-changed': 'your account changed: reconnect',
  replaced: 'replaced by a newer connection of the same user',
  'shutting-down': 'the server is shutting down: reconnect',
};

export const closingMessage = (reason: CloseReason) => MESSAGES[reason];

/**
 * Binds every realtime connection to the session that opened it, so that realtime access ends with
 * the session: at logout, at "sign out everywhere", when it expires, and, for connections opened with
 * its socket secret, when that secret is rotated. One timer serves every expiry: it is set for the
 * earliest, and a connection costs no timer of its own.
 */
export class SessionConnections {
  private readonly bySession = new Map<string, Bound>();
  private readonly sessionOf = new Map<string, string>();
  private readonly tombstones = new Map<string, Tombstone>();
  private expiry: { timer: NodeJS.Timeout; at: number } | undefined;

  constructor(
    private readonly closer: Pick<Deliverer, 'close'>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records that a connection was opened with a session; UNAUTHENTICATED if the session ended meanwhile. */
  bind(connectionId: string, grant: SessionGrant): void {
    const tombstone = this.tombstones.get(grant.sessionId);
    if (tombstone && tombstone.at > this.now() - TOMBSTONE_MS) {
      const stale =
        grant.generation === undefined ? tombstone.below === Infinity : grant.generation < tombstone.below;
      if (stale) throw new ApiError('UNAUTHENTICATED', closingMessage(tombstone.reason));
    }
    if (grant.expiresAt <= this.now())
      throw new ApiError('UNAUTHENTICATED', closingMessage('session-expired'));
    const bound = this.bySession.get(grant.sessionId);
    if (bound) {
      bound.ids.push(connectionId);
      bound.generations.push(grant.generation);
    } else {
      // Most sessions hold one connection: arrays made with it are that size (an empty one grows to 17).
      this.bySession.set(grant.sessionId, {
        ids: [connectionId],
        generations: [grant.generation],
        expiresAt: grant.expiresAt,
      });
      if (!this.expiry || grant.expiresAt < this.expiry.at) this.armExpiry(grant.expiresAt);
    }
    this.sessionOf.set(connectionId, grant.sessionId);
  }

  /** A connection closed. */
  unbind(connectionId: string): void {
    const sessionId = this.sessionOf.get(connectionId);
    if (sessionId === undefined) return;
    this.sessionOf.delete(connectionId);
    const bound = this.bySession.get(sessionId);
    const at = bound?.ids.indexOf(connectionId) ?? -1;
    if (!bound || at < 0) return;
    bound.ids.splice(at, 1);
    bound.generations.splice(at, 1);
    if (bound.ids.length === 0) this.bySession.delete(sessionId);
  }

  /** A session ended: its connections are closed, and handshakes still under way are refused. */
  ended(sessionId: string, reason: CloseReason): void {
    this.close(sessionId, reason, Number.POSITIVE_INFINITY);
  }

  /** A session's socket secret was rotated to `generation`: connections opened with an older one close. */
  rotated(sessionId: string, generation: number): void {
    this.close(sessionId, 'secret-rotated', generation);
  }

  private close(sessionId: string, reason: CloseReason, below: number): void {
    this.entomb(sessionId, { below, reason, at: this.now() });
    const bound = this.bySession.get(sessionId);
    if (!bound) return;
    const stale = bound.ids.filter((_, i) => {
      const generation = bound.generations[i];
      return below === Infinity || (generation !== undefined && generation < below);
    });
    for (const connectionId of stale) {
      this.unbind(connectionId);
      this.closer.close({ connection: connectionId }, reason);
    }
  }

  private entomb(sessionId: string, tombstone: Tombstone): void {
    // Old tombstones go as new ones come, so the map holds about a minute's worth of ended sessions.
    for (const [id, t] of this.tombstones) {
      if (t.at > tombstone.at - TOMBSTONE_MS) break;
      this.tombstones.delete(id);
    }
    // A tombstone only ever grows: a rotation that finishes after a logout must not revive the session.
    const earlier = this.tombstones.get(sessionId);
    this.tombstones.delete(sessionId);
    this.tombstones.set(
      sessionId,
      earlier && earlier.below >= tombstone.below ? { ...earlier, at: tombstone.at } : tombstone,
    );
  }

  /** Sets the one expiry timer for `at` (a later one is set again on the way: setTimeout has a limit). */
  private armExpiry(at: number): void {
    clearTimeout(this.expiry?.timer);
    const timer = setTimeout(() => this.expire(), Math.min(Math.max(0, at - this.now()), MAX_TIMER_MS));
    timer.unref();
    this.expiry = { timer, at };
  }

  /** Ends the sessions that expired, then waits for the next: a scan per expiry, no timer per session. */
  private expire(): void {
    this.expiry = undefined;
    const now = this.now();
    let next = Number.POSITIVE_INFINITY;
    for (const [sessionId, bound] of [...this.bySession]) {
      if (bound.expiresAt <= now) this.ended(sessionId, 'session-expired');
      else next = Math.min(next, bound.expiresAt);
    }
    if (next !== Number.POSITIVE_INFINITY) this.armExpiry(next);
  }

  /** Counts for monitoring (and for tests that check nothing is left behind). */
  stats(): { sessions: number; connections: number } {
    return { sessions: this.bySession.size, connections: this.sessionOf.size };
  }
}
