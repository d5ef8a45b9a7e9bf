import type {
  ActivityState,
  FollowReply,
  FollowRequest,
  SetActivityRequest,
  UnfollowReply,
  UserActivity,
} from '../../../generated/types.js';
import type { Logger } from '../../logger.js';
import type { PublicUserRow, UserStore } from '../../store/users.js';
import { ApiError } from '../errors.js';
import type { Bus } from '../fanout/bus.js';
import { topic } from '../fanout/topics.js';
import { type AsyncRateLimiter, takeOrRefuseAsync } from '../limits/async-rate-limiter.js';
import type { PresenceChange, PresenceStore, PresentUser, StoredActivity } from './presence-store.js';

/** Who sends to connections: everyone (GameVault) or only followers and the user's own devices. */
export type BroadcastMode = 'all' | 'followers';

export interface PresenceOptions {
  /** SERVER_ONLINE_ACTIVITIES_DISABLED: nothing is tracked or sent; everyone is offline. */
  disabled: boolean;
  broadcast: BroadcastMode;
  /** Users one connection may follow at once. */
  maxFollows: number;
  /** set-activity per user, whatever their connections: a reconnect does not refill it. */
  activityLimiter: AsyncRateLimiter;
  log: Logger;
  now?: () => number;
}

/** A connection as presence knows it. */
export interface PresenceConnection {
  id: string;
  userId: string;
  username: string;
}

// Visible users' last-seen times are refreshed this often, so a crash loses at most this much of them.
const LAST_SEEN_REFRESH_MS = 60_000;

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

function isVisible(activity: StoredActivity | null | undefined): boolean {
  return activity != null && activity.state !== 'offline';
}

/**
 * The activity others see: `offline` unless the user is connected with a visible activity. For
 * `offline`, `since` is when the user was last visible: a hidden user looks exactly like a gone one.
 */
function toUserActivity(
  userId: string,
  username: string,
  activity: StoredActivity | null | undefined,
  lastSeenAt: number | undefined,
): UserActivity {
  if (!activity || !isVisible(activity)) {
    const since = iso(activity?.since ?? lastSeenAt);
    return since ? { userId, username, state: 'offline', since } : { userId, username, state: 'offline' };
  }
  const out: UserActivity = { userId, username, state: activity.state };
  const since = iso(activity.since);
  if (since) out.since = since;
  if (activity.game) out.game = activity.game;
  if (activity.status !== undefined) out.status = activity.status;
  return out;
}

const shown = (user: PresentUser) => toUserActivity(user.userId, user.username, user.activity, undefined);

/**
 * Presence and activities (GameVault's activities, Nakama's status): who is online, busy, playing or
 * away, across every device of every user, with follows and last-seen times.
 */
export class PresenceService {
  /** Open connections: a reply to one that closed meanwhile must not leave state behind. */
  private readonly open = new Set<string>();
  private readonly follows = new Map<string, Set<string>>();
  // Per connection, its arrival under way: its departure waits for it, whatever the store's latency.
  private readonly arriving = new Map<string, Promise<void>>();
  // Departures still under way, so shutdown can wait for their last-seen writes.
  private readonly leaving = new Set<Promise<void>>();
  private refresher: NodeJS.Timeout | undefined;
  private readonly now: () => number;

