import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../../logger.js';
import type {
  LostConnection,
  PresenceChange,
  PresenceStore,
  PresentUser,
  StoredActivity,
  UserPresenceChange,
} from './presence-store.js';
import { ADD_CONNECTION, HEARTBEAT, REMOVE, SET_ACTIVITY, SWEEP_NODE } from './redis-presence-scripts.js';

/**
 * A SIGKILLed node's users must look offline everywhere within 30 s: its heartbeat lapses at most
 * TTL after its last renewal, and some node sweeps within one sweep interval of that (15 + 5 = 20 s,
 * leaving room for a slow sweep). Renewing every 5 s lets two renewals fail before a live node lapses.
 */
export const PRESENCE_HEARTBEAT_MS = 5_000;
export const PRESENCE_TTL_MS = 15_000;
export const PRESENCE_SWEEP_MS = 5_000;
// Connections removed per script call: a sweep of a node with many connections never blocks Redis long.
const SWEEP_BATCH = 200;
// Users read per round trip when listing the visible ones.
const VISIBLE_BATCH = 200;

export interface RedisPresenceOptions {
  /** Every key starts with it, so deployments (and test runs) sharing a Redis stay apart. */
  prefix: string;
  log: Logger;
  /** This process's id among the nodes; a new one per start, so a restart never owns its old connections. */
  nodeId?: string;
  heartbeatMs?: number;
  ttlMs?: number;
  sweepMs?: number;
  sweepBatch?: number;
  now?: () => number;
}

interface Held {
  userId: string;
  username: string;
  appearOnline: boolean;
}

interface ScriptedRedis extends Redis {
  presenceAdd(...args: string[]): Promise<[string, string]>;
  presenceRemove(...args: string[]): Promise<[string, string, number]>;
  presenceSetActivity(...args: string[]): Promise<string | null>;
  presenceHeartbeat(...args: string[]): Promise<number>;
  presenceSweepNode(...args: string[]): Promise<string[]>;
}

const encode = (activity: StoredActivity) => JSON.stringify(activity);

function decode(raw: string | null | undefined): StoredActivity | null {
  if (!raw) return null;
  const stored = JSON.parse(raw) as StoredActivity;
  // JSON drops an undefined `since`; the record keeps the key, as the memory store does.
  const activity: StoredActivity = { state: stored.state, since: stored.since, automatic: stored.automatic };
  if (stored.game !== undefined) activity.game = stored.game;
  if (stored.status !== undefined) activity.status = stored.status;
  return activity;
}

const sameActivity = (a: StoredActivity | null, b: StoredActivity | null) =>
  (a && encode(a)) === (b && encode(b));

const isVisible = (activity: StoredActivity | null) => activity !== null && activity.state !== 'offline';

/**
 * Presence in Redis, shared by the nodes of a cluster: the same records as the memory store, with each
 * connection filed under the node that holds it. Nodes heartbeat; the connections of a node whose
 * heartbeat lapsed (killed, or restarted under a new id) are removed by exactly one live node, which
 * announces the users that went offline. A live node whose heartbeat lapsed all the same (Redis lost its
 * data, or was out of reach or this process stalled longer than the TTL) files its open connections again.
 */
export class RedisPresenceStore implements PresenceStore {
  readonly nodeId: string;
  private readonly redis: ScriptedRedis;
  private readonly heartbeatMs: number;
  private readonly ttlMs: number;
  private readonly sweepMs: number;
  private lostListener: ((lost: LostConnection[]) => void) | undefined;
  private readonly sweepBatch: number;
  private timers: NodeJS.Timeout[] = [];
  // One sweep at a time per node: a slow one must not be joined by the next tick.
  private sweeping: Promise<UserPresenceChange[]> | undefined;
  // The renewal under way, which stop() waits for so it cannot bring the heartbeat back after deleting it.
  private beating: Promise<void> | undefined;
  // This node's open connections, what it files again after a lapse: bounded by the sockets it holds.
  private readonly held = new Map<string, Held>();
  // A filing or a removal failed (Redis out of reach): Redis may disagree with `held` until the next
  // heartbeat reconciles them, filing what is held and removing what is not.
  private stale = false;
  private readonly onReady = () => this.beat();
  private onChanged: (changes: UserPresenceChange[]) => void = () => {};
  private readonly now: () => number;

