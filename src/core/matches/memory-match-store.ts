import type { Match, MatchPresence } from '../../../generated/types.js';
import type { MatchStore, Refused } from './match-store.js';

interface Held {
  maxSize: number;
  /** By connection id, in the order they joined. */
  members: Map<string, MatchPresence>;
}

const viewOf = (matchId: string, held: Held): Match => ({
  matchId,
  size: held.members.size,
  maxSize: held.maxSize,
  presences: [...held.members.values()],
});

/** Matches in this process's memory: the store of a server without a cluster. Synchronous underneath. */
export class MemoryMatchStore implements MatchStore {
  private readonly matches = new Map<string, Held>();
  // Memberships per user, for MAX_MATCHES_PER_USER.
  private readonly perUser = new Map<string, number>();
  // Matches per connection, for matchesOf.
  private readonly perConnection = new Map<string, Set<string>>();

  async create(matchId: string, maxSize: number, member: MatchPresence, maxPerUser: number) {
    if (this.count(member.userId) >= maxPerUser) return { refused: 'user-limit' } as Refused;
    const held: Held = { maxSize, members: new Map([[member.connectionId, member]]) };
    this.matches.set(matchId, held);
    this.add(member.userId, 1);
    this.index(member.connectionId, matchId, true);
    return viewOf(matchId, held);
  }

  async join(matchId: string, member: MatchPresence, maxPerUser: number) {
    const held = this.matches.get(matchId);
    if (!held) return { refused: 'not-found' } as Refused;
    if (held.members.has(member.connectionId)) return { match: viewOf(matchId, held), joined: false };
    if (held.members.size >= held.maxSize) return { refused: 'full' } as Refused;
    if (this.count(member.userId) >= maxPerUser) return { refused: 'user-limit' } as Refused;
    held.members.set(member.connectionId, member);
    this.add(member.userId, 1);
    this.index(member.connectionId, matchId, true);
    return { match: viewOf(matchId, held), joined: true };
  }

  async leave(matchId: string, member: MatchPresence) {
    const held = this.matches.get(matchId);
    if (!held) return { refused: 'not-found' } as Refused;
    if (!held.members.delete(member.connectionId)) return { refused: 'not-member' } as Refused;
    this.add(member.userId, -1);
    this.index(member.connectionId, matchId, false);
    const ended = held.members.size === 0;
    if (ended) this.matches.delete(matchId);
    return { ended };
  }

  async membersAmong(matchId: string, connectionIds: readonly string[]) {
    const held = this.matches.get(matchId);
    return held ? connectionIds.filter((id) => held.members.has(id)) : [];
  }

  async matchesOf(connectionId: string) {
    return [...(this.perConnection.get(connectionId) ?? [])];
  }

  private count(userId: string): number {
    return this.perUser.get(userId) ?? 0;
  }

  private add(userId: string, delta: number): void {
    const n = this.count(userId) + delta;
    if (n > 0) this.perUser.set(userId, n);
    else this.perUser.delete(userId);
  }

  private index(connectionId: string, matchId: string, member: boolean): void {
    const matches = this.perConnection.get(connectionId) ?? new Set<string>();
    if (member) matches.add(matchId);
    else matches.delete(matchId);
    if (matches.size > 0) this.perConnection.set(connectionId, matches);
    else this.perConnection.delete(connectionId);
  }
}
