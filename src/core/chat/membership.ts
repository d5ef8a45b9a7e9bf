import type { RoomRow, RoomStore } from '../../store/rooms.js';
import { ApiError } from '../errors.js';
import type { JoinedRooms } from './joined-rooms.js';

/** Who is a member of a room: what rooms and messages both check before anything else. */
export class Membership {
  constructor(
    private readonly store: RoomStore,
    private readonly joined: JoinedRooms,
  ) {}

  /**
   * True when the user is a member: a direct room's members are in its name; a public room's at once if
   * their connection joined it, else from the database (an HTTP request has no connection). A private
   * room's always from the database: a removal made through another process does not reach this one's
   * record of who joined, and must still take effect at once.
   */
  async isMember(who: { id?: string; userId: string }, room: RoomRow): Promise<boolean> {
    if (room.kind === 'direct') return room.id.split(':').slice(1).includes(who.userId);
    const joined = room.kind === 'public' && who.id !== undefined && this.joined.has(who.id, room.id);
    return joined || (await this.store.isMember(room.id, who.userId));
  }

  async require(who: { id?: string; userId: string }, room: RoomRow, action: string): Promise<void> {
    if (!(await this.isMember(who, room)))
      throw new ApiError('FORBIDDEN', `only members of ${room.id} may ${action}`, 'room');
  }
}
