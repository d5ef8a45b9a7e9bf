/** A scope a connection takes a slot in: `global`, `user:<id>`, `account:<id>`, … */
export interface SlotScope {
  name: string;
  /** Slots in the scope (0: no limit; the slot is still counted). */
  cap: number;
  /** When full, release the scope's oldest holders to make room instead of refusing. */
  replaceOldest?: boolean;
}

/** A connection released to make room; the node that holds it is to close it. */
export interface EvictedSlot {
  connectionId: string;
  /** The node that held it, as that node's `nodeId`. */
  nodeId: string;
}

export type SlotGrant = { granted: true; evicted: EvictedSlot[] } | { granted: false; scope: string };

/**
 * The counting under the connection limits: connections hold slots in scopes with caps. In memory for
 * one process (MemoryConnectionSlots), in Redis for a cluster (RedisConnectionSlots), with the same
 * decisions; the limits above them never know which.
 */
export interface ConnectionSlots {
  /** This node's id, as EvictedSlot names it, to tell its own connections from other nodes'. */
  readonly nodeId: string;
  /**
   * Takes a slot for the connection in every scope, or in none: refused, the reply names the first
   * scope that was full. A full scope marked replaceOldest makes room by releasing its oldest holders
   * instead, which then count as gone for the scopes after it. Scopes it already holds are kept and
   * not counted again, so a connection can take `global` when it opens and `user:…`, `account:…`
   * when it authenticates.
   */
  acquire(connectionId: string, scopes: SlotScope[]): Promise<SlotGrant>;
  /** Gives up one scope's slot (an address's unauthenticated slot once the connection authenticates). */
  leave(connectionId: string, scope: string): Promise<void>;
  /** Releases every slot the connection holds; nothing happens if it holds none (already evicted). */
  release(connectionId: string): Promise<void>;
  /** Slots held in a scope. */
  count(scope: string): Promise<number>;
  /** Stops counting for this node: what it holds is handed back. */
  close(): Promise<void>;
}

/** Connection slots of one process, in memory: bounded by its connections (an empty scope is dropped). */
export class MemoryConnectionSlots implements ConnectionSlots {
  readonly nodeId = 'local';
  // A Set keeps insertion order: each scope's holders, oldest first.
  private readonly scopes = new Map<string, Set<string>>();
  // A connection's scopes: a handful, so an array (a Set would cost a hash table per connection).
  private readonly held = new Map<string, string[]>();

  async acquire(connectionId: string, scopes: SlotScope[]): Promise<SlotGrant> {
    const evict: string[] = [];
    for (const { name, cap, replaceOldest } of scopes) {
      const holders = this.scopes.get(name);
      if (cap <= 0 || !holders || holders.has(connectionId)) continue;
      let count = holders.size - evict.filter((id) => holders.has(id)).length;
      if (count < cap) continue;
      if (!replaceOldest) return { granted: false, scope: name };
      for (const oldest of holders) {
        if (count < cap) break;
        if (!evict.includes(oldest)) {
          evict.push(oldest);
          count -= 1;
        }
      }
    }
    for (const id of evict) this.releaseNow(id);
    const names = scopes.map(({ name }) => name);
    for (const name of names) {
      const holders = this.scopes.get(name) ?? new Set<string>();
      holders.add(connectionId);
      this.scopes.set(name, holders);
    }
    const had = this.held.get(connectionId);
    this.held.set(connectionId, had ? [...new Set([...had, ...names])] : names);
    return { granted: true, evicted: evict.map((id) => ({ connectionId: id, nodeId: this.nodeId })) };
  }

  async leave(connectionId: string, scope: string): Promise<void> {
    const mine = this.held.get(connectionId);
    const at = mine?.indexOf(scope) ?? -1;
    if (mine && at >= 0) mine.splice(at, 1);
    this.removeFrom(scope, connectionId);
  }

  async release(connectionId: string): Promise<void> {
    this.releaseNow(connectionId);
  }

  async count(scope: string): Promise<number> {
    return this.scopes.get(scope)?.size ?? 0;
  }

  async close(): Promise<void> {
    this.scopes.clear();
    this.held.clear();
  }

  private releaseNow(connectionId: string): void {
    for (const scope of this.held.get(connectionId) ?? []) this.removeFrom(scope, connectionId);
    this.held.delete(connectionId);
  }

  private removeFrom(scope: string, connectionId: string): void {
    const holders = this.scopes.get(scope);
    holders?.delete(connectionId);
    if (holders?.size === 0) this.scopes.delete(scope);
  }
}