  constructor(
    private readonly store: PresenceStore,
    private readonly users: UserStore,
    private readonly bus: Bus,
    private readonly options: PresenceOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  get disabled(): boolean {
    return this.options.disabled;
  }

  /** Counts for monitoring (and for tests that check nothing is left behind). */
  stats(): { openConnections: number; followingConnections: number } {
    return { openConnections: this.open.size, followingConnections: this.follows.size };
  }

  /**
   * Starts refreshing visible users' last-seen times, so a crash loses little of them, and, with a
   * shared store, this node's heartbeat: the users of nodes that died are announced offline from here.
   */
  async start(): Promise<void> {
    if (this.options.disabled) return;
    this.refresher = setInterval(() => void this.refreshLastSeen(), LAST_SEEN_REFRESH_MS);
    this.refresher.unref();
    await this.store.start?.((changes) => {
      for (const change of changes)
        this.publish(change, change, undefined).catch((err: unknown) =>
          this.options.log.warn({ err, userId: change.userId }, 'could not announce a swept user'),
        );
    });
  }

  stop(): void {
    clearInterval(this.refresher);
  }

  /**
   * With a shared store: leaves it, after this node's connections closed. Whatever it still held is
   * removed now and announced, rather than left to other nodes' sweeps.
   */
  async leaveStore(): Promise<void> {
    for (const change of (await this.store.stop?.()) ?? []) await this.publish(change, change, undefined);
  }

  private async refreshLastSeen(): Promise<void> {
    try {
      await this.users.setLastSeen(
        (await this.store.visible()).map((u) => u.userId),
        this.now(),
      );
    } catch (err) {
      this.options.log.warn({ err }, 'could not refresh last-seen times');
    }
  }

  /** Resolves once every departure under way has stored its last-seen time. */
  async settled(): Promise<void> {
    while (this.leaving.size > 0) await Promise.allSettled([...this.leaving]);
  }

  /** Who sees a user's activity: everyone (SERVER_ACTIVITIES_BROADCAST=all), else their followers and devices. */
  private announce(activity: UserActivity, origin: string | undefined): void {
    const audience =
      this.options.broadcast === 'all'
        ? [topic.everyone]
        : [topic.followers(activity.userId), topic.user(activity.userId)];
    this.bus.publish(audience, 'activity', activity, origin);
  }

  /** The topics a connection hears presence on from the moment it opens. */
  topicsOf(connection: PresenceConnection): string[] {
    return this.options.broadcast === 'all'
      ? [topic.everyone, topic.user(connection.userId)]
      : [topic.user(connection.userId)];
  }

  /**
   * Tells the others what a change made visible. A user who stops being visible (gone, hidden, or their
   * last connection that appeared online closed) is announced `offline`, and that moment is their last-seen.
   */
  private async publish(
    connection: { userId: string; username: string },
    change: PresenceChange,
    origin: string | undefined,
  ): Promise<UserActivity> {
    const { userId, username } = connection;
    if (isVisible(change.before) && !isVisible(change.after)) {
      // A chosen `offline` carries the moment it was set: the same instant is the last-seen time.
      const at = change.after?.since ?? this.now();
      const offline = toUserActivity(userId, username, null, at);
      this.announce(offline, origin);
      await this.users.setLastSeen([userId], at);
      return offline;
    }
    const activity = toUserActivity(userId, username, change.after, undefined);
    if (isVisible(change.after)) this.announce(activity, origin);
    return activity;
  }

  connected(connection: PresenceConnection, appearOnline: boolean): Promise<void> {
    this.open.add(connection.id);
    if (this.options.disabled) return Promise.resolve();
    const arrival = (async () => {
      const change = await this.store.addConnection(connection, appearOnline, this.now());
      if (!isVisible(change.before) && isVisible(change.after))
        await this.publish(connection, change, connection.id);
    })();
    this.arriving.set(connection.id, arrival);
    return arrival.finally(() => this.arriving.delete(connection.id));
  }

  /** A resumed connection follows again whom its topics say it followed (within MAX_FOLLOWS). */
  resumed(connection: PresenceConnection, follows: readonly string[]): string[] {
    if (this.options.disabled || follows.length === 0) return [...follows];
    this.follows.set(connection.id, new Set(follows.slice(0, this.options.maxFollows)));
    return follows.slice(this.options.maxFollows);
  }

  /** The users a connection follows (the `details-view` action). */
  followsOf(connectionId: string): string[] {
    return [...(this.follows.get(connectionId) ?? [])];
  }

  disconnected(connection: PresenceConnection): Promise<void> {
    const leaving = this.leave(connection).finally(() => this.leaving.delete(leaving));
    this.leaving.add(leaving);
    return leaving;
  }

  private async leave(connection: PresenceConnection): Promise<void> {
    this.open.delete(connection.id);
    this.follows.delete(connection.id);
    if (this.options.disabled) return;
    await this.arriving.get(connection.id)?.catch(() => {});
    const change = await this.store.removeConnection(connection.id, connection.userId);
    try {
      await this.publish(connection, change, connection.id);
    } catch (err) {
      this.options.log.warn({ err, userId: connection.userId }, 'could not store last-seen time');
    }
  }

  async setActivity(connection: PresenceConnection, input: SetActivityRequest): Promise<UserActivity> {
    if (this.options.disabled)
      throw new ApiError('ACTIVITIES_DISABLED', 'activities are switched off on this server');
    await takeOrRefuseAsync(
      this.options.activityLimiter,
      connection.userId,
      'too many activity changes by this user (ACTIVITY_RATE_LIMIT)',
      '',
    );
    const now = this.now();
    let since: number | undefined = now;
    if (input.state === 'offline') {
      // Hiding: others must see what they would of a user who left, last seen when last visible.
      const [current] = await this.store.get([connection.userId]);
      since = isVisible(current?.activity) ? now : current?.activity?.since;
    }
    const activity: StoredActivity = { state: input.state, since, automatic: false };
    if (input.game) activity.game = input.game;
    if (input.status !== undefined) activity.status = input.status;
    const change = await this.store.setActivity(connection.userId, activity);
    if (!change) throw new ApiError('UNAVAILABLE', 'the connection is closing', undefined, 1);
    return this.publish(connection, change, connection.id);
  }

  /** What get-activities answers and what a connection gets right after it authenticates. */
  async visibleTo(connection: PresenceConnection): Promise<UserActivity[]> {
    if (this.options.disabled) return [];
    if (this.options.broadcast === 'all') return (await this.store.visible()).map(shown);
    const ids = [connection.userId, ...(this.follows.get(connection.id) ?? [])];
    return (await this.store.get(ids)).filter((u) => isVisible(u.activity)).map(shown);
  }

  /** Activities of users as rows from the database, offline ones with their last-seen time. */
  private async activitiesOfRows(rows: PublicUserRow[]): Promise<UserActivity[]> {
    if (this.options.disabled)
      return rows.map((r) => ({ userId: r.id, username: r.username, state: 'offline' }));
    const present = new Map((await this.store.get(rows.map((r) => r.id))).map((u) => [u.userId, u]));
    return rows.map((r) => toUserActivity(r.id, r.username, present.get(r.id)?.activity, r.lastSeenAt));
  }

  async follow(connection: PresenceConnection, request: FollowRequest): Promise<FollowReply> {
    const ids = request.userIds ?? [];
    const names = request.usernames ?? [];
    const rows = [...(await this.users.publicByIds(ids)), ...(await this.users.publicByUsernames(names))];
    const found = new Map(rows.map((r) => [r.id, r]));
    const foundNames = new Set(rows.map((r) => r.username.toLowerCase()));
    const notFound = [
      ...ids.filter((id) => !found.has(id)),
      ...names.filter((n) => !foundNames.has(n.toLowerCase())),
    ];
    const activities = await this.activitiesOfRows([...found.values()]);
    // Nothing is tracked while activities are off, nor for a connection that closed while we looked up.
    if (this.options.disabled || !this.open.has(connection.id)) return { activities, notFound, following: 0 };

    const following = this.follows.get(connection.id) ?? new Set<string>();
    const added = [...found.keys()].filter((id) => !following.has(id));
    if (following.size + added.length > this.options.maxFollows) {
      const field = request.userIds ? 'userIds' : 'usernames';
      throw new ApiError(
        'BAD_INPUT',
        `a connection follows at most ${this.options.maxFollows} users (it follows ${following.size})`,
        field,
      );
    }
    for (const id of added) following.add(id);
    this.follows.set(connection.id, following);
    if (added.length > 0) this.bus.subscribe(connection.id, added.map(topic.followers));
    return { activities, notFound, following: following.size };
  }

  async unfollow(connection: PresenceConnection, request: FollowRequest): Promise<UnfollowReply> {
    const byName = request.usernames?.length ? await this.users.publicByUsernames(request.usernames) : [];
    const following = this.follows.get(connection.id);
    if (!following) return { following: 0 };
    const removed = [...(request.userIds ?? []), ...byName.map((r) => r.id)].filter((id) =>
      following.delete(id),
    );
    if (removed.length > 0) this.bus.unsubscribe(connection.id, removed.map(topic.followers));
    return { following: following.size };
  }

  /** The REST snapshot: every visible user, or these users whatever their state. */
  async snapshot(userIds?: readonly string[]): Promise<UserActivity[]> {
    if (userIds) return this.activitiesOfRows(await this.users.publicByIds([...new Set(userIds)]));
    if (this.options.disabled) return [];
    return (await this.store.visible()).map(shown);
  }

  /** The state each of these users shows (`offline` for those not connected). */
  async statesOf(userIds: readonly string[]): Promise<Map<string, ActivityState>> {
    const states = new Map<string, ActivityState>(userIds.map((id) => [id, 'offline']));
    if (this.options.disabled) return states;
    for (const user of await this.store.get(userIds))
      if (user.activity) states.set(user.userId, isVisible(user.activity) ? user.activity.state : 'offline');
    return states;
  }

  /**
   * Whether a user is connected but shows `offline` (appearOnline false, or a chosen `offline`): what
   * they do themselves must not give them away (a member event at the moment they join, say).
   */
  async isHiding(userId: string): Promise<boolean> {
    if (this.options.disabled) return false;
    const [user] = await this.store.get([userId]);
    return user !== undefined && !isVisible(user.activity);
  }

  /** One user's activity for their profile. */
  async activityOf(user: PublicUserRow): Promise<UserActivity> {
    const [activity] = await this.activitiesOfRows([user]);
    return activity as UserActivity;
  }
}
