/** A connection as chat knows it. */
export interface ChatConnection {
  id: string;
  userId: string;
  username: string;
}

/**
 * This process's connections and the rooms each joined: what a connection may do at once without asking
 * the database, and what ends when it closes. Connections live on one process, so this is local.
 */
export class JoinedRooms {
  private readonly joined = new Map<string, Set<string>>();
  private readonly connections = new Map<string, Set<string>>();

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

  /** Whether a connection is still open (an answer may arrive after it closed). */
  isOpen(connection: ChatConnection): boolean {
    return this.connections.get(connection.userId)?.has(connection.id) === true;
  }

  has(connectionId: string, room: string): boolean {
    return this.joined.get(connectionId)?.has(room) === true;
  }

  roomsOf(connectionId: string): ReadonlySet<string> {
    return this.joined.get(connectionId) ?? new Set();
  }

  join(connectionId: string, room: string): void {
    const rooms = this.joined.get(connectionId) ?? new Set<string>();
    rooms.add(room);
    this.joined.set(connectionId, rooms);
  }

  /** This connection alone leaves a room (undoing a join it did not live to finish). */
  leave(connectionId: string, room: string): void {
    this.joined.get(connectionId)?.delete(room);
  }

  /** Every connection of the user on this process leaves the room. */
  leaveAll(userId: string, room: string): void {
    for (const connectionId of this.connections.get(userId) ?? [])
      this.joined.get(connectionId)?.delete(room);
  }

  /** Whether another connection of the user on this process is in the room. */
  userStillIn(userId: string, room: string): boolean {
    return [...(this.connections.get(userId) ?? [])].some((c) => this.joined.get(c)?.has(room));
  }

  stats(): { connections: number; joinedConnections: number } {
    let connections = 0;
    for (const set of this.connections.values()) connections += set.size;
    return { connections, joinedConnections: this.joined.size };
  }
}
