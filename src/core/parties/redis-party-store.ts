import type { Redis } from 'ioredis';
import type { PartyPresence, PartyView } from '../../../generated/types.js';
import { DEFAULT_REDIS_DEADLINE_MS, RedisScript, withDeadline } from '../limits/redis-script.js';
import {
  type Departure,
  type JoinOutcome,
  type PartyLimits,
  type PartyRefusal,
  PartyRefused,
  type PartyStore,
} from './party-store.js';
import * as scripts from './redis-party-scripts.js';

type Reply = unknown[];
type ViewReply = [string, string, string, string[]];

const CREATE = new RedisScript(scripts.CREATE);
const JOIN = new RedisScript(scripts.JOIN);
const LEAVE = new RedisScript(scripts.LEAVE);
const CLOSE = new RedisScript(scripts.CLOSE);
const PROMOTE = new RedisScript(scripts.PROMOTE);
const REMOVE = new RedisScript(scripts.REMOVE);
const ACCEPT = new RedisScript(scripts.ACCEPT);
const REJECT = new RedisScript(scripts.REJECT);
const REQUESTS = new RedisScript(scripts.REQUESTS);
const MEMBER = new RedisScript(scripts.MEMBER);

const presence = (json: string): PartyPresence => JSON.parse(json) as PartyPresence;
const presences = (list: unknown): PartyPresence[] => (list as string[]).map(presence);

function view(partyId: string, [open, max, leader, members]: ViewReply): PartyView {
  return {
    partyId,
    open: open === '1',
    maxSize: Number(max),
    leader: presence(leader),
    members: presences(members),
  };
}

/**
 * Parties in Redis, shared by every process of a cluster: any process acts on any party, each operation
 * one script (redis-party-scripts.ts). Events are not the store's: the service sends them through the
 * bus, which reaches every process. A call Redis does not answer in time is UNAVAILABLE.
 *
 * Not handled: a process that dies without closing its connections leaves them in their parties (and
 * counted against their users) until the party ends by the others; the presence store's sweep of dead
 * nodes is where that would hang.
 */
export class RedisPartyStore implements PartyStore {
  constructor(
    private readonly redis: Redis,
    /** Every key starts with it: `${REDIS_PREFIX}party:`. */
    private readonly prefix: string,
    private readonly deadlineMs = DEFAULT_REDIS_DEADLINE_MS,
  ) {}

  /** Runs a script; a refusal becomes PartyRefused, a success its reply past the 'ok'. */
  private async run(script: RedisScript, partyId: string, ...args: (string | number)[]): Promise<Reply> {
    const reply = (await script.run(
      this.redis,
      [],
      [this.prefix, partyId, ...args],
      this.deadlineMs,
    )) as Reply;
    if (reply[0] !== 'ok') throw new PartyRefused(reply[0] as PartyRefusal);
    return reply.slice(1);
  }

  async create(
    { partyId, open, maxSize }: { partyId: string; open: boolean; maxSize: number },
    creator: PartyPresence,
    limits: PartyLimits,
  ): Promise<PartyView> {
    const [party] = await this.run(
      CREATE,
      partyId,
      open ? '1' : '0',
      maxSize,
      creator.connectionId,
      JSON.stringify(creator),
      creator.userId,
      limits.maxPerUser,
    );
    return view(partyId, party as ViewReply);
  }

  async join(partyId: string, who: PartyPresence, limits: PartyLimits): Promise<JoinOutcome> {
    const [joined, rest] = await this.run(
      JOIN,
      partyId,
      who.connectionId,
      JSON.stringify(who),
      who.userId,
      limits.maxPerUser,
      limits.maxRequests,
    );
    return joined === '1'
      ? { joined: true, party: view(partyId, rest as ViewReply) }
      : { joined: false, leader: presence(rest as string) };
  }

  async leave(partyId: string, connectionId: string): Promise<Departure> {
    const [wasMember, newLeader, waiting, party] = await this.run(LEAVE, partyId, connectionId);
    const ended = (party as unknown[]).length === 0;
    return {
      wasMember: wasMember === '1',
      party: ended ? undefined : view(partyId, party as ViewReply),
      newLeader: newLeader ? presence(newLeader as string) : undefined,
      waiting: presences(waiting),
    };
  }

  async close(
    partyId: string,
    leaderId: string,
  ): Promise<{ members: PartyPresence[]; waiting: PartyPresence[] }> {
    const [members, waiting] = await this.run(CLOSE, partyId, leaderId);
    return { members: presences(members), waiting: presences(waiting) };
  }

  async promote(partyId: string, leaderId: string, targetId: string): Promise<PartyView> {
    const [party] = await this.run(PROMOTE, partyId, leaderId, targetId);
    return view(partyId, party as ViewReply);
  }

  async remove(
    partyId: string,
    leaderId: string,
    targetId: string,
  ): Promise<{ party: PartyView; removed: PartyPresence }> {
    const [party, removed] = await this.run(REMOVE, partyId, leaderId, targetId);
    return { party: view(partyId, party as ViewReply), removed: presence(removed as string) };
  }

  async accept(
    partyId: string,
    leaderId: string,
    targetId: string,
  ): Promise<{ party: PartyView; accepted: PartyPresence }> {
    const [party, accepted] = await this.run(ACCEPT, partyId, leaderId, targetId);
    return { party: view(partyId, party as ViewReply), accepted: presence(accepted as string) };
  }

  async reject(partyId: string, leaderId: string, targetId: string): Promise<PartyPresence> {
    const [rejected] = await this.run(REJECT, partyId, leaderId, targetId);
    return presence(rejected as string);
  }

  async requests(partyId: string, leaderId: string): Promise<PartyPresence[]> {
    const [waiting] = await this.run(REQUESTS, partyId, leaderId);
    return presences(waiting);
  }

  async member(partyId: string, connectionId: string): Promise<PartyPresence> {
    const [member] = await this.run(MEMBER, partyId, connectionId);
    return presence(member as string);
  }

  async partiesOf(connectionId: string): Promise<string[]> {
    return withDeadline(this.redis.smembers(`${this.prefix}c:${connectionId}`), this.deadlineMs);
  }
}