  constructor(
    redis: Redis,
    private readonly options: RedisPresenceOptions,
  ) {
    this.nodeId = options.nodeId ?? randomUUID();
    this.heartbeatMs = options.heartbeatMs ?? PRESENCE_HEARTBEAT_MS;
    this.ttlMs = options.ttlMs ?? PRESENCE_TTL_MS;
    this.sweepMs = options.sweepMs ?? PRESENCE_SWEEP_MS;
    this.sweepBatch = options.sweepBatch ?? SWEEP_BATCH;
    this.now = options.now ?? Date.now;
    redis.defineCommand('presenceAdd', { numberOfKeys: 4, lua: ADD_CONNECTION });
    redis.defineCommand('presenceRemove', { numberOfKeys: 1, lua: REMOVE });
    redis.defineCommand('presenceSetActivity', { numberOfKeys: 2, lua: SET_ACTIVITY });
    redis.defineCommand('presenceHeartbeat', { numberOfKeys: 2, lua: HEARTBEAT });
    redis.defineCommand('presenceSweepNode', { numberOfKeys: 4, lua: SWEEP_NODE });
    this.redis = redis as ScriptedRedis;
  }

  private key(...parts: string[]): string {
    return this.options.prefix + parts.join(':');
  }

  private nodeKey(nodeId: string, what: 'alive' | 'conns' | 'sweeper'): string {
    return this.key('node', nodeId, what);
  }

  async addConnection(
    connection: { id: string; userId: string; username: string },
    appearOnline: boolean,
    now: number,
  ): Promise<PresenceChange> {
    const { id, userId, username } = connection;
    // A connection added twice keeps what it was first added with, as its record does.
    if (!this.held.has(id)) this.held.set(id, { userId, username, appearOnline });
    try {
      return await this.file(id, this.held.get(id) as Held, now);
    } catch (err) {
      this.stale = true;
      throw err;
    }
  }

  private async file(connectionId: string, connection: Held, now: number): Promise<PresenceChange> {
    const online: StoredActivity = { state: 'online', since: now, automatic: true };
    const [before, after] = await this.redis.presenceAdd(
      this.key('user', connection.userId),
      this.nodeKey(this.nodeId, 'conns'),
      this.key('nodes'),
      this.key('visible'),
      connectionId,
      connection.userId,
      connection.username,
      connection.appearOnline ? '1' : '0',
      this.nodeId,
      encode(online),
      this.options.prefix,
    );
    return { before: decode(before), after: decode(after) };
  }

  async removeConnection(
    connectionId: string,
    userId: string,
  ): Promise<PresenceChange & { remaining: number }> {
    this.held.delete(connectionId);
    try {
      const [before, after, remaining] = await this.redis.presenceRemove(
        this.key('user', userId),
        this.options.prefix,
        connectionId,
        userId,
        this.nodeId,
      );
      return { before: decode(before), after: decode(after), remaining };
    } catch (err) {
      this.stale = true;
      throw err;
    }
  }

  async setActivity(userId: string, activity: StoredActivity): Promise<PresenceChange | undefined> {
    const before = await this.redis.presenceSetActivity(
      this.key('user', userId),
      this.key('visible'),
      userId,
      encode(activity),
      activity.automatic ? '1' : '0',
      isVisible(activity) ? '1' : '0',
    );
    return before === null ? undefined : { before: decode(before), after: activity };
  }

