import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import type { Logger } from '../../logger.js';
import { ApiError } from '../errors.js';
import { ACQUIRE, HEARTBEAT, LEAVE, RELEASE, RETIRE, SWEEP } from './connection-slot-scripts.js';
import type { ConnectionSlots, EvictedSlot, SlotGrant, SlotScope } from './connection-slots.js';
import { DEFAULT_REDIS_DEADLINE_MS, type RedisScript, withDeadline } from './redis-script.js';

export interface RedisConnectionSlotsOptions {
  redis: Redis;
  /** Put before every key, one per deployment, e.g. `sb:slots:`. */
  prefix: string;
  log: Logger;
  /**
   * This node's name (config NODE_ID; default host-pid), as EvictedSlot reports it. Slots are owned by
   * the name plus a random part drawn at each start and each rejoin, so a process restarted under the
   * same name never claims, or keeps alive, what its previous life held.
   */
  nodeId?: string;
  /** How often this node says it is alive, and sweeps for dead ones (default 5 s). */
  heartbeatMs?: number;
  /** A node silent this long is dead and its slots released (default 20 s: released within 30 s). */
  deadAfterMs?: number;
  /** Connections released per script run, so a sweep never blocks Redis for long (default 500). */
  sweepBatch?: number;
  /** How long to wait for Redis before answering UNAVAILABLE (default 1 s). */
  deadlineMs?: number;
  /** The clock in ms, for tests; by default Redis's, so nodes whose clocks disagree agree on death. */
  now?: () => number;
  /**
   * Connections to close: after the cluster forgot this node (declared dead after a pause or a
   * partition, or Redis restarted empty) the node rejoined and took its connections' slots again, and
   * these no longer fit because others took the room meanwhile.
   */
  onLost?: (connectionIds: string[]) => void;
}

/**
 * Connection slots shared by every node of a cluster: what lets a connection cap hold across nodes.
 * A slot is taken in several scopes at once, all or nothing, and is owned by the node that took it,
 * which heartbeats; when a node dies without releasing (SIGKILL), any live node's sweep releases its
 * slots once it has been silent for deadAfterMs. Each node sweeps on its heartbeat: the sweep is a
 * script, so the first to run declares the dead node and releases its slots, and the others find
 * nothing to do.
 */
export class RedisConnectionSlots implements ConnectionSlots {
  readonly nodeId: string;
  // The owner of this node's slots in Redis: `nodeId#random`, new at each start and rejoin.
  private epoch: string;
  private timer: NodeJS.Timeout | undefined;
  private readonly heartbeatMs: number;
  private readonly deadAfterMs: number;
  private readonly deadlineMs: number;
  // What this node's connections hold, to take it again if the cluster forgets this node (bounded by
  // the node's own connections).
  private readonly held = new Map<string, SlotScope[]>();
  // Connections closed while Redis could not be told: released at the next heartbeat (bounded by the
  // connections this node closed during an outage).
  private readonly unreleased = new Set<string>();
  // Connections with an acquire under way; release() takes them out, so that a connection closed
  // meanwhile is not remembered as holding what the acquire took (Redis runs the release after it).
  private readonly acquiring = new Set<string>();

  constructor(private readonly options: RedisConnectionSlotsOptions) {
    this.heartbeatMs = options.heartbeatMs ?? 5000;
    this.deadAfterMs = options.deadAfterMs ?? 20_000;
    this.deadlineMs = options.deadlineMs ?? DEFAULT_REDIS_DEADLINE_MS;
    if (this.deadAfterMs < 2 * this.heartbeatMs)
      throw new Error('deadAfterMs must span two heartbeats at least');
    this.nodeId = options.nodeId ?? `${hostname()}-${process.pid}`;
    this.epoch = this.freshEpoch();
  }

  /** Registers this node and starts heartbeating and sweeping on a timer. */
  async start(): Promise<void> {
    await this.register();
    this.timer = setInterval(() => void this.tick(), this.heartbeatMs);
    this.timer.unref();
  }

  /** Registers this node without a timer: the caller heartbeats and sweeps (tests, a custom schedule). */
  async register(): Promise<void> {
    await this.run(HEARTBEAT, [this.epoch, 1]);
  }

  /**
   * As ConnectionSlots.acquire, across the cluster: an evicted connection may be another node's.
   * Rejects with ApiError UNAVAILABLE when Redis does not answer in time; the connection then holds
   * no slot at all (it is to be refused).
   */
  async acquire(connectionId: string, scopes: SlotScope[]): Promise<SlotGrant> {
    let grant: SlotGrant | 'lost';
    this.acquiring.add(connectionId);
    try {
      grant = await this.tryAcquire(connectionId, scopes);
      // Forgotten (declared dead, or Redis restarted empty): rejoin, then ask once more.
      if (grant === 'lost') grant = await this.tryAcquire(connectionId, scopes);
    } catch (err) {
      // The connection is refused, but the acquire may have taken effect all the same (abandoned at its
      // deadline, or its reply lost with the connection): release it, now or at the next heartbeat.
      void this.release(connectionId);
      throw err;
    }
    const open = this.acquiring.delete(connectionId);
    if (grant === 'lost') {
      throw new ApiError(
        'UNAVAILABLE',
        'this server is rejoining the cluster; try again shortly',
        undefined,
        1,
      );
    }
    if (grant.granted) {
      for (const { connectionId: gone } of grant.evicted) this.held.delete(gone);
      const kept = (this.held.get(connectionId) ?? []).filter((h) => !scopes.some((s) => s.name === h.name));
      if (open) this.held.set(connectionId, [...kept, ...scopes]);
    }
    return grant;
  }

