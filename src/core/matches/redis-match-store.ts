import type { Redis } from 'ioredis';
import type { Match, MatchPresence } from '../../../generated/types.js';
import { DEFAULT_REDIS_DEADLINE_MS, RedisScript, withDeadline } from '../limits/redis-script.js';
import type { MatchRefusal, MatchStore, Refused } from './match-store.js';
import { CREATE, JOIN, LEAVE } from './redis-match-scripts.js';

const create = new RedisScript(CREATE);
const join = new RedisScript(JOIN);
const leave = new RedisScript(LEAVE);

/** A member as the hash keeps it: what the view shows besides the connection id (the field's name). */
const encode = ({ userId, username }: MatchPresence) => JSON.stringify({ userId, username });

/** The view of a match from its hash's fields and values (HGETALL, flattened). */
function viewOf(matchId: string, flat: string[]): Match {
  let maxSize = 0;
  const members: [number, MatchPresence][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const field = flat[i] as string;
    const value = flat[i + 1] as string;
    if (field === '#max') maxSize = Number(value);
    else if (field !== '#n') {
      const bar = value.indexOf('|');
      const { userId, username } = JSON.parse(value.slice(bar + 1)) as MatchPresence;
      members.push([Number(value.slice(0, bar)), { userId, connectionId: field, username }]);
    }
  }
  members.sort((a, b) => a[0] - b[0]);
  return { matchId, size: members.length, maxSize, presences: members.map(([, p]) => p) };
}

/**
 * Matches in Redis, shared by the processes of a cluster (redis-match-scripts.ts says how they are kept).
 * Every call is bounded (UNAVAILABLE when Redis does not answer in time).
 */
export class RedisMatchStore implements MatchStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly deadlineMs = DEFAULT_REDIS_DEADLINE_MS,
  ) {}

  private matchKey(matchId: string): string {
    return `${this.prefix}m:${matchId}`;
  }

  private userKey(userId: string): string {
    return `${this.prefix}u:${userId}`;
  }

  private connectionKey(connectionId: string): string {
    return `${this.prefix}c:${connectionId}`;
  }

  async create(matchId: string, maxSize: number, member: MatchPresence, maxPerUser: number) {
    const answer = await create.run(
      this.redis,
      [this.matchKey(matchId), this.userKey(member.userId), this.connectionKey(member.connectionId)],
      [maxSize, member.connectionId, encode(member), maxPerUser, matchId],
      this.deadlineMs,
    );
    if (answer !== 'ok') return { refused: answer as MatchRefusal } as Refused;
    return { matchId, size: 1, maxSize, presences: [member] };
  }

  async join(matchId: string, member: MatchPresence, maxPerUser: number) {
    const [answer, joined, ...flat] = (await join.run(
      this.redis,
      [this.matchKey(matchId), this.userKey(member.userId), this.connectionKey(member.connectionId)],
      [member.connectionId, encode(member), maxPerUser, matchId],
      this.deadlineMs,
    )) as [string, number, ...string[]];
    if (answer !== 'ok') return { refused: answer as MatchRefusal } as Refused;
    return { match: viewOf(matchId, flat), joined: joined === 1 };
  }

  async leave(matchId: string, member: MatchPresence) {
    const answer = (await leave.run(
      this.redis,
      [this.matchKey(matchId), this.userKey(member.userId), this.connectionKey(member.connectionId)],
      [member.connectionId, matchId],
      this.deadlineMs,
    )) as string;
    if (answer === 'left' || answer === 'ended') return { ended: answer === 'ended' };
    return { refused: answer as MatchRefusal } as Refused;
  }

  async membersAmong(matchId: string, connectionIds: readonly string[]) {
    // `#max` and `#n` are fields too; no connection id starts with `#`, and one that did would be a topic.
    const ids = connectionIds.filter((id) => !id.startsWith('#'));
    if (ids.length === 0) return [];
    const values = await withDeadline(this.redis.hmget(this.matchKey(matchId), ...ids), this.deadlineMs);
    return ids.filter((_, i) => values[i] !== null);
  }

  async matchesOf(connectionId: string) {
    return withDeadline(this.redis.smembers(this.connectionKey(connectionId)), this.deadlineMs);
  }
}
