import { ApiError } from '../errors.js';
import { type AsyncRateLimiter, takeOrRefuseAsync } from './async-rate-limiter.js';
import type { ConnectionSlots, SlotScope } from './connection-slots.js';

export type Transport = 'socketio' | 'raw' | 'sse';
export type PerUserPolicy = 'refuse' | 'replace';

export interface ConnectionLimitOptions {
  /**
   * Open connections on this process at most (0: no limit). Per process on purpose: it guards what a
   * process has, its file descriptors and memory, which another process's idle capacity does not help.
   */
  maxConnections: number;
  /** Open connections across the cluster at most (0: no limit); one process: as maxConnections. */
  maxClusterConnections: number;
  /**
   * Connections from one client address that have not authenticated yet (0: no limit), across the
   * cluster. They hold a slot while they wait: without this, one address could take them all.
   */
  maxUnauthenticatedPerAddress: number;
  /** New connections per client address (a connect/close loop costs the server a handshake each). */
  addressLimiter: AsyncRateLimiter;
  /** Authenticated handshakes per user (each one announces the user's presence to others). */
  userLimiter: AsyncRateLimiter;
  /** Authenticated connections per user at most (0: no limit); 1 is Nakama's single-socket mode. */
  maxPerUser: number;
  /** Past `maxPerUser`: refuse the newcomer, or close the user's oldest connection for it. */
  perUserPolicy: PerUserPolicy;
  /** Connections per account, by plan name (0: no limit). */
  plans: ReadonlyMap<string, number>;
  defaultPlan: string;
  /** Where connections are counted: this process's memory, or Redis for a cluster. */
  slots: ConnectionSlots;
  /** Closes connections the `replace` policy made room with, on whichever process holds them. */
  evict: (connectionIds: readonly string[]) => void;
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

const GLOBAL = 'global';
const addressScope = (address: string) => `address:${address}`;
const userScope = (userId: string) => `user:${userId}`;
const accountScope = (accountId: string) => `account:${accountId}`;

/** The connection closed while its limits were being decided: nothing is kept for it. */
function closedMeanwhile(): ApiError {
  return new ApiError('UNAVAILABLE', 'the connection closed while it was being admitted');
}

/**
 * Connection limits across the transports, keyed by the transport's connection (an Engine.IO session,
 * a raw WebSocket). When a connection opens: this process's cap, the cluster's, the address's
 * unauthenticated connections and its connect rate. When it authenticates: the user's handshake rate,
 * and the caps per user and per account plan. Past a cap the newcomer is refused (CONNECTION_LIMIT, or
 * RATE_LIMITED past a rate) and nobody else is disturbed, except under the `replace` policy, where the
 * user's oldest connection, on whichever process, makes room. Every count but this process's lives in
 * the slots (ConnectionSlots): in a cluster, they and the rates are shared by every process, and while
 * Redis does not answer a connection is refused with UNAVAILABLE rather than admitted uncounted.
 */
export class ConnectionLimiter {
  // This process's connections, from their opening until their release.
  private readonly open = new Map<string, Opened>();

  constructor(private readonly options: ConnectionLimitOptions) {}

  get defaultPlan(): string {
    return this.options.defaultPlan;
  }

  /**
   * A connection opens (before anyone is known), from a client address. Every attempt spends the
   * address's connect rate first, refused or not: otherwise an address over a cap could try for free.
   * Rejects with the refusal; a connection released meanwhile is refused and keeps nothing.
   */
  async opened(connectionId: string, transport: Transport, address: string): Promise<void> {
    const { maxConnections, maxClusterConnections, maxUnauthenticatedPerAddress, slots } = this.options;
    // This process's cap is decided before any wait, so that a burst of openings cannot all pass it.
    const full = maxConnections > 0 && this.open.size >= maxConnections;
    const entry: Opened = { transport, address, pending: true };
    if (!full) this.open.set(connectionId, entry);
    try {
      await takeOrRefuseAsync(
        this.options.addressLimiter,
        address,
        'too many new connections from this address (CONNECT_RATE_LIMIT)',
      );
      if (full) {
        throw new ApiError(
          'CONNECTION_LIMIT',
          `this server process holds at most ${maxConnections} connections (MAX_CONNECTIONS)`,
        );
      }
      if (this.open.get(connectionId) !== entry) throw closedMeanwhile();
      const scopes: SlotScope[] = [];
      if (maxClusterConnections > 0) scopes.push({ name: GLOBAL, cap: maxClusterConnections });
      if (maxUnauthenticatedPerAddress > 0)
        scopes.push({ name: addressScope(address), cap: maxUnauthenticatedPerAddress });
      if (scopes.length === 0) return;
      const grant = await slots.acquire(connectionId, scopes);
      if (!grant.granted) throw this.refusal(grant.scope, undefined);
      if (this.open.get(connectionId) !== entry) {
        // Its release ran before the slots were taken: release them now.
        await slots.release(connectionId);
        throw closedMeanwhile();
      }
    } catch (err) {
      if (this.open.get(connectionId) === entry) this.open.delete(connectionId);
      throw err;
    }
  }

