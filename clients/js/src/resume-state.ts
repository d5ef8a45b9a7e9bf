import type {
  ChatMessage,
  DbChange,
  FollowRequest,
  RoomInfo,
  SetActivityRequest,
} from './generated/types.js';

// How far out of order a message or change may arrive and still be told apart from a replay.
const MAX_AHEAD = 256;

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
  /**
   * Per stored room, the `seq`s delivered past a gap. In a cluster, messages sent at the same moment
   * through two processes can arrive out of order (6 before 5): `lastSeq` stays below the gap (what a
   * new connection asks from), and 5 is still new when it comes.
   */
  private readonly ahead = new Map<string, Set<number>>();
  /** Per repository, the positions delivered lately: changes, too, can arrive out of order. */
  private readonly recentPositions = new Map<string, Set<number>>();
  /** Per repository, the position its subscription started from: what is at or below it was covered. */
  private readonly floors = new Map<string, number>();

  joined(room: RoomInfo, missed: ChatMessage[] = []): void {
    const known = this.rooms.get(room.id)?.lastSeq ?? this.seenSeq.get(room.id) ?? 0;
    const lastSeq = Math.max(known, room.lastSeq, ...missed.map((m) => m.seq));
    this.rooms.set(room.id, { persistent: room.persistent, lastSeq });
  }

  left(room: string): void {
    this.rooms.delete(room);
    this.ahead.delete(room);
  }

  subscribed(repo: string, position: number): void {
    const known = this.repos.get(repo) ?? this.seenPosition.get(repo) ?? 0;
    this.repos.set(repo, Math.max(known, position));
    this.floors.set(repo, Math.max(known, position));
    this.recentPositions.delete(repo);
  }

  unsubscribed(repo: string): void {
    this.repos.delete(repo);
    this.recentPositions.delete(repo);
    this.floors.delete(repo);
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
    return this.advance(message.room, room, message.seq);
  }

  /** Records `seq` as delivered in a stored room; false when it was already. */
  private advance(id: string, room: { lastSeq: number }, seq: number): boolean {
    const ahead = this.ahead.get(id) ?? new Set<number>();
    if (seq <= room.lastSeq || ahead.has(seq)) return false;
    ahead.add(seq);
    while (ahead.delete(room.lastSeq + 1)) room.lastSeq++;
    // A gap that never fills (a message lost to an outage) must not grow this without end: past the
    // bound, the oldest gap is given up (a new connection's replay fills it from the server).
    if (ahead.size > MAX_AHEAD) {
      room.lastSeq = Math.min(...ahead) - 1;
      while (ahead.delete(room.lastSeq + 1)) room.lastSeq++;
    }
    if (ahead.size > 0) this.ahead.set(id, ahead);
    else this.ahead.delete(id);
    return true;
  }

  /**
   * The receipt of this client's own message, which the server does not echo back to it: it becomes the
   * room's last only if it directly follows, so that no message of another user before it is skipped.
   */
  sent(room: string, seq: number): void {
    const known = this.rooms.get(room);
    if (known?.persistent) this.advance(room, known, seq);
  }

  /** Whether `change` is new to this client (then its position becomes the repository's last). */
  acceptChange(change: DbChange): boolean {
    const last = this.repos.get(change.repo);
    if (last === undefined) {
      this.seenPosition.set(change.repo, Math.max(this.seenPosition.get(change.repo) ?? 0, change.position));
      return true;
    }
    const recent = this.recentPositions.get(change.repo) ?? new Set<number>();
    // A reader is sent only the changes it may read, so positions have gaps: no watermark, but the
    // positions delivered lately, and anything older than them is a replay.
    const floor = Math.max(this.floors.get(change.repo) ?? 0, last - MAX_AHEAD);
    if (recent.has(change.position) || change.position <= floor) return false;
    recent.add(change.position);
    if (recent.size > MAX_AHEAD) recent.delete(Math.min(...recent));
    this.recentPositions.set(change.repo, recent);
    this.repos.set(change.repo, Math.max(last, change.position));
    return true;
  }
}
