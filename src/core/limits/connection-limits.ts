import { ApiError } from '../errors.js';
import { type RateLimiter, takeOrRefuse } from './rate-limiter.js';

export type Transport = 'socketio' | 'raw';
export type PerUserPolicy = 'refuse' | 'replace';

export interface ConnectionLimitOptions {
  /** Open connections on this node at most (0: no limit). */
  maxConnections: number;
  /**
   * Connections from one client address that have not authenticated yet (0: no limit). They hold a
   * slot of `maxConnections` while they wait: without this, one address could take them all.
   */
  maxUnauthenticatedPerAddress: number;
  /** New connections per client address (a connect/close loop costs the server a handshake each). */
  addressLimiter: RateLimiter;
  /** Authenticated handshakes per user (each one announces the user's presence to others). */
  userLimiter: RateLimiter;
  /** Authenticated connections per user at most (0: no limit); 1 is Nakama's single-socket mode. */
  maxPerUser: number;
  /** Past `maxPerUser`: refuse the newcomer, or close the user's oldest connection for it. */
  perUserPolicy: PerUserPolicy;
  /** Connections per account, by plan name (0: no limit). */
  plans: ReadonlyMap<string, number>;
  defaultPlan: string;
}

interface Holder {
  userId: string;
  accountId: string;
}

interface Opened {
  transport: Transport;
  address: string;
  /** Counted among its address's unauthenticated connections until it authenticates. */
  pending: boolean;
}

/** What admitting a connection means for others: the connections to close to make room. */
export interface Admission {
  evict: string[];
}

/**
 * Connection limits across both transports, keyed by the transport's connection (an Engine.IO session,
 * a raw WebSocket). When a connection opens: the global cap, the address's unauthenticated connections
 * and its connect rate. When it authenticates: the user's handshake rate, and the caps per user and per
 * account plan. Past a cap the newcomer is refused (CONNECTION_LIMIT, or RATE_LIMITED past a rate) and
 * nobody else is disturbed, except under the `replace` policy, where the user's oldest connection makes
 * room. Counts live in memory: they are this node's.
 */
export class ConnectionLimiter {
  private readonly open = new Map<string, Opened>();
  private readonly pendingByAddress = new Map<string, number>();
  private readonly holders = new Map<string, Holder>();
  // Each user's and account's authenticated connections, oldest first.
  private readonly byUser = new Map<string, string[]>();
  private readonly byAccount = new Map<string, Set<string>>();

  constructor(private readonly options: ConnectionLimitOptions) {}

  get defaultPlan(): string {
    return this.options.defaultPlan;
  }

  /**
   * A connection opens (before anyone is known), from a client address. Every attempt spends the
   * address's connect rate first, refused or not: otherwise an address over a cap could try for free.
   */
  opened(connectionId: string, transport: Transport, address: string): void {
    const { maxConnections, maxUnauthenticatedPerAddress } = this.options;
    takeOrRefuse(
      this.options.addressLimiter,
      address,
      'too many new connections from this address (CONNECT_RATE_LIMIT)',
    );
    if (maxConnections > 0 && this.open.size >= maxConnections) {
      throw new ApiError(
        'CONNECTION_LIMIT',
        `the server holds at most ${maxConnections} connections (MAX_CONNECTIONS)`,
      );
    }
    const pending = this.pendingByAddress.get(address) ?? 0;
    if (maxUnauthenticatedPerAddress > 0 && pending >= maxUnauthenticatedPerAddress) {
      throw new ApiError(
        'CONNECTION_LIMIT',
        `an address holds at most ${maxUnauthenticatedPerAddress} connections that have not authenticated (MAX_UNAUTHENTICATED_PER_ADDRESS)`,
      );
    }
    this.open.set(connectionId, { transport, address, pending: true });
    this.pendingByAddress.set(address, pending + 1);
  }

  /** The cap of a plan; unknown plans get the default plan's. */
  capOf(plan: string | undefined): number {
    return (
      this.options.plans.get(plan ?? this.options.defaultPlan) ??
      this.options.plans.get(this.options.defaultPlan) ??
      0
    );
  }

  /** A connection authenticates as a user of an account on a plan: the user's rate, then the caps. */
  authenticated(connectionId: string, holder: Holder, plan: string | undefined): Admission {
    takeOrRefuse(
      this.options.userLimiter,
      holder.userId,
      'too many handshakes by this user (HANDSHAKE_RATE_LIMIT)',
    );
    const mine = this.byUser.get(holder.userId) ?? [];
    const evict: string[] = [];
    if (this.options.maxPerUser > 0 && mine.length >= this.options.maxPerUser) {
      if (this.options.perUserPolicy === 'refuse') {
        throw new ApiError(
          'CONNECTION_LIMIT',
          `a user holds at most ${this.options.maxPerUser} connections (MAX_CONNECTIONS_PER_USER)`,
        );
      }
      evict.push(...mine.slice(0, mine.length - this.options.maxPerUser + 1));
    }
    const cap = this.capOf(plan);
    const account = this.byAccount.get(holder.accountId) ?? new Set<string>();
    const afterEviction = [...account].filter((id) => !evict.includes(id)).length;
    if (cap > 0 && afterEviction >= cap) {
      throw new ApiError(
        'CONNECTION_LIMIT',
        `this account's plan (${plan ?? this.options.defaultPlan}) allows ${cap} connections at once`,
      );
    }
    for (const id of evict) this.release(id);
    this.settle(connectionId);
    this.holders.set(connectionId, holder);
    this.byUser.set(holder.userId, [...(this.byUser.get(holder.userId) ?? []), connectionId]);
    account.add(connectionId);
    this.byAccount.set(holder.accountId, account);
    return { evict };
  }

  /** The connection no longer waits to authenticate: its address's count goes down. */
  private settle(connectionId: string): void {
    const opened = this.open.get(connectionId);
    if (!opened?.pending) return;
    opened.pending = false;
    const left = (this.pendingByAddress.get(opened.address) ?? 1) - 1;
    if (left > 0) this.pendingByAddress.set(opened.address, left);
    else this.pendingByAddress.delete(opened.address);
  }

  /** A connection closed (or was evicted). */
  release(connectionId: string): void {
    this.settle(connectionId);
    this.open.delete(connectionId);
    const holder = this.holders.get(connectionId);
    if (!holder) return;
    this.holders.delete(connectionId);
    const mine = (this.byUser.get(holder.userId) ?? []).filter((id) => id !== connectionId);
    if (mine.length > 0) this.byUser.set(holder.userId, mine);
    else this.byUser.delete(holder.userId);
    const account = this.byAccount.get(holder.accountId);
    account?.delete(connectionId);
    if (account?.size === 0) this.byAccount.delete(holder.accountId);
  }

  /** An account's connections by user, for its owner. */
  accountCounts(accountId: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const id of this.byAccount.get(accountId) ?? []) {
      const userId = this.holders.get(id)?.userId;
      if (userId) counts.set(userId, (counts.get(userId) ?? 0) + 1);
    }
    return counts;
  }

  /** Open connections by transport. */
  counts(): Record<Transport, number> {
    const counts: Record<Transport, number> = { socketio: 0, raw: 0 };
    for (const { transport } of this.open.values()) counts[transport] += 1;
    return counts;
  }
}