  /** One MULTI: the users' records as they were at one instant. The caller bounds the ids. */
  async get(userIds: readonly string[]): Promise<PresentUser[]> {
    if (userIds.length === 0) return [];
    const multi = this.redis.multi();
    for (const id of userIds) multi.hmget(this.key('user', id), 'name', 'act');
    const replies = (await multi.exec()) ?? [];
    const found: PresentUser[] = [];
    replies.forEach(([err, reply], i) => {
      if (err) throw err;
      const [username, act] = reply as [string | null, string | null];
      if (username !== null) found.push({ userId: userIds[i] as string, username, activity: decode(act) });
    });
    return found;
  }

  /**
   * Read in batches, not in one step: one script over every visible user would stall Redis for all nodes.
   * Each user's record is read atomically; one whose visibility changes meanwhile is listed as it was
   * before or after, as if the listing had been taken a moment earlier or later for them.
   */
  async visible(): Promise<PresentUser[]> {
    const listed = new Map<string, PresentUser>();
    let cursor = '0';
    do {
      const [next, ids] = await this.redis.sscan(this.key('visible'), cursor, 'COUNT', VISIBLE_BATCH);
      cursor = next;
      for (const user of await this.get(ids.filter((id) => !listed.has(id))))
        if (isVisible(user.activity)) listed.set(user.userId, user);
    } while (cursor !== '0');
    return [...listed.values()];
  }

  async start(onChanged: (changes: UserPresenceChange[]) => void): Promise<void> {
    this.onChanged = onChanged;
    await this.heartbeat();
    const report = async () => {
      try {
        const changes = await this.sweep();
        if (changes.length > 0) onChanged(changes);
      } catch (err) {
        this.options.log.warn({ err, nodeId: this.nodeId }, 'presence sweep failed; retrying next interval');
      }
    };
    this.timers = [setInterval(() => this.beat(), this.heartbeatMs), setInterval(report, this.sweepMs)];
    // Back from an outage: reconciled at once rather than up to a heartbeat later, so users connected
    // meanwhile show online, and those gone meanwhile offline, as soon as Redis answers again.
    this.redis.on('ready', this.onReady);
    for (const timer of this.timers) timer.unref();
    // Nodes that died while none ran are cleared now, not a sweep interval later.
    await report();
  }

  async stop(): Promise<UserPresenceChange[]> {
    this.redis.off('ready', this.onReady);
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    await Promise.all([this.sweeping?.catch(() => {}), this.beating]);
    // Without a heartbeat this node is swept like a dead one, by itself first; a node that claimed it
    // meanwhile announces the rest.
    this.held.clear();
    await this.redis.del(this.nodeKey(this.nodeId, 'alive'));
    return this.sweepNode(this.nodeId);
  }

  private beat(): void {
    // One renewal at a time: a reconnection's and the timer's would otherwise file everything twice.
    if (this.beating) return;
    this.beating = this.heartbeat()
      .catch((err) => {
        this.options.log.warn({ err, nodeId: this.nodeId }, 'presence heartbeat failed');
      })
      .finally(() => {
        this.beating = undefined;
      });
  }

  private async heartbeat(): Promise<void> {
    const wasAlive = await this.redis.presenceHeartbeat(
      this.nodeKey(this.nodeId, 'alive'),
      this.key('nodes'),
      this.nodeId,
      String(this.ttlMs),
    );
    if (this.stale) {
      this.stale = false;
      this.options.log.info(
        { nodeId: this.nodeId, connections: this.held.size },
        'presence reconciled after Redis was out of reach',
      );
      const changes = [...(await this.refile()), ...(await this.removeUnheld())];
      if (changes.length > 0) this.onChanged(changes);
      return;
    }
    if (wasAlive === 1 || this.held.size === 0) return;
    this.options.log.warn(
      { nodeId: this.nodeId, connections: this.held.size },
      'presence heartbeat lapsed: filing this node’s connections again',
    );
    const changes = await this.refile();
    if (changes.length > 0) this.onChanged(changes);
  }

