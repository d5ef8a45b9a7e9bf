import type { PartyPresence, PartyView } from '../../../generated/types.js';
import {
  type Departure,
  type JoinOutcome,
  type PartyLimits,
  PartyRefused,
  type PartyStore,
} from './party-store.js';

interface Party {
  partyId: string;
  open: boolean;
  maxSize: number;
  leader: string;
  /** By connection id, in the order they joined (a Map keeps insertion order). */
  members: Map<string, PartyPresence>;
  /** By connection id, oldest request first. */
  waiting: Map<string, PartyPresence>;
}

const view = (party: Party): PartyView => ({
  partyId: party.partyId,
  open: party.open,
  maxSize: party.maxSize,
  leader: party.members.get(party.leader) as PartyPresence,
  members: [...party.members.values()],
});

/**
 * The parties of one process. Every method's work is synchronous, so each is atomic as the interface
 * asks; they return promises only to fit the shared store.
 */
export class MemoryPartyStore implements PartyStore {
  private readonly parties = new Map<string, Party>();
  /** Per connection, the parties it is in or waiting to join. */
  private readonly byConnection = new Map<string, Set<string>>();
  /** Per user, how many (party, connection) entries, members and requests, they hold. */
  private readonly perUser = new Map<string, number>();

  private party(partyId: string): Party {
    const party = this.parties.get(partyId);
    if (!party) throw new PartyRefused('no-party');
    return party;
  }

  private led(partyId: string, leaderId: string): Party {
    const party = this.party(partyId);
    if (!party.members.has(leaderId)) throw new PartyRefused('not-member');
    if (party.leader !== leaderId) throw new PartyRefused('not-leader');
    return party;
  }

  private enter(partyId: string, who: PartyPresence, limits: PartyLimits): void {
    const count = this.perUser.get(who.userId) ?? 0;
    if (count >= limits.maxPerUser) throw new PartyRefused('user-limit');
    this.perUser.set(who.userId, count + 1);
    const mine = this.byConnection.get(who.connectionId) ?? new Set<string>();
    mine.add(partyId);
    this.byConnection.set(who.connectionId, mine);
  }

  private exit(partyId: string, who: PartyPresence): void {
    const count = (this.perUser.get(who.userId) ?? 1) - 1;
    if (count > 0) this.perUser.set(who.userId, count);
    else this.perUser.delete(who.userId);
    const mine = this.byConnection.get(who.connectionId);
    mine?.delete(partyId);
    if (mine?.size === 0) this.byConnection.delete(who.connectionId);
  }

  async create(
    { partyId, open, maxSize }: { partyId: string; open: boolean; maxSize: number },
    creator: PartyPresence,
    limits: PartyLimits,
  ): Promise<PartyView> {
    this.enter(partyId, creator, limits);
    const party: Party = {
      partyId,
      open,
      maxSize,
      leader: creator.connectionId,
      members: new Map([[creator.connectionId, creator]]),
      waiting: new Map(),
    };
    this.parties.set(partyId, party);
    return view(party);
  }

  async join(partyId: string, who: PartyPresence, limits: PartyLimits): Promise<JoinOutcome> {
    const party = this.party(partyId);
    if (party.members.has(who.connectionId)) throw new PartyRefused('already-member');
    if (party.waiting.has(who.connectionId)) throw new PartyRefused('already-requested');
    if (party.members.size >= party.maxSize) throw new PartyRefused('full');
    if (!party.open && party.waiting.size >= limits.maxRequests) throw new PartyRefused('request-limit');
    this.enter(partyId, who, limits);
    if (!party.open) {
      party.waiting.set(who.connectionId, who);
      return { joined: false, leader: party.members.get(party.leader) as PartyPresence };
    }
    party.members.set(who.connectionId, who);
    return { joined: true, party: view(party) };
  }

  async leave(partyId: string, connectionId: string): Promise<Departure> {
    const party = this.party(partyId);
    const waiting = party.waiting.get(connectionId);
    if (waiting) {
      party.waiting.delete(connectionId);
      this.exit(partyId, waiting);
      return { wasMember: false, party: view(party), newLeader: undefined, waiting: [] };
    }
    const member = party.members.get(connectionId);
    if (!member) throw new PartyRefused('not-member');
    party.members.delete(connectionId);
    this.exit(partyId, member);
    const [heir] = party.members.values();
    if (!heir) {
      const left = [...party.waiting.values()];
      this.end(party);
      return { wasMember: true, party: undefined, newLeader: undefined, waiting: left };
    }
    const newLeader = party.leader === connectionId ? heir : undefined;
    if (newLeader) party.leader = newLeader.connectionId;
    return { wasMember: true, party: view(party), newLeader, waiting: [] };
  }

  private end(party: Party): void {
    for (const who of [...party.members.values(), ...party.waiting.values()]) this.exit(party.partyId, who);
    this.parties.delete(party.partyId);
  }

  async close(
    partyId: string,
    leaderId: string,
  ): Promise<{ members: PartyPresence[]; waiting: PartyPresence[] }> {
    const party = this.led(partyId, leaderId);
    const ended = { members: [...party.members.values()], waiting: [...party.waiting.values()] };
    this.end(party);
    return ended;
  }

  async promote(partyId: string, leaderId: string, targetId: string): Promise<PartyView> {
    const party = this.led(partyId, leaderId);
    if (!party.members.has(targetId)) throw new PartyRefused('target-not-member');
    party.leader = targetId;
    return view(party);
  }

  async remove(
    partyId: string,
    leaderId: string,
    targetId: string,
  ): Promise<{ party: PartyView; removed: PartyPresence }> {
    const party = this.led(partyId, leaderId);
    if (targetId === leaderId) throw new PartyRefused('self');
    const removed = party.members.get(targetId);
    if (!removed) throw new PartyRefused('target-not-member');
    party.members.delete(targetId);
    this.exit(partyId, removed);
    return { party: view(party), removed };
  }

  async accept(
    partyId: string,
    leaderId: string,
    targetId: string,
  ): Promise<{ party: PartyView; accepted: PartyPresence }> {
    const party = this.led(partyId, leaderId);
    const accepted = party.waiting.get(targetId);
    if (!accepted) throw new PartyRefused('no-request');
    if (party.members.size >= party.maxSize) throw new PartyRefused('full');
    // Counted against the user's parties since it asked: nothing more to count.
    party.waiting.delete(targetId);
    party.members.set(targetId, accepted);
    return { party: view(party), accepted };
  }

  async reject(partyId: string, leaderId: string, targetId: string): Promise<PartyPresence> {
    const party = this.led(partyId, leaderId);
    const rejected = party.waiting.get(targetId);
    if (!rejected) throw new PartyRefused('no-request');
    party.waiting.delete(targetId);
    this.exit(partyId, rejected);
    return rejected;
  }

  async requests(partyId: string, leaderId: string): Promise<PartyPresence[]> {
    return [...this.led(partyId, leaderId).waiting.values()];
  }

  async member(partyId: string, connectionId: string): Promise<PartyPresence> {
    const member = this.party(partyId).members.get(connectionId);
    if (!member) throw new PartyRefused('not-member');
    return member;
  }

  async partiesOf(connectionId: string): Promise<string[]> {
    return [...(this.byConnection.get(connectionId) ?? [])];
  }
}
