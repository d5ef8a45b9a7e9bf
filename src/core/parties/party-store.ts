import type { PartyPresence, PartyView } from '../../../generated/types.js';

/** Why a store refused an operation; the service turns each into the spec's error (parties.ts). */
export type PartyRefusal =
  | 'no-party'
  | 'not-member'
  | 'not-leader'
  | 'target-not-member'
  | 'no-request'
  | 'self'
  | 'already-member'
  | 'already-requested'
  | 'full'
  | 'user-limit'
  | 'request-limit';

export class PartyRefused extends Error {
  constructor(readonly reason: PartyRefusal) {
    super(`party operation refused: ${reason}`);
    this.name = 'PartyRefused';
  }
}

/** The bounds a store checks inside its atomic step, where the counts it compares are. */
export interface PartyLimits {
  /** Parties one user is in or waiting to join, across their connections. */
  maxPerUser: number;
  /** Join requests waiting in one party. */
  maxRequests: number;
}

export type JoinOutcome = { joined: true; party: PartyView } | { joined: false; leader: PartyPresence };

/** A connection that left a party, or withdrew its request, and what became of the party. */
export interface Departure {
  /** False: it was waiting to join, not a member; nobody else is told. */
  wasMember: boolean;
  /** The party after; undefined when it ended with this departure. */
  party: PartyView | undefined;
  /** The member who leads now, when the leader left and the party goes on. */
  newLeader: PartyPresence | undefined;
  /** When the party ended: the connections that were still waiting to join. */
  waiting: PartyPresence[];
}

/**
 * The parties, their members and their join requests: in this process's memory (the default), or in
 * Redis for every process of a cluster. Each method is one atomic step that checks and changes together
 * (a full party cannot take two last members), and rejects with PartyRefused. Membership belongs to a
 * connection; a user's count spans their connections. Members are kept in the order they joined, which
 * is the order leadership passes on in.
 */
export interface PartyStore {
  create(
    party: { partyId: string; open: boolean; maxSize: number },
    creator: PartyPresence,
    limits: PartyLimits,
  ): Promise<PartyView>;
  /** Joins an open party, or files a request with a closed one. */
  join(partyId: string, who: PartyPresence, limits: PartyLimits): Promise<JoinOutcome>;
  /** Leaves, or withdraws a request; the last member's departure ends the party. */
  leave(partyId: string, connectionId: string): Promise<Departure>;
  /** The leader ends the party: every member and every waiting connection, the leader's included. */
  close(partyId: string, leaderId: string): Promise<{ members: PartyPresence[]; waiting: PartyPresence[] }>;
  promote(partyId: string, leaderId: string, targetId: string): Promise<PartyView>;
  remove(
    partyId: string,
    leaderId: string,
    targetId: string,
  ): Promise<{ party: PartyView; removed: PartyPresence }>;
  accept(
    partyId: string,
    leaderId: string,
    targetId: string,
  ): Promise<{ party: PartyView; accepted: PartyPresence }>;
  reject(partyId: string, leaderId: string, targetId: string): Promise<PartyPresence>;
  /** The waiting connections, oldest request first (the leader only). */
  requests(partyId: string, leaderId: string): Promise<PartyPresence[]>;
  /** A member's presence, for party data. */
  member(partyId: string, connectionId: string): Promise<PartyPresence>;
  /** The parties a connection is in or waiting to join, for when it closes. */
  partiesOf(connectionId: string): Promise<string[]>;
}