  /**
   * Removes the connections Redis files under this node that it no longer holds: those that closed
   * while their removal could not reach Redis, which would otherwise show their users online until
   * this node dies. Walks this node's own connections only, a batch at a time.
   */
  private async removeUnheld(): Promise<UserPresenceChange[]> {
    const changes: UserPresenceChange[] = [];
    const conns = this.nodeKey(this.nodeId, 'conns');
    let cursor = '0';
    do {
      const [next, flat] = await this.redis.hscan(conns, cursor, 'COUNT', this.sweepBatch);
      cursor = next;
      for (let i = 0; i < flat.length; i += 2) {
        const [connectionId, userId] = [flat[i] as string, flat[i + 1] as string];
        if (this.held.has(connectionId)) continue;
        const username = (await this.redis.hget(this.key('user', userId), 'name')) ?? '';
        const change = await this.removeConnection(connectionId, userId);
        if (!sameActivity(change.before, change.after)) changes.push({ ...change, userId, username });
      }
    } while (cursor !== '0');
    return changes;
  }

  /**
   * Files every open connection of this node again, after other nodes may have swept them (those still
   * filed are left as they are). A user comes back with the automatic `online`: an activity they chose
   * went with their record. The commands leave in the order they are issued on the one connection, and
   * the held set is checked as each is issued, so a connection removed meanwhile is never filed again.
   */
  private async refile(): Promise<UserPresenceChange[]> {
    const now = this.now();
    const filing = [...this.held.keys()].map(async (id) => {
      const connection = this.held.get(id);
      if (!connection) return undefined;
      const change = await this.file(id, connection, now);
      return { ...change, userId: connection.userId, username: connection.username };
    });
    return (await Promise.all(filing)).filter(
      (c): c is UserPresenceChange => c !== undefined && !sameActivity(c.before, c.after),
    );
  }

  /**
   * Removes the connections of every node whose heartbeat lapsed, resolving with the changes this node
   * made: a node another one is sweeping is left to it, so each change is reported by one node only.
   * Work is bounded by the set of nodes (one per process) and by batches within a node.
   */
  /** Told of the connections this node sweeps away from dead nodes (presence-store.ts). */
  onConnectionsLost(listener: (lost: LostConnection[]) => void): void {
    this.lostListener = listener;
  }

  sweep(): Promise<UserPresenceChange[]> {
    this.sweeping ??= this.sweepDead().finally(() => {
      this.sweeping = undefined;
    });
    return this.sweeping;
  }

  private async sweepDead(): Promise<UserPresenceChange[]> {
    const nodes = (await this.redis.smembers(this.key('nodes'))).filter((id) => id !== this.nodeId);
    if (nodes.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of nodes) pipeline.exists(this.nodeKey(id, 'alive'));
    const alive = (await pipeline.exec()) ?? [];
    const changes: UserPresenceChange[] = [];
    for (const [i, id] of nodes.entries())
      if (alive[i]?.[1] === 0) changes.push(...(await this.sweepNode(id)));
    return changes;
  }

  private async sweepNode(nodeId: string): Promise<UserPresenceChange[]> {
    const changes: UserPresenceChange[] = [];
    for (;;) {
      const [status, ...flat] = await this.redis.presenceSweepNode(
        this.nodeKey(nodeId, 'alive'),
        this.nodeKey(nodeId, 'conns'),
        this.nodeKey(nodeId, 'sweeper'),
        this.key('nodes'),
        this.options.prefix,
        nodeId,
        this.nodeId,
        String(this.ttlMs),
        String(this.sweepBatch),
      );
      // The connections removed, for what else they were in (parties), then the users' changes.
      const count = Number(flat[0] ?? 0);
      const lost: LostConnection[] = [];
      for (let i = 1; i + 2 <= 3 * count; i += 3)
        lost.push({ id: flat[i] as string, userId: flat[i + 1] as string, username: flat[i + 2] as string });
      if (lost.length > 0) this.lostListener?.(lost);
      for (let i = 1 + 3 * count; i + 3 < flat.length; i += 4)
        changes.push({
          userId: flat[i] as string,
          username: flat[i + 1] as string,
          before: decode(flat[i + 2]),
          after: decode(flat[i + 3]),
        });
      if (status !== 'more') return changes;
    }
  }
}
