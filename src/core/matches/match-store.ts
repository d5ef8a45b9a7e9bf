import type { Match, MatchPresence } from '../../../generated/types.js';

/** Why the store refused: each becomes one of the spec's error codes in matches.ts. */
export type MatchRefusal = 'not-found' | 'full' | 'user-limit' | 'not-member';

export type Refused = { refused: MatchRefusal };

/**
 * The matches and their members: in this process's memory (the embedded default) or in Redis, shared by
 * the processes of a cluster. Each method is one atomic step, so two connections racing for a match's
 * last place, or a leave racing a join, leave the store as one of the orders would.
 *
 * A user's memberships (one per connection per match) are counted across the cluster for
 * MAX_MATCHES_PER_USER.
 */
export interface MatchStore {
  /** A new match, with `member` in it; refused when the member's user is in `maxPerUser` matches. */
  create(
    matchId: string,
    maxSize: number,
    member: MatchPresence,
    maxPerUser: number,
  ): Promise<Match | Refused>;
  /**
   * Adds `member`; `joined` false when it was in already (then nothing changed). Refused: `not-found`,
   * `full` (maxSize members), `user-limit`.
   */
  join(
    matchId: string,
    member: MatchPresence,
    maxPerUser: number,
  ): Promise<{ match: Match; joined: boolean } | Refused>;
  /**
   * Removes a member; the match ends (is deleted) with its last one. Refused: `not-found`, `not-member`.
   */
  leave(matchId: string, member: MatchPresence): Promise<{ ended: boolean } | Refused>;
  /** Those of `connectionIds` that are members (in no particular order); none for a match that ended. */
  membersAmong(matchId: string, connectionIds: readonly string[]): Promise<string[]>;
  /**
   * The matches a connection is in (in no particular order): for a live process to make the connections
   * of a dead one leave them, since no process holds them any more.
   */
  matchesOf(connectionId: string): Promise<string[]>;
}

export const isRefused = (r: object): r is Refused => 'refused' in r;
