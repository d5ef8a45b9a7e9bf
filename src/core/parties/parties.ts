import { randomUUID } from 'node:crypto';
import type {
  CreatePartyRequest,
  JoinPartyReply,
  PartyMemberRef,
  PartyPresence,
  PartyRef,
  PartyRequests,
  PartyView,
  SendPartyDataRequest,
} from '../../../generated/types.js';
import type { Logger } from '../../logger.js';
import { ApiError, logFailure } from '../errors.js';
import type { Bus } from '../fanout/bus.js';
import { topic } from '../fanout/topics.js';
import { type AsyncRateLimiter, takeOrRefuseAsync } from '../limits/async-rate-limiter.js';
import { type PartyLimits, type PartyRefusal, PartyRefused, type PartyStore } from './party-store.js';

/** A connection as parties know it: Nakama's session presence. */
export interface PartyConnection {
  id: string;
  userId: string;
  username: string;
}

/** A join request to a closed party, for whoever else should hear of it (notifications). */
export interface JoinRequestNotice {
  partyId: string;
  leader: PartyPresence;
  requester: PartyPresence;
}

export interface PartyOptions {
  maxPartySize: number;
  maxPartiesPerUser: number;
  maxPartyRequests: number;
  /** Parties created or joined per user: each is state kept and an event to a leader or the members. */
  partyLimiter: AsyncRateLimiter;
  /** Party data per user: each is a delivery to every other member. */
  dataLimiter: AsyncRateLimiter;
  /** Told of every join request filed, after the leader's event; must not throw. */
  onJoinRequest?: (notice: JoinRequestNotice) => void;
  log: Logger;
}

const REFUSALS: Record<PartyRefusal, [ApiError['code'], string, string?]> = {
  'no-party': ['NOT_FOUND', 'no such party', 'partyId'],
  'not-member': ['NOT_MEMBER', 'this connection is not a member of the party', 'partyId'],
  'not-leader': ['FORBIDDEN', 'only the party leader may do this', 'partyId'],
  'target-not-member': ['NOT_MEMBER', 'that connection is not a member of the party', 'connectionId'],
  'no-request': ['NOT_FOUND', 'no join request from that connection', 'connectionId'],
  self: ['BAD_INPUT', 'the leader cannot remove itself: use leave-party', 'connectionId'],
  'already-member': ['CONFLICT', 'this connection is a member of the party already', 'partyId'],
  'already-requested': ['CONFLICT', 'this connection asked to join already', 'partyId'],
  full: ['LIMIT_REACHED', 'the party is full (its maxSize)', 'partyId'],
  'user-limit': ['LIMIT_REACHED', 'in, or waiting to join, MAX_PARTIES_PER_USER parties already'],
  'request-limit': ['LIMIT_REACHED', 'MAX_PARTY_REQUESTS join requests wait already', 'partyId'],
};

/** Runs a store operation, turning its refusal into the spec's error. */
async function refusing<T>(operation: Promise<T>): Promise<T> {
  try {
    return await operation;
  } catch (err) {
    if (!(err instanceof PartyRefused)) throw err;
    const [code, message, field] = REFUSALS[err.reason];
    throw new ApiError(code, message, field);
  }
}

const presenceOf = (c: PartyConnection): PartyPresence => ({
  connectionId: c.id,
  userId: c.userId,
  username: c.username,
});

/**
 * Nakama's parties: a leader and members, open or closed to newcomers, and data relayed between members.
 * A member is a connection. Members hear the party on its topic, which the service subscribes them to as
 * they join (the accepted one wherever it is, through the bus) and out of as they leave, so nothing of a
 * party reaches a connection outside it. The state is the store's (memory, or Redis in a cluster), so
 * any process may act on any party; events go through the bus, which reaches every process.
 */
export class PartyService {
  private readonly limits: PartyLimits;

  constructor(
    private readonly store: PartyStore,
    private readonly bus: Bus,
    private readonly options: PartyOptions,
  ) {
    this.limits = { maxPerUser: options.maxPartiesPerUser, maxRequests: options.maxPartyRequests };
  }

  private async takeMembership(connection: PartyConnection): Promise<void> {
    await takeOrRefuseAsync(
      this.options.partyLimiter,
      connection.userId,
      'too many parties created or joined; PARTY_RATE_LIMIT per minute',
    );
  }

  async create(connection: PartyConnection, request: CreatePartyRequest): Promise<PartyView> {
    if (request.maxSize > this.options.maxPartySize)
      throw new ApiError(
        'BAD_INPUT',
        `maxSize is over MAX_PARTY_SIZE (${this.options.maxPartySize})`,
        'maxSize',
      );
    await this.takeMembership(connection);
    const party = await refusing(
      this.store.create(
        { partyId: randomUUID(), open: request.open, maxSize: request.maxSize },
        presenceOf(connection),
        this.limits,
      ),
    );
    this.bus.subscribe(connection.id, [topic.party(party.partyId)]);
    return party;
  }

  async join(connection: PartyConnection, { partyId }: PartyRef): Promise<JoinPartyReply> {
    await this.takeMembership(connection);
    const who = presenceOf(connection);
    const outcome = await refusing(this.store.join(partyId, who, this.limits));
    if (!outcome.joined) {
      this.bus.publish([topic.connection(outcome.leader.connectionId)], 'party-join-request', {
        partyId,
        presence: who,
      });
      this.options.onJoinRequest?.({ partyId, leader: outcome.leader, requester: who });
      return { partyId, joined: false };
    }
    this.bus.subscribe(connection.id, [topic.party(partyId)]);
    this.bus.publish(
      [topic.party(partyId)],
      'party-presence',
      { partyId, joins: [who], leaves: [] },
      connection.id,
    );
    return { partyId, joined: true, party: outcome.party };
  }

