/**
 * A transport's connections in this process, and the bus topics each is subscribed to (a user's
 * devices, chat rooms, repositories, everyone): what its deliverer reads to find an event's receivers.
 * The transports that deliver through the bus themselves (/ws, Server-Sent Events) use it; Socket.IO
 * has its rooms.
 */
export class TopicRegistry<C extends { readonly sid: string }> {
  readonly bySid = new Map<string, C>();
  private readonly byTopic = new Map<string, Set<C>>();
  private readonly topicsOf = new Map<C, Set<string>>();

  opened(socket: C): void {
    this.bySid.set(socket.sid, socket);
    this.topicsOf.set(socket, new Set());
  }

  join(socket: C, topic: string): void {
    const mine = this.topicsOf.get(socket);
    // A socket that closed meanwhile joins nothing: its entry would never be removed.
    if (!mine) return;
    mine.add(topic);
    const sockets = this.byTopic.get(topic) ?? new Set<C>();
    sockets.add(socket);
    this.byTopic.set(topic, sockets);
  }

  leave(socket: C, topic: string): void {
    this.topicsOf.get(socket)?.delete(topic);
    const sockets = this.byTopic.get(topic);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.byTopic.delete(topic);
  }

  /** The sockets subscribed to a topic (none: an empty set). */
  in(topic: string): ReadonlySet<C> {
    return this.byTopic.get(topic) ?? EMPTY;
  }

  closed(socket: C): void {
    for (const topic of this.topicsOf.get(socket) ?? []) this.leave(socket, topic);
    this.topicsOf.delete(socket);
    this.bySid.delete(socket.sid);
  }
}

const EMPTY: ReadonlySet<never> = new Set();
