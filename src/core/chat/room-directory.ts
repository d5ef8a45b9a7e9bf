import type { RoomInfo } from '../../../generated/types.js';
import type { RoomRow, RoomState, RoomStore } from '../../store/rooms.js';
import { ApiError } from '../errors.js';
import { roomInfo } from './chat-views.js';
import type { EphemeralSequences } from './ephemeral-sequences.js';

// A room's kind, owner, hidden and persistent flags never change, so rooms are cached by name.
const MAX_CACHED_ROOMS = 10_000;

/** Rooms by name: the store, a cache of what never changes about a room, and ephemeral rooms' numbering. */
export class RoomDirectory {
  private readonly cache = new Map<string, RoomRow>();

  constructor(
    readonly store: RoomStore,
    readonly sequences: EphemeralSequences,
  ) {}

  remember(room: RoomRow): RoomRow {
    this.cache.delete(room.id);
    this.cache.set(room.id, room);
    if (this.cache.size > MAX_CACHED_ROOMS) this.cache.delete(this.cache.keys().next().value as string);
    return room;
  }

  async room(id: string): Promise<RoomRow | undefined> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const row = await this.store.get(id);
    return row && this.remember(row);
  }

  async requireRoom(id: string): Promise<RoomRow> {
    const room = await this.room(id);
    if (!room) throw new ApiError('NOT_FOUND', `no room is named ${id}`, 'room');
    return room;
  }

  async requireState(id: string): Promise<RoomState> {
    const state = await this.store.state(id);
    if (!state) throw new ApiError('NOT_FOUND', `no room is named ${id}`, 'room');
    return state;
  }

  /** A room as clients see it; an ephemeral room's last number comes from its numbering. */
  async info(room: RoomState): Promise<RoomInfo> {
    return roomInfo(room.persistent ? room : { ...room, lastSeq: await this.sequences.last(room.id) });
  }

  cached(): number {
    return this.cache.size;
  }
}