  async leave(connectionId: string, scope: string): Promise<void> {
    const scopes = this.held.get(connectionId);
    if (scopes)
      this.held.set(
        connectionId,
        scopes.filter((s) => s.name !== scope),
      );
    await this.run(LEAVE, [connectionId, scope]);
  }

  /**
   * From whichever node: the slot is found by the connection's id. Call it when a connection closes,
   * even while its acquire is under way. Never rejects: while Redis is away, the release waits for
   * this node's next heartbeat.
   */
  async release(connectionId: string): Promise<void> {
    this.acquiring.delete(connectionId);
    this.held.delete(connectionId);
    try {
      await this.run(RELEASE, [connectionId]);
    } catch {
      this.unreleased.add(connectionId);
    }
  }

  /** Slots held in a scope across the cluster. */
  async count(scope: string): Promise<number> {
    return withDeadline(this.options.redis.zcard(`${this.options.prefix}scope:${scope}`), this.deadlineMs);
  }

  /**
   * Says this node is alive; if the cluster had forgotten it, rejoins (see onLost). Then releases
   * what Redis could not be told about when the connections closed.
   */
  async heartbeat(): Promise<void> {
    const asked = this.epoch;
    if ((await this.run(HEARTBEAT, [asked, 0])) === 0) await this.rejoin(asked);
    for (const connectionId of [...this.unreleased]) {
      await this.run(RELEASE, [connectionId]);
      this.unreleased.delete(connectionId);
    }
  }

  /** Releases the slots of dead nodes; returns how many. Bounded work per script run. */
  async sweep(): Promise<number> {
    let released = 0;
    let ofNode = 0;
    for (;;) {
      const batch = this.options.sweepBatch ?? 500;
      const [node, count, left] = (await this.run(SWEEP, [this.deadAfterMs, batch])) as [
        string,
        number,
        number,
      ];
      if (node === '') return released;
      released += count;
      ofNode += count;
      if (left === 0) {
        this.options.log.info({ node, released: ofNode }, 'released the connection slots of a dead node');
        ofNode = 0;
      }
    }
  }

  /** Stops heartbeating and hands this node's slots to the sweep (this one's, or any other node's). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.held.clear();
    this.unreleased.clear();
    await this.run(RETIRE, [this.epoch]);
    await this.sweep();
  }

  private async tryAcquire(connectionId: string, scopes: SlotScope[]): Promise<SlotGrant | 'lost'> {
    const asked = this.epoch;
    const args = scopes.flatMap((s) => [s.name, s.cap, s.replaceOldest ? 1 : 0]);
    const reply = (await this.run(ACQUIRE, [asked, connectionId, ...args])) as string[];
    if (reply[0] === 'lost') {
      await this.rejoin(asked);
      return 'lost';
    }
    if (reply[0] === 'refused') return { granted: false, scope: reply[1] as string };
    const evicted: EvictedSlot[] = [];
    for (let i = 1; i < reply.length; i += 2) {
      const owner = reply[i + 1] as string;
      evicted.push({ connectionId: reply[i] as string, nodeId: owner.slice(0, owner.lastIndexOf('#')) });
    }
    return { granted: true, evicted };
  }

  private async tick(): Promise<void> {
    try {
      await this.heartbeat();
      await this.sweep();
    } catch (err) {
      // Redis away: nothing to do but try at the next beat. Past deadAfterMs this node will be
      // declared dead by whoever sweeps first, and its next heartbeat rejoins.
      this.options.log.warn({ err, node: this.epoch }, 'connection slots: heartbeat failed');
    }
  }

  /**
   * The cluster forgot this node (declared dead after a pause or a partition, or Redis restarted
   * empty): it joins again under a new epoch, its connections take their slots again, oldest first
   * and without evicting anyone, and those that no longer fit are handed to onLost to be closed.
   * Once per loss, however many calls notice it: the first to see `former` gone moves the node on.
   */
  private async rejoin(former: string): Promise<void> {
    if (this.epoch !== former) return;
    this.epoch = this.freshEpoch();
    await this.register();
    const refused: string[] = [];
    for (const [connectionId, scopes] of [...this.held]) {
      const plain = scopes.map((s) => ({ name: s.name, cap: s.cap }));
      const grant = await this.tryAcquire(connectionId, plain);
      if (grant === 'lost') return;
      // Closed while this ran: its release may have come before the slot was taken again.
      if (grant.granted && !this.held.has(connectionId)) await this.run(RELEASE, [connectionId]);
      if (!grant.granted) {
        this.held.delete(connectionId);
        refused.push(connectionId);
      }
    }
    this.options.log.warn(
      { former, node: this.epoch, retaken: this.held.size, refused: refused.length },
      'connection slots: the cluster had forgotten this node; it rejoined',
    );
    if (refused.length > 0) this.options.onLost?.(refused);
  }

  private freshEpoch(): string {
    return `${this.nodeId}#${randomBytes(4).toString('hex')}`;
  }

  private run(script: RedisScript, args: (string | number)[]): Promise<unknown> {
    const clock = this.options.now?.() ?? -1;
    return script.run(this.options.redis, [], [this.options.prefix, clock, ...args], this.deadlineMs);
  }
}