  async leave(connection: PartyConnection, { partyId }: PartyRef): Promise<PartyRef> {
    this.bus.unsubscribe(connection.id, [topic.party(partyId)]);
    await this.depart(partyId, presenceOf(connection));
    return { partyId };
  }

  /** What follows a departure, by leave-party or by the connection closing. */
  private async depart(partyId: string, who: PartyPresence): Promise<void> {
    const departure = await refusing(this.store.leave(partyId, who.connectionId));
    if (!departure.wasMember) return;
    const party = topic.party(partyId);
    if (!departure.party) {
      const waiting = departure.waiting.map((w) => topic.connection(w.connectionId));
      this.bus.publish(waiting, 'party-closed', { partyId, reason: 'closed' });
      return;
    }
    this.bus.publish([party], 'party-presence', { partyId, joins: [], leaves: [who] });
    if (departure.newLeader)
      this.bus.publish([party], 'party-leader', { partyId, leader: departure.newLeader });
  }

  async close(connection: PartyConnection, { partyId }: PartyRef): Promise<PartyRef> {
    const ended = await refusing(this.store.close(partyId, connection.id));
    const party = topic.party(partyId);
    const waiting = ended.waiting.map((w) => topic.connection(w.connectionId));
    this.bus.publish([party, ...waiting], 'party-closed', { partyId, reason: 'closed' }, connection.id);
    this.bus.unsubscribeAll(party, [party]);
    return { partyId };
  }

  async promote(connection: PartyConnection, { partyId, connectionId }: PartyMemberRef): Promise<PartyView> {
    const party = await refusing(this.store.promote(partyId, connection.id, connectionId));
    if (connectionId !== connection.id)
      this.bus.publish(
        [topic.party(partyId)],
        'party-leader',
        { partyId, leader: party.leader },
        connection.id,
      );
    return party;
  }

  async remove(connection: PartyConnection, { partyId, connectionId }: PartyMemberRef): Promise<PartyView> {
    const { party, removed } = await refusing(this.store.remove(partyId, connection.id, connectionId));
    const target = topic.connection(removed.connectionId);
    // Told, then out of the party's topic, before the members hear of it: it gets nothing after.
    this.bus.publish([target], 'party-closed', { partyId, reason: 'removed' });
    this.bus.unsubscribeAll(target, [topic.party(partyId)]);
    this.bus.publish([topic.party(partyId)], 'party-presence', { partyId, joins: [], leaves: [removed] });
    return party;
  }

  async accept(connection: PartyConnection, { partyId, connectionId }: PartyMemberRef): Promise<PartyView> {
    const { party, accepted } = await refusing(this.store.accept(partyId, connection.id, connectionId));
    const target = topic.connection(accepted.connectionId);
    this.bus.publish([target], 'party-joined', party);
    this.bus.subscribeAll(target, [topic.party(partyId)]);
    this.bus.publish(
      [topic.party(partyId)],
      'party-presence',
      { partyId, joins: [accepted], leaves: [] },
      target,
    );
    return party;
  }

  async reject(
    connection: PartyConnection,
    { partyId, connectionId }: PartyMemberRef,
  ): Promise<PartyMemberRef> {
    const rejected = await refusing(this.store.reject(partyId, connection.id, connectionId));
    this.bus.publish([topic.connection(rejected.connectionId)], 'party-closed', {
      partyId,
      reason: 'rejected',
    });
    return { partyId, connectionId };
  }

  async requests(connection: PartyConnection, { partyId }: PartyRef): Promise<PartyRequests> {
    return { partyId, requests: await refusing(this.store.requests(partyId, connection.id)) };
  }

  async send(connection: PartyConnection, request: SendPartyDataRequest): Promise<PartyRef> {
    const { partyId, opCode, data, dataBase64 } = request;
    await takeOrRefuseAsync(
      this.options.dataLimiter,
      connection.userId,
      'too much party data; PARTY_DATA_RATE_LIMIT per minute',
    );
    if (data !== undefined && dataBase64 !== undefined)
      throw new ApiError('BAD_INPUT', 'send data or dataBase64, not both', 'dataBase64');
    const presence = await refusing(this.store.member(partyId, connection.id));
    this.bus.publish(
      [topic.party(partyId)],
      'party-data',
      {
        partyId,
        opCode,
        presence,
        ...(data !== undefined && { data }),
        ...(dataBase64 !== undefined && { dataBase64 }),
      },
      connection.id,
    );
    return { partyId };
  }

  /** The connection closed: it leaves its parties and withdraws its requests, as leave-party would. */
  async disconnected(connection: PartyConnection): Promise<void> {
    const who = presenceOf(connection);
    for (const partyId of await this.store.partiesOf(connection.id)) {
      try {
        await this.depart(partyId, who);
      } catch (err) {
        // Gone meanwhile (closed by its leader, say): nothing left to leave.
        if (err instanceof ApiError) continue;
        logFailure(this.options.log, err, 'leaving a party failed');
      }
    }
  }
}
