import { randomUUID } from 'node:crypto';
import type {
  CreateMatchRequest,
  Match,
  MatchData,
  MatchPresence,
  MatchRef,
  SendMatchDataRequest,
} from '../../../generated/types.js';
import { ApiError } from '../errors.js';
import type { Bus } from '../fanout/bus.js';
import { topic } from '../fanout/topics.js';
import { type AsyncRateLimiter, takeOrRefuseAsync } from '../limits/async-rate-limiter.js';
import { isRefused, type MatchStore, type Refused } from './match-store.js';

/** A connection as matches know it. */
export interface MatchConnection {
  id: string;
  userId: string;
  username: string;
}

export interface MatchOptions {
  maxMatchSize: number;
  maxMatchesPerUser: number;
  maxMatchDataBytes: number;
  dataRateLimit: number;
  dataLimiter: AsyncRateLimiter;
}

/** One of this process's open connections: the matches it is in, and its match requests, one at a time. */
interface Held {
  matches: Map<string, MatchPresence>;
  queue: Promise<unknown>;
}

const MATCH_TOPIC = 'match:';

/** The decoded length of padded base64 (the schema checked its alphabet and shape). */
const decodedBytes = (base64: string) =>
  (base64.length / 4) * 3 - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);

/**
 * Relayed matches, as Nakama has them: the server keeps who is in which match and relays what members
 * send, without reading it. A member is a connection; it leaves its matches when it closes.
 *
 * The store (memory, or Redis in a cluster) holds the matches; this process holds which matches its own
 * connections are in, since only a connection itself joins or leaves (there are no kicks). So sending
 * needs no store round trip to know the sender is a member, and a closing connection knows what to leave.
 * A connection's create, join and leave run one after another: a leave that overtook its join would
 * leave the connection subscribed to a match it is not in.
 */
export class MatchService {
  private readonly open = new Map<string, Held>();

  constructor(
    private readonly store: MatchStore,
    private readonly bus: Bus,
    private readonly options: MatchOptions,
  ) {}

  connected(connection: MatchConnection): void {
    if (!this.open.has(connection.id))
      this.open.set(connection.id, { matches: new Map(), queue: Promise.resolve() });
  }

  /**
   * A dropped connection is not resumed into its matches: it left them as it dropped (the others were
   * told), and Socket.IO would replay to it what the match sent since. It gets a new connection and joins
   * again.
   */
  mayResume(topics: Iterable<string>): boolean {
    for (const t of topics) if (t.startsWith(MATCH_TOPIC)) return false;
    return true;
  }

  create(connection: MatchConnection, request: CreateMatchRequest): Promise<Match> {
    const maxSize = request.maxSize ?? this.options.maxMatchSize;
    if (maxSize > this.options.maxMatchSize)
      throw new ApiError(
        'BAD_INPUT',
        `maxSize is at most ${this.options.maxMatchSize} on this server (MAX_MATCH_SIZE)`,
        'maxSize',
      );
    return this.serial(connection, async (held) => {
      const member = presenceOf(connection);
      const matchId = randomUUID();
      const created = await this.store.create(matchId, maxSize, member, this.options.maxMatchesPerUser);
      if (isRefused(created)) throw this.refusal(created);
      this.entered(held, matchId, member);
      return created;
    });
  }

  join(connection: MatchConnection, { matchId }: MatchRef): Promise<Match> {
    return this.serial(connection, async (held) => {
      const member = presenceOf(connection);
      const result = await this.store.join(matchId, member, this.options.maxMatchesPerUser);
      if (isRefused(result)) throw this.refusal(result);
      if (result.joined) {
        this.entered(held, matchId, member);
        this.bus.publish(
          [topic.match(matchId)],
          'match-presence',
          { matchId, joins: [member], leaves: [] },
          connection.id,
        );
      }
      return result.match;
    });
  }

  leave(connection: MatchConnection, { matchId }: MatchRef): Promise<MatchRef> {
    return this.serial(connection, async (held) => {
      const left = await this.store.leave(matchId, presenceOf(connection));
      if (isRefused(left)) throw this.refusal(left);
      this.left(connection.id, held, matchId, left.ended);
      return { matchId };
    });
  }

