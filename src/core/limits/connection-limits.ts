import { ApiError } from '../errors.js';

export type Transport = 'socketio' | 'raw';
export type PerUserPolicy = 'refuse' | 'replace';

export interface ConnectionLimitOptions {
  /** Open connections on this node at most (0: no limit). */
  maxConnections: number;
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

/** What admitting a connection means for others: the connections to close to make room. */
export interface Admission {
  evict: string[];
}

/**
 * Connection limits across both transports: a global cap (checked when a connection opens), and caps
 * per user and per account plan (checked when it authenticates). Past a cap the newcomer is refused with
 * CONNECTION_LIMIT, and nobody else is disturbed, except under the `replace` policy, where the user's
 * oldest connection makes room. Counts live in memory: they are this node's.
 */
export class ConnectionLimiter {
  private readonly open = new Map<string, Transport>();
  private readonly holders = new Map<string, Holder>();
  // Each user's and account's authenticated connections, oldest first.
  private readonly byUser = new Map<string, string[]>();
  private readonly byAccount = new Map<string, Set<string>>();

  constructor(private readonly options: ConnectionLimitOptions) {}

  get defaultPlan(): string {
    return this.options.defaultPlan;
  }

  /** A connection opens (before anyone is known): the global cap. */
  opened(connectionId: string, transport: Transport): void {
    if (this.options.maxConnections > 0 && this.open.size >= this.options.maxConnections) {
      throw new ApiError(
        'CONNECTION_LIMIT',
        `the server holds at most ${this.options.maxConnections} connections (MAX_CONNECTIONS)`,
      );
    }
    this.open.set(connectionId, transport);
  }

  /** The cap of a plan; unknown plans get the default plan's. */
  capOf(plan: string | undefined): number {
    return (
      this.options.plans.get(plan ?? this.options.defaultPlan) ??
      this.options.plans.get(this.options.defaultPlan) ??
      0
    );
  }

  /** A connection authenticates as a user of an account on a plan: the per-user and per-plan caps. */
  authenticated(connectionId: string, holder: Holder, plan: string | undefined): Admission {
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
    this.holders.set(connectionId, holder);
    this.byUser.set(holder.userId, [...(this.byUser.get(holder.userId) ?? []), connectionId]);
    account.add(connectionId);
    this.byAccount.set(holder.accountId, account);
    return { evict };
  }

  /** A connection closed (or was evicted). */
  release(connectionId: string): void {
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
    for (const transport of this.open.values()) counts[transport] += 1;
    return counts;
  }
}