  /** The cap of a plan; unknown plans get the default plan's. */
  capOf(plan: string | undefined): number {
    return (
      this.options.plans.get(plan ?? this.options.defaultPlan) ??
      this.options.plans.get(this.options.defaultPlan) ??
      0
    );
  }

  /**
   * A connection authenticates as a user of an account on a plan: the user's rate, then the caps. The
   * connections the `replace` policy makes room with are closed. Rejects with the refusal.
   */
  async authenticated(connectionId: string, holder: Holder, plan: string | undefined): Promise<void> {
    const { slots, maxPerUser, perUserPolicy } = this.options;
    const entry = this.open.get(connectionId);
    if (!entry) throw closedMeanwhile();
    await takeOrRefuseAsync(
      this.options.userLimiter,
      holder.userId,
      'too many handshakes by this user (HANDSHAKE_RATE_LIMIT)',
    );
    if (this.open.get(connectionId) !== entry) throw closedMeanwhile();
    // Both scopes are taken even without a cap: they are what an account's owner is shown.
    const grant = await slots.acquire(connectionId, [
      { name: userScope(holder.userId), cap: maxPerUser, replaceOldest: perUserPolicy === 'replace' },
      { name: accountScope(holder.accountId), cap: this.capOf(plan) },
    ]);
    if (!grant.granted) throw this.refusal(grant.scope, plan);
    // Evicted whatever becomes of this one: they no longer hold a slot.
    if (grant.evicted.length > 0) this.options.evict(grant.evicted.map((e) => e.connectionId));
    if (this.open.get(connectionId) !== entry) {
      await slots.release(connectionId);
      throw closedMeanwhile();
    }
    if (entry.pending && this.options.maxUnauthenticatedPerAddress > 0) {
      entry.pending = false;
      // Lost to an outage, the address's slot goes when the connection closes: it cost that address
      // one unauthenticated connection meanwhile, not the connection its admission.
      await slots.leave(connectionId, addressScope(entry.address)).catch(() => {});
    }
    entry.pending = false;
  }

  /** A connection closed (or was evicted): whatever it holds, or is being given, goes. Never rejects. */
  async release(connectionId: string): Promise<void> {
    this.open.delete(connectionId);
    await this.options.slots.release(connectionId);
  }

  /** An account's open connections, in all and by user, across the cluster, for its owner. */
  async accountCounts(
    accountId: string,
    userIds: readonly string[],
  ): Promise<{ total: number; byUser: Map<string, number> }> {
    const { slots } = this.options;
    const [total, ...perUser] = await Promise.all([
      slots.count(accountScope(accountId)),
      ...userIds.map((id) => slots.count(userScope(id))),
    ]);
    return { total: total ?? 0, byUser: new Map(userIds.map((id, i) => [id, perUser[i] ?? 0])) };
  }

  /** A user's open connections, every transport, across the cluster. */
  userCount(userId: string): Promise<number> {
    return this.options.slots.count(userScope(userId));
  }

  /** This process's open connections by transport (not the cluster's: health is per process). */
  counts(): Record<Transport, number> {
    const counts: Record<Transport, number> = { socketio: 0, raw: 0, sse: 0 };
    for (const { transport } of this.open.values()) counts[transport] += 1;
    return counts;
  }

  /** Stops counting: in a cluster, this process's slots are handed back. */
  close(): Promise<void> {
    return this.options.slots.close();
  }

  private refusal(scope: string, plan: string | undefined): ApiError {
    const o = this.options;
    if (scope === GLOBAL)
      return new ApiError(
        'CONNECTION_LIMIT',
        `the cluster holds at most ${o.maxClusterConnections} connections (MAX_CLUSTER_CONNECTIONS)`,
      );
    if (scope.startsWith('address:'))
      return new ApiError(
        'CONNECTION_LIMIT',
        `an address holds at most ${o.maxUnauthenticatedPerAddress} connections that have not authenticated (MAX_UNAUTHENTICATED_PER_ADDRESS)`,
      );
    if (scope.startsWith('user:'))
      return new ApiError(
        'CONNECTION_LIMIT',
        `a user holds at most ${o.maxPerUser} connections (MAX_CONNECTIONS_PER_USER)`,
      );
    return new ApiError(
      'CONNECTION_LIMIT',
      `this account's plan (${plan ?? o.defaultPlan}) allows ${this.capOf(plan)} connections at once`,
    );
  }
}
