import type {
  ChatMessage,
  DbChange,
  FollowRequest,
  RoomInfo,
  SetActivityRequest,
} from './generated/types.js';

/**
 * What a connection has set up on the server and how far it has read, kept so that a new connection can
 * restore it (rooms, subscriptions, follows, activity) and ask for exactly what was missed; and the filter
 * that drops what was already delivered (by room + `seq`, by repository + `position`).
 */
export class ResumeState {
  /** Rooms this connection joined: whether the room stores messages, and the last `seq` delivered. */
  readonly rooms = new Map<string, { persistent: boolean; lastSeq: number }>();
  /** Repositories subscribed to, with the last position delivered. */
  readonly repos = new Map<string, number>();
  readonly followedIds = new Set<string>();
  readonly followedNames = new Set<string>();
  activity: SetActivityRequest | undefined;
  /** The last `seq` / position delivered before the join or subscription was acknowledged. */
  private readonly seenSeq = new Map<string, number>();
  private readonly seenPosition = new Map<string, number>();

  joined(room: RoomInfo, missed: ChatMessage[] = []): void {
    const known = this.rooms.get(room.id)?.lastSeq ?? this.seenSeq.get(room.id) ?? 0;
    const lastSeq = Math.max(known, room.lastSeq, ...missed.map((m) => m.seq));
    this.rooms.set(room.id, { persistent: room.persistent, lastSeq });
  }

  left(room: string): void {
    this.rooms.delete(room);
  }

  subscribed(repo: string, position: number): void {
    const known = this.repos.get(repo) ?? this.seenPosition.get(repo) ?? 0;
    this.repos.set(repo, Math.max(known, position));
  }

  unsubscribed(repo: string): void {
    this.repos.delete(repo);
  }

  followed(req: FollowRequest): void {
    for (const id of req.userIds ?? []) this.followedIds.add(id);
    for (const name of req.usernames ?? []) this.followedNames.add(name);
  }

  unfollowed(req: FollowRequest): void {
    for (const id of req.userIds ?? []) this.followedIds.delete(id);
    for (const name of req.usernames ?? []) this.followedNames.delete(name);
  }

  /**
   * Whether `message` is new to this client (then it becomes the room's last). Only stored rooms are
   * filtered: their `seq` is durable; an ephemeral room's messages are relayed as they come.
   */
  acceptMessage(message: ChatMessage): boolean {
    const room = this.rooms.get(message.room);
    if (!room) {
      this.seenSeq.set(message.room, Math.max(this.seenSeq.get(message.room) ?? 0, message.seq));
      return true;
    }
    if (!room.persistent) return true;
    if (message.seq <= room.lastSeq) return false;
    room.lastSeq = message.seq;
    return true;
  }

  /**
   * The receipt of this client's own message, which the server does not echo back to it: it becomes the
   * room's last only if it directly follows, so that no message of another user before it is skipped.
   */
  sent(room: string, seq: number): void {
    const known = this.rooms.get(room);
    if (known?.persistent && seq === known.lastSeq + 1) known.lastSeq = seq;
  }

  /** Whether `change` is new to this client (then its position becomes the repository's last). */
  acceptChange(change: DbChange): boolean {
    const last = this.repos.get(change.repo);
    if (last === undefined) {
      this.seenPosition.set(change.repo, Math.max(this.seenPosition.get(change.repo) ?? 0, change.position));
      return true;
    }
    if (change.position <= last) return false;
    this.repos.set(change.repo, change.position);
    return true;
  }
}
