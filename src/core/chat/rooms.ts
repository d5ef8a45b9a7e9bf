import type {
  CreateRoomRequest,
  InviteReply,
  InviteRequest,
  JoinRoomReply,
  JoinRoomRequest,
  RemoveRequest,
  RoomInfo,
  RoomRef,
  RoomStats,
  RoomView,
} from '../../../generated/types.js';
import type { Logger } from '../../logger.js';
import type { MessageStore } from '../../store/messages.js';
import type { RoomRow } from '../../store/rooms.js';
import type { UserStore } from '../../store/users.js';
import { ApiError, logFailure } from '../errors.js';
import type { Bus } from '../fanout/bus.js';
import type { BusEvents } from '../fanout/events.js';
import { topic } from '../fanout/topics.js';
import { type AsyncRateLimiter, takeOrRefuseAsync } from '../limits/async-rate-limiter.js';
import { type NotificationService, SystemCode } from '../notifications/notifications.js';
import type { PresenceService } from '../presence/presence.js';
import { author, chatMessage } from './chat-views.js';
import type { ChatConnection, JoinedRooms } from './joined-rooms.js';
import type { Membership } from './membership.js';
import type { RoomDirectory } from './room-directory.js';

export interface RoomOptions {
  maxRoomsPerConnection: number;
  maxRoomMembers: number;
  /** Room creations (explicit, or by joining a new name) per user: rooms are kept for ever. */
  creationLimiter: AsyncRateLimiter;
  /** Membership changes per user (join, leave, invite, remove): each is an event to every member. */
  membershipLimiter: AsyncRateLimiter;
  /** Invitations to private rooms are notifications too (code -2), kept for users who are away. */
  notifications: NotificationService;
  log: Logger;
  now?: () => number;
}

const DIRECT_PREFIX = 'dm:';
const MAX_MISSED = 100;
const MAX_LISTED_MEMBERS = 1000;
// `room-stats` counts online members among this many: an action anyone may call reads a bounded page.
const STATS_MEMBERS = 200;
const MAX_ROOMS_PAGE = 100;

/** `db-<repo>` names are StaticBackend's database channels: not chat rooms. */
export function refuseDbChannel(room: string, action: string): void {
  if (room.startsWith('db-'))
    throw new ApiError(
      'FORBIDDEN',
      `${room} is a database channel: it takes no messages; use subscribe-db for its changes (cannot ${action} it as a room)`,
      'room',
    );
}

/** The name of the direct room of two users: the same whoever opens it. */
export function directRoomId(a: string, b: string): string {
  return `${DIRECT_PREFIX}${[a, b].sort().join(':')}`;
}

/**
 * Rooms and membership (actionhero's roomAdd / roomLeave / roomView, StaticBackend's channels, Nakama's
 * direct messages): who may be in a room, and which connections receive its events.
 */
export class RoomService {
  private readonly now: () => number;