  async send(connection: MatchConnection, request: SendMatchDataRequest): Promise<MatchRef> {
    const { matchId, opCode, data, dataBase64 } = request;
    if (data !== undefined && dataBase64 !== undefined)
      throw new ApiError('BAD_INPUT', 'send either data or dataBase64, not both', 'dataBase64');
    if (data === undefined && dataBase64 === undefined)
      throw new ApiError('BAD_INPUT', 'data or dataBase64 is required', 'data');
    const member = this.open.get(connection.id)?.matches.get(matchId);
    if (!member) throw new ApiError('NOT_MEMBER', 'this connection is not in the match', 'matchId');
    const bytes =
      data !== undefined ? Buffer.byteLength(JSON.stringify(data)) : decodedBytes(dataBase64 as string);
    if (bytes > this.options.maxMatchDataBytes)
      throw new ApiError(
        'PAYLOAD_TOO_LARGE',
        `match data is ${bytes} bytes; the limit is ${this.options.maxMatchDataBytes} (MAX_MATCH_DATA_BYTES)`,
        data !== undefined ? 'data' : 'dataBase64',
      );
    await takeOrRefuseAsync(
      this.options.dataLimiter,
      connection.userId,
      `more than ${this.options.dataRateLimit} match data sends a minute (MATCH_DATA_RATE_LIMIT)`,
    );
    const event: MatchData =
      data !== undefined
        ? { matchId, presence: member, opCode, data }
        : { matchId, presence: member, opCode, dataBase64 };
    if (!request.presences) {
      this.bus.publish([topic.match(matchId)], 'match-data', event, request.echo ? undefined : connection.id);
      return { matchId };
    }
    // Chosen members only: each connection is a topic of its own. Ids that are not members are dropped
    // here, so naming a connection outside the match sends it nothing.
    const others = request.presences.filter((id) => id !== connection.id);
    const targets = others.length > 0 ? await this.store.membersAmong(matchId, others) : [];
    if (request.echo) targets.push(connection.id);
    this.bus.publish(targets.map(topic.connection), 'match-data', event);
    return { matchId };
  }

  /**
   * The connection closed: it leaves every match it is in, once the requests it has under way are done
   * (one of them may be a join); requests that had not started by then do nothing.
   */
  async disconnected(connection: MatchConnection): Promise<void> {
    const held = this.open.get(connection.id);
    if (!held) return;
    this.open.delete(connection.id);
    await held.queue;
    const member = presenceOf(connection);
    const failures: unknown[] = [];
    for (const matchId of [...held.matches.keys()]) {
      try {
        const left = await this.store.leave(matchId, member);
        this.left(connection.id, held, matchId, !isRefused(left) && left.ended);
      } catch (err) {
        failures.push(err);
      }
    }
    if (failures.length > 0) throw failures[0];
  }

  /**
   * A connection of a process that died (killed, not stopped), swept from presence by this one: it leaves
   * every match the store says it is in, the others are told, and its user's memberships are given back.
   * No process holds it any more, so there is nothing to unsubscribe and no request of its to wait for.
   * A connection this process holds is left to `disconnected`.
   */
  async lost(connection: MatchConnection): Promise<void> {
    if (this.open.has(connection.id)) return;
    const member = presenceOf(connection);
    const failures: unknown[] = [];
    for (const matchId of await this.store.matchesOf(connection.id)) {
      try {
        const left = await this.store.leave(matchId, member);
        // Refused: the match ended meanwhile, or another process let the connection go first.
        if (!isRefused(left) && !left.ended)
          this.bus.publish([topic.match(matchId)], 'match-presence', {
            matchId,
            joins: [],
            leaves: [member],
          });
      } catch (err) {
        failures.push(err);
      }
    }
    if (failures.length > 0) throw failures[0];
  }

  private entered(held: Held, matchId: string, member: MatchPresence): void {
    held.matches.set(matchId, member);
    this.bus.subscribe(member.connectionId, [topic.match(matchId)]);
  }

  private left(connectionId: string, held: Held, matchId: string, ended: boolean): void {
    const member = held.matches.get(matchId);
    held.matches.delete(matchId);
    this.bus.unsubscribe(connectionId, [topic.match(matchId)]);
    if (member && !ended)
      this.bus.publish(
        [topic.match(matchId)],
        'match-presence',
        { matchId, joins: [], leaves: [member] },
        connectionId,
      );
  }

  /** Runs a connection's membership change after those before it; not at all once the connection closed. */
  private serial<T>(connection: MatchConnection, change: (held: Held) => Promise<T>): Promise<T> {
    const held = this.open.get(connection.id);
    if (!held) return Promise.reject(closed());
    const run = held.queue.then(() =>
      this.open.get(connection.id) === held ? change(held) : Promise.reject(closed()),
    );
    held.queue = run.catch(() => {});
    return run;
  }

  private refusal({ refused }: Refused): ApiError {
    switch (refused) {
      case 'not-found':
        return new ApiError('NOT_FOUND', 'no such match (it may have ended)', 'matchId');
      case 'not-member':
        return new ApiError('NOT_MEMBER', 'this connection is not in the match', 'matchId');
      case 'full':
        return new ApiError('LIMIT_REACHED', 'the match is full (its maxSize)', 'matchId');
      case 'user-limit':
        return new ApiError(
          'LIMIT_REACHED',
          `this user's connections are in ${this.options.maxMatchesPerUser} matches (MAX_MATCHES_PER_USER)`,
        );
    }
  }
}

const presenceOf = ({ id, userId, username }: MatchConnection): MatchPresence => ({
  userId,
  connectionId: id,
  username,
});

// Nobody reads this answer: the connection it would go to has closed.
const closed = () => new ApiError('UNAVAILABLE', 'this connection has closed');
