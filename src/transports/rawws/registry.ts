import type { RawSocket } from './raw-socket.js';

/**
 * The raw transport's connections in this process, and the bus topics each is subscribed to (a user's
 * devices, chat rooms, repositories, everyone): what the deliverer reads to find an event's receivers.
 */
export class RawRegistry {
  readonly bySid = new Map<string, RawSocket>();
  private readonly byTopic = new Map<string, Set<RawSocket>>();
  private readonly topicsOf = new Map<RawSocket, Set<string>>();

  opened(socket: RawSocket): void {
    this.bySid.set(socket.sid, socket);
    this.topicsOf.set(socket, new Set());
  }

  join(socket: RawSocket, topic: string): void {
    const mine = this.topicsOf.get(socket);
    // A socket that closed meanwhile joins nothing: its entry would never be removed.
    if (!mine) return;
    mine.add(topic);
    const sockets = this.byTopic.get(topic) ?? new Set<RawSocket>();
    sockets.add(socket);
    this.byTopic.set(topic, sockets);
  }

  leave(socket: RawSocket, topic: string): void {
    this.topicsOf.get(socket)?.delete(topic);
    const sockets = this.byTopic.get(topic);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.byTopic.delete(topic);
  }

  /** The sockets subscribed to a topic (none: an empty set). */
  in(topic: string): ReadonlySet<RawSocket> {
    return this.byTopic.get(topic) ?? EMPTY;
  }

  closed(socket: RawSocket): void {
    for (const topic of this.topicsOf.get(socket) ?? []) this.leave(socket, topic);
    this.topicsOf.delete(socket);
    this.bySid.delete(socket.sid);
  }
}

const EMPTY: ReadonlySet<RawSocket> = new Set();
