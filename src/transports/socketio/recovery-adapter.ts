import { randomBytes } from 'node:crypto';
import { Adapter, type BroadcastOptions, type Room, type Session } from 'socket.io-adapter';

/** A dropped connection, kept for the recovery window: what Socket.IO asks the adapter to persist. */
type DroppedSession = Omit<Session, 'missedPackets'> & { droppedAt: number };

interface KeptPacket {
  opts: BroadcastOptions;
  data: unknown[];
  at: number;
}

// socket.io-parser's EVENT: only events are kept (acknowledgements are not replayed).
const EVENT = 2;
// How often expired packets and sessions are let go.
const SWEEP_MS = 5_000;

/**
 * Socket.IO's in-memory adapter with connection-state recovery, for one process (a cluster's Redis
 * Streams adapter keeps its own log). Socket.IO's `SessionAwareAdapter` keeps every broadcast for the
 * whole window, even one nobody could ever be owed, and finds a resumed session's offset by scanning
 * them all. This one keeps a broadcast only when a socket in its rooms, or a dropped session that was in
 * them, could be owed it: a presence change of a user nobody follows, a message to a room nobody is
 * connected to, is neither encoded nor kept. Offsets are sequence numbers, so finding one is a
 * subtraction. What a resumed session is given is the same: every event of its rooms since its offset.
 */
export class RecoveryAdapter extends Adapter {
  private readonly windowMs: number;
  /** Kept events, oldest first; `packets[i]` has sequence number `first + i`. */
  private packets: KeptPacket[] = [];
  private first = 0;
  /** Offsets of this process's life only: one from before a restart is not found, not misread. */
  private readonly prefix = `${randomBytes(4).toString('hex')}-`;
  private readonly dropped = new Map<string, DroppedSession>();
  /** How many dropped sessions were in each room: a room with none and no socket is owed nothing. */
  private readonly droppedIn = new Map<Room, number>();
  private readonly sweeper: NodeJS.Timeout;

  // biome-ignore lint/suspicious/noExplicitAny: Socket.IO's Namespace, as the adapter's own constructor types it.
  constructor(nsp: any) {
    super(nsp);
    this.windowMs = nsp.server.opts.connectionStateRecovery.maxDisconnectionDuration;
    this.sweeper = setInterval(() => this.sweep(Date.now() - this.windowMs), SWEEP_MS);
    this.sweeper.unref();
  }

  /** How many events are kept for resumption now (for tests and diagnostics). */
  get kept(): number {
    return this.packets.length;
  }

  override close(): void {
    clearInterval(this.sweeper);
  }

  override broadcast(packet: { type: number; id?: number; data: unknown[] }, opts: BroadcastOptions): void {
    const live = this.reachesSocket(opts);
    const replayable = packet.type === EVENT && packet.id === undefined && opts.flags?.volatile === undefined;
    if (replayable && (live || this.reachesDropped(opts))) {
      // The offset goes last in the data, where socket.io-client reads it from.
      packet.data.push(`${this.prefix}${this.first + this.packets.length}`);
      this.packets.push({ opts, data: packet.data, at: Date.now() });
    }
    if (live) super.broadcast(packet, opts);
  }

  override persistSession(session: Omit<Session, 'missedPackets'>): void {
    this.forget(session.pid);
    this.dropped.set(session.pid, { ...session, droppedAt: Date.now() });
    for (const room of session.rooms) this.droppedIn.set(room, (this.droppedIn.get(room) ?? 0) + 1);
  }

  override restoreSession(pid: string, offset: string): Promise<Session> {
    // Socket.IO's type says a session always comes back; its code reads null as a new connection.
    const none = Promise.resolve(null as unknown as Session);
    const session = this.dropped.get(pid);
    if (!session) return none;
    if (session.droppedAt < Date.now() - this.windowMs) {
      this.forget(pid);
      return none;
    }
    const seq = offset.startsWith(this.prefix) ? Number(offset.slice(this.prefix.length)) : Number.NaN;
    // Its last event is gone from the window (or never was ours): what it missed cannot be told.
    const from = seq - this.first + 1;
    if (!Number.isInteger(seq) || from < 1 || from > this.packets.length) return none;
    const missedPackets: unknown[][] = [];
    for (let i = from; i < this.packets.length; i++) {
      const kept = this.packets[i] as KeptPacket;
      if (owed(session.rooms, kept.opts)) missedPackets.push(kept.data);
    }
    const { droppedAt: _, ...restored } = session;
    return Promise.resolve({ ...restored, missedPackets });
  }

  /** Whether a connected socket is in the broadcast's rooms and not in its exceptions. */
  private reachesSocket({ rooms, except }: BroadcastOptions): boolean {
    if (rooms.size === 0) return this.sids.size > 0;
    for (const room of rooms)
      for (const id of this.rooms.get(room) ?? []) {
        if (!except || except.size === 0) return true;
        const its = this.sids.get(id);
        if (!its || ![...except].some((e) => its.has(e))) return true;
      }
    return false;
  }

  /** Whether a dropped session may be owed the broadcast (by room: exceptions are not known of it). */
  private reachesDropped({ rooms }: BroadcastOptions): boolean {
    if (this.dropped.size === 0) return false;
    if (rooms.size === 0) return true;
    for (const room of rooms) if (this.droppedIn.has(room)) return true;
    return false;
  }

  private forget(pid: string): void {
    const session = this.dropped.get(pid);
    if (!session) return;
    this.dropped.delete(pid);
    for (const room of session.rooms) {
      const left = (this.droppedIn.get(room) ?? 1) - 1;
      if (left > 0) this.droppedIn.set(room, left);
      else this.droppedIn.delete(room);
    }
  }

  private sweep(before: number): void {
    for (const [pid, session] of this.dropped) if (session.droppedAt < before) this.forget(pid);
    let expired = 0;
    while (expired < this.packets.length && (this.packets[expired] as KeptPacket).at < before) expired++;
    if (expired === 0) return;
    this.packets = this.packets.slice(expired);
    this.first += expired;
  }
}

/** Socket.IO's rule for a resumed session: in one of the rooms (or all) and in none of the exceptions. */
function owed(sessionRooms: readonly Room[], { rooms, except }: BroadcastOptions): boolean {
  const included = rooms.size === 0 || sessionRooms.some((room) => rooms.has(room));
  return included && !sessionRooms.some((room) => except?.has(room));
}