  constructor(
    private readonly directory: RoomDirectory,
    private readonly joined: JoinedRooms,
    private readonly membership: Membership,
    private readonly messages: MessageStore,
    private readonly users: UserStore,
    private readonly presence: PresenceService,
    private readonly bus: Bus,
    private readonly options: RoomOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  private memberEvent<E extends 'member-joined' | 'member-left'>(
    room: RoomRow,
    event: E,
    payload: BusEvents[E],
    origin?: string,
  ): void {
    if (!room.hidden) this.bus.publish([topic.room(room.id)], event, payload, origin);
  }

  /**
   * A member event the user causes themself (joining, leaving, disconnecting): not sent while they
   * hide (appear offline), since its moment would show they are there. The membership itself is no
   * secret: `view-room` lists them, as `offline`.
   */
  private async ownMemberEvent<E extends 'member-joined' | 'member-left'>(
    room: RoomRow,
    event: E,
    payload: BusEvents[E],
    origin?: string,
  ): Promise<void> {
    if (room.hidden || (await this.presence.isHiding(payload.user.userId))) return;
    this.memberEvent(room, event, payload, origin);
  }

  private checkRoomLimit(connection: ChatConnection, room: string): void {
    const joined = this.joined.roomsOf(connection.id);
    if (!joined.has(room) && joined.size >= this.options.maxRoomsPerConnection) {
      throw new ApiError(
        'LIMIT_REACHED',
        `a connection is in at most ${this.options.maxRoomsPerConnection} rooms (MAX_ROOMS_PER_CONNECTION)`,
        'room',
      );
    }
  }

  private async checkMemberLimit(room: RoomRow, adding: number): Promise<void> {
    if ((await this.directory.store.memberCount(room.id)) + adding > this.options.maxRoomMembers) {
      throw new ApiError(
        'LIMIT_REACHED',
        `${room.id} has reached its ${this.options.maxRoomMembers} members (MAX_ROOM_MEMBERS)`,
        'room',
      );
    }
  }

  private async checkCreationRate(connection: ChatConnection): Promise<void> {
    await takeOrRefuseAsync(
      this.options.creationLimiter,
      connection.userId,
      'too many rooms created by this user (ROOM_CREATE_RATE_LIMIT)',
      'room',
    );
  }

  private async checkMembershipRate(connection: ChatConnection): Promise<void> {
    await takeOrRefuseAsync(
      this.options.membershipLimiter,
      connection.userId,
      'too many membership changes by this user (MEMBERSHIP_RATE_LIMIT)',
      'room',
    );
  }

  /**
   * Subscribes a connection, unless it closed while the request was under way (then nothing is left
   * behind for it, and an ephemeral membership it just took ends).
   */
  private async subscribe(connection: ChatConnection, room: RoomRow): Promise<void> {
    if (!this.joined.isOpen(connection)) {
      if (!room.persistent && !this.joined.userStillIn(connection.userId, room.id))
        await this.directory.store.removeMember(room.id, connection.userId);
      throw new ApiError('UNAVAILABLE', 'the connection closed', undefined, 1);
    }
    this.joined.join(connection.id, room.id);
    this.bus.subscribe(connection.id, [topic.room(room.id)]);
  }

  private unsubscribe(connection: ChatConnection, room: string): void {
    this.joined.leave(connection.id, room);
    this.bus.unsubscribeAll(topic.user(connection.userId), [topic.room(room)]);
  }

  async create(connection: ChatConnection, request: CreateRoomRequest): Promise<RoomInfo> {
    refuseDbChannel(request.room, 'create');
    if (request.room.startsWith(DIRECT_PREFIX))
      throw new ApiError(
        'BAD_INPUT',
        `names starting with ${DIRECT_PREFIX} are direct rooms: use open-direct`,
        'room',
      );
    this.checkRoomLimit(connection, request.room);
    await this.checkCreationRate(connection);
    const room: RoomRow = {
      id: request.room,
      kind: request.kind,
      ownerId: connection.userId,
      hidden: request.hidden ?? false,
      persistent: request.persistent ?? true,
      createdAt: this.now(),
    };
    if (!(await this.directory.store.create(room, [connection.userId])))
      throw new ApiError('CONFLICT', `a room named ${request.room} exists`, 'room');
    this.directory.remember(room);
    await this.subscribe(connection, room);
    return await this.directory.info(await this.directory.requireState(room.id));
  }

  /** The room to join: an existing one, or a new public room (StaticBackend's channels). */
  private async roomToJoin(connection: ChatConnection, name: string): Promise<RoomRow> {
    const room = await this.directory.room(name);
    if (room) return room;
    if (name.startsWith(DIRECT_PREFIX))
      throw new ApiError('NOT_FOUND', `no room is named ${name}: open direct rooms with open-direct`, 'room');
    await this.checkCreationRate(connection);
    await this.directory.store.create(
      {
        id: name,
        kind: 'public',
        ownerId: undefined,
        hidden: false,
        persistent: true,
        createdAt: this.now(),
      },
      [],
    );
    return this.directory.requireRoom(name);
  }

  /** Whether a room of this name exists (join-room would create a public one). */
  async exists(name: string): Promise<boolean> {
    return (await this.directory.room(name)) !== undefined;
  }

  async join(connection: ChatConnection, request: JoinRoomRequest): Promise<JoinRoomReply> {
    refuseDbChannel(request.room, 'join');
    this.checkRoomLimit(connection, request.room);
    const room = await this.roomToJoin(connection, request.room);
    if (room.kind === 'public' || room.ownerId === connection.userId) {
      // Anyone may join a public room; an owner may always come back to their private room.
      if (!(await this.membership.isMember(connection, room))) {
        // A join that adds a member is an event to every member; coming back to a room one is in is not.
        await this.checkMembershipRate(connection);
        await this.checkMemberLimit(room, 1);
        await this.addMember(connection, room);
      }
    } else {
      await this.membership.require(
        connection,
        room,
        room.kind === 'direct'
          ? 'join a direct room'
          : 'join a private room (ask its owner for an invitation)',
      );
    }
    // Subscribed before reading what was missed, so nothing falls between the two (a message may come twice: by seq, it is the same).
    await this.subscribe(connection, room);
    if (room.kind === 'private' && !(await this.directory.store.isMember(room.id, connection.userId))) {
      // Removed while this join was under way: the removal's unsubscribe may have come first.
      this.unsubscribe(connection, room.id);
      throw new ApiError('FORBIDDEN', `only members of ${room.id} may join it`, 'room');
    }
    let missed: JoinRoomReply['missed'] = [];
    let hasMore = false;
    if (request.since !== undefined && room.persistent) {
      const page = await this.messages.page(room.id, { after: request.since, limit: MAX_MISSED });
      missed = page.rows.map(chatMessage);
      hasMore = page.hasMore;
    }
    return { room: await this.directory.info(await this.directory.requireState(room.id)), missed, hasMore };
  }

  async leave(connection: ChatConnection, request: RoomRef): Promise<RoomRef> {
    const room = await this.directory.requireRoom(request.room);
    if (room.kind === 'direct')
      throw new ApiError('BAD_INPUT', 'a direct room cannot be left: its two users are its members', 'room');
    await this.checkMembershipRate(connection);
    if (!(await this.directory.store.removeMember(room.id, connection.userId))) {
      throw new ApiError('NOT_MEMBER', `you are not a member of ${room.id}`, 'room');
    }
    this.joined.leaveAll(connection.userId, room.id);
    this.bus.unsubscribeAll(topic.user(connection.userId), [topic.room(room.id)]);
    await this.ownMemberEvent(room, 'member-left', {
      room: room.id,
      user: author(connection),
      reason: 'left',
    });
    return { room: room.id };
  }

  async view(connection: ChatConnection, request: RoomRef): Promise<RoomView> {
    const room = await this.directory.requireRoom(request.room);
    await this.membership.require(connection, room, 'view it');
    // A hidden room keeps its members from each other (no member events); its owner sees them all.
    // In a direct room both are in its name anyway.
    const listsOthers = !room.hidden || room.kind === 'direct' || room.ownerId === connection.userId;
    const members = listsOthers
      ? await this.directory.store.members(room.id, MAX_LISTED_MEMBERS)
      : [{ userId: connection.userId, username: connection.username }];
    const states = await this.presence.statesOf(members.map((m) => m.userId));
    const state = await this.directory.requireState(room.id);
    return {
      room: await this.directory.info(state),
      members: members.map((m) => ({
        userId: m.userId,
        username: m.username,
        state: states.get(m.userId) ?? 'offline',
      })),
      memberCount: state.memberCount,
    };
  }

  /** The rooms a connection joined (the `details-view` action). */
  joinedBy(connectionId: string): string[] {
    return [...this.joined.roomsOf(connectionId)];
  }

  /**
   * The `room-stats` action: counts, not members. Anyone may ask about a public room; a private or
   * direct room's are for its members. Online members are counted among the first STATS_MEMBERS.
   */
  async statistics(caller: { id?: string; userId: string }, id: string): Promise<RoomStats> {
    const room = await this.directory.requireRoom(id);
    if (room.kind !== 'public') await this.membership.require(caller, room, 'see its statistics');
    const state = await this.directory.requireState(room.id);
    const members = await this.directory.store.members(room.id, STATS_MEMBERS);
    const states = await this.presence.statesOf(members.map((m) => m.userId));
    let online = 0;
    for (const s of states.values()) if (s !== 'offline') online += 1;
    const latest = room.persistent ? (await this.messages.page(room.id, { limit: 1 })).rows[0] : undefined;
    return {
      room: room.id,
      kind: room.kind,
      persistent: room.persistent,
      memberCount: state.memberCount,
      onlineMembers: online,
      onlineCounted: members.length,
      lastSeq: state.lastSeq,
      ...(latest && { lastMessageAt: new Date(latest.createdAt).toISOString() }),
    };
  }

  private async requireOwnedPrivate(
    connection: ChatConnection,
    id: string,
    action: string,
  ): Promise<RoomRow> {
    const room = await this.directory.requireRoom(id);
    if (room.kind !== 'private' || room.ownerId !== connection.userId)
      throw new ApiError('FORBIDDEN', `only the owner of a private room may ${action}`, 'room');
    return room;
  }

  async invite(connection: ChatConnection, request: InviteRequest): Promise<InviteReply> {
    const room = await this.requireOwnedPrivate(connection, request.room, 'invite');
    await this.checkMembershipRate(connection);
    const found = await this.users.publicByIds(request.userIds);
    const foundIds = new Set(found.map((u) => u.id));
    const already = await this.directory.store.membersAmong(room.id, [...foundIds]);
    const newcomers = found.filter((u) => !already.has(u.id));
    await this.checkMemberLimit(room, newcomers.length);
    const added = new Set(
      await this.directory.store.addMembers(
        room.id,
        newcomers.map((u) => u.id),
        this.now(),
      ),
    );
    const addedUsers = newcomers
      .filter((u) => added.has(u.id))
      .map((u) => ({ userId: u.id, username: u.username }));
    if (addedUsers.length > 0) {
      const info = await this.directory.info(await this.directory.requireState(room.id));
      for (const user of addedUsers) {
        this.bus.publish([topic.user(user.userId)], 'room-invited', {
          room: info,
          invitedBy: author(connection),
        });
        this.memberEvent(room, 'member-joined', { room: room.id, user });
      }
      // The membership stands whatever becomes of the notification: a failure is logged, not answered.
      await this.options.notifications
        .send(
          addedUsers.map((u) => u.userId),
          {
            subject: `${connection.username} invited you to ${room.id}`,
            content: { room: room.id, invitedBy: author(connection) },
            code: SystemCode.roomInvitation,
            persistent: true,
          },
          connection.userId,
        )
        .catch((err: unknown) => logFailure(this.options.log, err, 'could not notify invited users'));
    }
    return { room: room.id, added: addedUsers, notFound: request.userIds.filter((id) => !foundIds.has(id)) };
  }

  async remove(connection: ChatConnection, request: RemoveRequest): Promise<RoomRef> {
    const room = await this.requireOwnedPrivate(connection, request.room, 'remove members');
    if (request.userId === connection.userId)
      throw new ApiError('BAD_INPUT', 'the owner cannot remove themself: use leave-room', 'userId');
    await this.checkMembershipRate(connection);
    const [user] = await this.users.publicByIds([request.userId]);
    if (!user || !(await this.directory.store.removeMember(room.id, request.userId))) {
      throw new ApiError('NOT_MEMBER', `that user is not a member of ${room.id}`, 'userId');
    }
    this.joined.leaveAll(user.id, room.id);
    this.bus.unsubscribeAll(topic.user(user.id), [topic.room(room.id)]);
    this.bus.publish([topic.user(user.id)], 'room-removed', {
      room: room.id,
      removedBy: author(connection),
    });
    this.memberEvent(room, 'member-left', {
      room: room.id,
      user: { userId: user.id, username: user.username },
      reason: 'removed',
    });
    return { room: room.id };
  }

  async openDirect(connection: ChatConnection, userId: string): Promise<RoomInfo> {
    if (userId === connection.userId)
      throw new ApiError('BAD_INPUT', 'a direct room is between two different users', 'userId');
    const [other] = await this.users.publicByIds([userId]);
    if (!other) throw new ApiError('NOT_FOUND', 'no user has this id', 'userId');
    const id = directRoomId(connection.userId, userId);
    // Direct rooms are hidden (no member events): their two members are fixed, and named in the room's name.
    const created = await this.directory.store.create(
      { id, kind: 'direct', ownerId: undefined, hidden: true, persistent: true, createdAt: this.now() },
      [connection.userId, userId],
    );
    const info = await this.directory.info(await this.directory.requireState(id));
    if (created)
      this.bus.publish([topic.user(userId)], 'room-invited', {
        room: info,
        invitedBy: author(connection),
      });
    return info;
  }

  /** A page of the user's rooms, by name; `next` when more follow. */
  async roomsOfUser(
    userId: string,
    page: { after?: string; limit?: number },
  ): Promise<{ rooms: RoomInfo[]; next?: string }> {
    const limit = page.limit ?? MAX_ROOMS_PAGE;
    const rows = await this.directory.store.roomsOf(userId, { after: page.after, limit: limit + 1 });
    const rooms = await Promise.all(rows.slice(0, limit).map((room) => this.directory.info(room)));
    const last = rooms.at(-1);
    return rows.length > limit && last ? { rooms, next: last.id } : { rooms };
  }

  connected(connection: ChatConnection): void {
    this.joined.connected(connection);
  }

  /**
   * A resumed connection is in the rooms its topics kept, as far as it still may be: a persistent or
   * direct room it is still a member of; an ephemeral room, whose membership ended when the connection
   * dropped, it rejoins (a member event, as a join would be) while the room has space. Resolves the
   * rooms it is not in any more, whose topics the caller drops.
   */
  async resumed(connection: ChatConnection, rooms: readonly string[]): Promise<string[]> {
    const gone: string[] = [];
    for (const id of rooms.slice(0, this.options.maxRoomsPerConnection)) {
      const room = await this.directory.room(id);
      if (!room || !(await this.rejoin(connection, room))) gone.push(id);
      else this.joined.join(connection.id, id);
    }
    return [...gone, ...rooms.slice(this.options.maxRoomsPerConnection)];
  }

  /**
   * Whether a dropped connection that was in these rooms may be resumed: each still exists and it may
   * still be in it (a public room, or a membership that stands). One it was removed from meanwhile says
   * no, before anything of that room is replayed to it.
   */
  async mayResume(connection: ChatConnection, rooms: readonly string[]): Promise<boolean> {
    for (const id of rooms) {
      const room = await this.directory.room(id);
      if (!room) return false;
      if (room.kind !== 'public' && !(await this.membership.isMember({ userId: connection.userId }, room)))
        return false;
    }
    return true;
  }

  private async rejoin(connection: ChatConnection, room: RoomRow): Promise<boolean> {
    if (await this.membership.isMember(connection, room)) return true;
    // Only a public room is joined again: a private one needs the membership the drop may have ended.
    if (room.persistent || room.kind !== 'public') return false;
    if ((await this.directory.store.memberCount(room.id)) >= this.options.maxRoomMembers) return false;
    await this.addMember(connection, room);
    return true;
  }

  /** The connection's user becomes a member, which the other members hear of (unless they hide). */
  private async addMember(connection: ChatConnection, room: RoomRow): Promise<void> {
    const added = await this.directory.store.addMembers(room.id, [connection.userId], this.now());
    if (added.length > 0)
      await this.ownMemberEvent(
        room,
        'member-joined',
        { room: room.id, user: author(connection) },
        connection.id,
      );
  }

  /** Counts for monitoring (and for tests that check nothing is left behind). */
  stats(): ReturnType<JoinedRooms['stats']> & { cachedRooms: number } {
    return { ...this.joined.stats(), cachedRooms: this.directory.cached() };
  }

  /**
   * A connection closed: Socket.IO already dropped it from its rooms. Membership of persistent rooms
   * stays; of an ephemeral room, it ends with the user's last connection in it.
   */
  async disconnected(connection: ChatConnection): Promise<void> {
    // Asked at once, before presence forgets this connection (the transports call rooms first).
    // On doubt (presence failing), hide: a missed member-left is the lesser harm.
    const hiding = this.presence.isHiding(connection.userId).catch(() => true);
    for (const id of this.joined.disconnected(connection)) {
      const room = await this.directory.room(id);
      if (!room || room.persistent || this.joined.userStillIn(connection.userId, id)) continue;
      try {
        if ((await this.directory.store.removeMember(id, connection.userId)) && !(await hiding)) {
          this.memberEvent(room, 'member-left', {
            room: id,
            user: author(connection),
            reason: 'disconnected',
          });
        }
      } catch (err) {
        this.options.log.warn({ err, room: id }, 'could not end an ephemeral membership');
      }
    }
  }
}
