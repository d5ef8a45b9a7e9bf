import type { Author, ChatMessage, RoomInfo } from '../../../generated/types.js';
import type { MessageRow } from '../../store/messages.js';
import type { RoomRow, RoomState, RoomStore } from '../../store/rooms.js';
import { ApiError } from '../errors.js';
import { topic } from '../fanout/topics.js';

/** A connection as chat knows it. */
export interface ChatConnection {
  id: string;
  userId: string;
  username: string;
}

// A room's kind, owner, hidden and persistent flags never change, so rooms are cached by name.
const MAX_CACHED_ROOMS = 10_000;

export const iso = (ms: number) => new Date(ms).toISOString();

export function roomInfo(room: RoomState): RoomInfo {
  const info: RoomInfo = {
    id: room.id,
    kind: room.kind,
    hidden: room.hidden,
    persistent: room.persistent,
    lastSeq: room.lastSeq,
    memberCount: room.memberCount,
    createdAt: iso(room.createdAt),
  };
  if (room.ownerId) info.ownerId = room.ownerId;
  return info;
}

export function chatMessage(row: MessageRow): ChatMessage {
  const message: ChatMessage = {
    room: row.roomId,
    id: row.id,
    seq: row.seq,
    author: { userId: row.authorId, username: row.authorName },
    createdAt: iso(row.createdAt),
  };
  if (row.body !== undefined) message.body = JSON.parse(row.body) as Record<string, unknown>;
  if (row.editedAt !== undefined) message.editedAt = iso(row.editedAt);
  if (row.deletedAt !== undefined) message.deletedAt = iso(row.deletedAt);
  return message;
}

export const author = (c: ChatConnection): Author => ({ userId: c.userId, username: c.username });

/** Direct rooms reach every connection of both users; other rooms, the connections that joined them. */
export function audienceOf(room: RoomRow): string[] {
  if (room.kind === 'direct') return room.id.split(':').slice(1).map(topic.user);
  return [topic.room(room.id)];
}

/**
 * What rooms and messages share: rooms by name (cached), which rooms each connection of this node is
 * in, and membership checks that use that before asking the database.
 */
export class ChatState {
  private readonly cache = new Map<string, RoomRow>();
  private readonly joined = new Map<string, Set<string>>();
  private readonly connections = new Map<string, Set<string>>();
  // Ephemeral rooms number their messages in memory: in order and without gaps for this process's life.
  private readonly ephemeralSeq = new Map<string, number>();

  constructor(readonly rooms: RoomStore) {}

  remember(room: RoomRow): RoomRow {
    this.cache.delete(room.id);
    this.cache.set(room.id, room);
    if (this.cache.size > MAX_CACHED_ROOMS) this.cache.delete(this.cache.keys().next().value as string);
    return room;
  }

  async room(id: string): Promise<RoomRow | undefined> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const row = await this.rooms.get(id);
    return row && this.remember(row);
  }

  async requireRoom(id: string): Promise<RoomRow> {
    const room = await this.room(id);
    if (!room) throw new ApiError('NOT_FOUND', `no room is named ${id}`, 'room');
    return room;
  }

  async requireState(id: string): Promise<RoomState> {
    const state = await this.rooms.state(id);
    if (!state) throw new ApiError('NOT_FOUND', `no room is named ${id}`, 'room');
    return state;
  }

  /**
   * True when the user is a member: a direct room's members are in its name; otherwise at once if their
   * connection joined the room, else from the database (an HTTP request has no connection).
   */
  async isMember(who: { id?: string; userId: string }, room: RoomRow): Promise<boolean> {
    if (room.kind === 'direct') return room.id.split(':').slice(1).includes(who.userId);
    const joined = who.id !== undefined && this.joined.get(who.id)?.has(room.id) === true;
    return joined || (await this.rooms.isMember(room.id, who.userId));
  }

  /** The next number of a message in an ephemeral room. */
  nextEphemeralSeq(room: string): number {
    const seq = (this.ephemeralSeq.get(room) ?? 0) + 1;
    this.ephemeralSeq.set(room, seq);
    return seq;
  }

  /** A room as clients see it; an ephemeral room's last number is this process's. */
  info(room: RoomState): RoomInfo {
    return roomInfo(room.persistent ? room : { ...room, lastSeq: this.ephemeralSeq.get(room.id) ?? 0 });
  }

  /** Whether a connection is still open (an answer may arrive after it closed). */
  isOpen(connection: ChatConnection): boolean {
    return this.connections.get(connection.userId)?.has(connection.id) === true;
  }

  /** This connection alone leaves a room (undoing a join it did not live to finish). */
  leave(connectionId: string, room: string): void {
    this.joined.get(connectionId)?.delete(room);
  }

  async requireMember(connection: ChatConnection, room: RoomRow, action: string): Promise<void> {
    if (!(await this.isMember(connection, room)))
      throw new ApiError('FORBIDDEN', `only members of ${room.id} may ${action}`, 'room');
  }

  connected(connection: ChatConnection): void {
    const mine = this.connections.get(connection.userId) ?? new Set<string>();
    mine.add(connection.id);
    this.connections.set(connection.userId, mine);
  }

  /** Forgets a connection; resolves the rooms it was in. */
  disconnected(connection: ChatConnection): string[] {
    const rooms = [...(this.joined.get(connection.id) ?? [])];
    this.joined.delete(connection.id);
    const mine = this.connections.get(connection.userId);
    mine?.delete(connection.id);
    if (mine?.size === 0) this.connections.delete(connection.userId);
    return rooms;
  }

  roomsOf(connectionId: string): ReadonlySet<string> {
    return this.joined.get(connectionId) ?? new Set();
  }

  join(connectionId: string, room: string): void {
    const rooms = this.joined.get(connectionId) ?? new Set<string>();
    rooms.add(room);
    this.joined.set(connectionId, rooms);
  }

  /** Every connection of the user on this node leaves the room. */
  leaveAll(userId: string, room: string): void {
    for (const connectionId of this.connections.get(userId) ?? [])
      this.joined.get(connectionId)?.delete(room);
  }

  /** Whether another connection of the user on this node is in the room. */
  userStillIn(userId: string, room: string): boolean {
    return [...(this.connections.get(userId) ?? [])].some((c) => this.joined.get(c)?.has(room));
  }

  stats(): { connections: number; joinedConnections: number; cachedRooms: number } {
    let connections = 0;
    for (const set of this.connections.values()) connections += set.size;
    return { connections, joinedConnections: this.joined.size, cachedRooms: this.cache.size };
  }
}
