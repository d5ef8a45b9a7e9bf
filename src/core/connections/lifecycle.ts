import type { Logger } from '../../logger.js';
import type { SessionConnections, SessionGrant } from '../auth/session-connections.js';
import type { RoomService } from '../chat/rooms.js';
import { subscriberTopics } from '../database/audience.js';
import type { DocumentService } from '../database/documents.js';
import { logFailure } from '../errors.js';
import type { Bus } from '../fanout/bus.js';
import { askedBy, topic } from '../fanout/topics.js';
import type { ConnectionLimiter, Transport } from '../limits/connection-limits.js';
import type { MatchService } from '../matches/matches.js';
import type { PartyService } from '../parties/parties.js';
import type { PresenceService } from '../presence/presence.js';
import type { SocketIdentity } from '../users.js';

/** An admitted connection, as every feature knows it. */
export interface LiveConnection {
  id: string;
  userId: string;
  username: string;
  accountId: string;
}

export interface LifecycleDeps {
  limits: ConnectionLimiter;
  sessions: SessionConnections;
  bus: Bus;
  presence: PresenceService;
  rooms: RoomService;
  documents: DocumentService;
  parties: PartyService;
  matches: MatchService;
  log: Logger;
}

/**
 * The life of a realtime connection, whatever its transport: `opened` (counted), `admit` (authenticated),
 * `connected` or `resumed` (live), then, as it closes, `released` (its slots freed) and `disconnected`
 * (its features undone). A feature that keeps state per connection hangs off here, once, instead of once
 * per transport.
 *
 * Socket.IO gives two ids: the Engine.IO session's (`opened`, `admit`, `released`: limits and sessions
 * count transport connections) and the socket's (`connected`, `disconnected`); /ws uses its sid for all.
 */
export class ConnectionLifecycle {
  // Resumptions under way, by connection: a departure waits for its connection's.
  private readonly resuming = new Map<string, Promise<void>>();

  constructor(private readonly deps: LifecycleDeps) {}

  /**
   * A transport connection opened: the caps on connections and its address's limits; rejects with
   * the refusal. In a cluster this asks Redis: the transport holds the connection's requests until
   * it is decided, and calls `released` when it closes, decided or not.
   */
  opened(id: string, transport: Transport, address: string): Promise<void> {
    return this.deps.limits.opened(id, transport, address);
  }

  /**
   * The connection proved who it is: it is bound to its session (so it ends with it) and counted
   * against its user's and plan's caps, across the cluster; connections the `replace` policy makes
   * room with are closed, on whichever process. Rejects with the refusal and leaves nothing behind.
   * The connection may have closed by the time this resolves: the caller checks before going on.
   */
  async admit(
    id: string,
    identity: SocketIdentity,
    grant: SessionGrant,
    plan: string | undefined,
  ): Promise<void> {
    // Bound first: a session that ended while the caller looked it up refuses here, before any slot is taken.
    this.deps.sessions.bind(id, grant);
    try {
      await this.deps.limits.authenticated(id, identity, plan);
    } catch (err) {
      this.deps.sessions.unbind(id);
      throw err;
    }
  }

  /**
   * Admitted and ready: it hears its user's topics and counts for rooms and the database at once;
   * resolves once presence has announced it (rejects if presence failed: the caller closes it).
   */
  connected(connection: LiveConnection, appearOnline: boolean): Promise<void> {
    this.deps.bus.subscribe(connection.id, this.deps.presence.topicsOf(connection));
    this.opening(connection);
    return this.deps.presence.connected(connection, appearOnline);
  }

  /**
   * Admitted, not yet live: it may join rooms and subscribe to repositories, but nobody is told it is
   * there. An event stream (GET /api/events) subscribes here, before it answers, so that a refused
   * subscription leaves no trace (no presence shown then withdrawn); `connected` follows, or
   * `disconnected` undoes it.
   */
  opening(connection: LiveConnection): void {
    this.deps.rooms.connected(connection);
    this.deps.documents.connected(connection);
    this.deps.matches.connected(connection);
  }

  /**
   * A connection that resumed one that dropped (connection-state recovery), on this process or another:
   * it is subscribed to the topics it had, so the services record again what those say it asked for
   * (rooms joined, repositories, follows), and whatever it may no longer have is dropped. Then it is
   * live like any connection.
   */
  resumed(connection: LiveConnection, appearOnline: boolean, topics: Iterable<string>): Promise<void> {
    const resuming = this.resume(connection, appearOnline, topics).finally(() =>
      this.resuming.delete(connection.id),
    );
    this.resuming.set(connection.id, resuming);
    return resuming;
  }

  /**
   * Whether a dropped connection may be resumed with these topics: every room it was in it may still be
   * in, its account is the same (its repositories' topics name it), and it was in no party nor match (it
   * left them as it dropped, since they belong to the connection, and a replay would hand it what their
   * members sent since). Asked before Socket.IO replays what the connection missed, which it does before any
   * other check (transports/socketio/recovery.ts): when not, the client gets a new connection and resyncs.
   */
  async mayResume(identity: LiveConnection, topics: Iterable<string>): Promise<boolean> {
    const asked = askedBy(topics);
    return (
      asked.parties.length === 0 &&
      this.deps.matches.mayResume(topics) &&
      (await this.deps.rooms.mayResume(identity, asked.rooms)) &&
      (await this.deps.documents.mayResume(identity, asked.repos))
    );
  }

  private async resume(
    connection: LiveConnection,
    appearOnline: boolean,
    topics: Iterable<string>,
  ): Promise<void> {
    const { bus, rooms, documents, matches, presence } = this.deps;
    const asked = askedBy(topics);
    rooms.connected(connection);
    documents.connected(connection);
    matches.connected(connection);
    const gone = [
      ...(await rooms.resumed(connection, asked.rooms)).map(topic.room),
      ...documents.resumed(connection, asked.repos).flatMap((repo) => subscriberTopics(repo, connection)),
      ...presence.resumed(connection, asked.follows).map(topic.followers),
    ];
    if (gone.length > 0) bus.unsubscribe(connection.id, gone);
    bus.subscribe(connection.id, presence.topicsOf(connection));
    await presence.connected(connection, appearOnline);
  }

  /**
   * The connection ended: what it joined, subscribed to and showed is undone; after its resumption, if
   * one is under way, which would otherwise record it all again for a connection that is gone.
   */
  disconnected(connection: LiveConnection): void {
    const resuming = this.resuming.get(connection.id);
    if (resuming) void resuming.catch(() => {}).then(() => this.undo(connection));
    else this.undo(connection);
  }

  private undo(connection: LiveConnection): void {
    const { documents, rooms, presence, parties, matches, log } = this.deps;
    documents.disconnected(connection);
    parties.disconnected(connection).catch((err: unknown) => logFailure(log, err, 'party cleanup failed'));
    matches.disconnected(connection).catch((err: unknown) => logFailure(log, err, 'match cleanup failed'));
    // Rooms first: they read whether the user hides before presence forgets the connection.
    rooms.disconnected(connection).catch((err: unknown) => logFailure(log, err, 'room cleanup failed'));
    presence
      .disconnected(connection)
      .catch((err: unknown) => logFailure(log, err, 'presence cleanup failed'));
  }

  /** Its transport connection closed: its slots of the limits and its session binding go. */
  released(id: string): void {
    // Never rejects: a release Redis missed is retried by the slots themselves.
    void this.deps.limits.release(id);
    this.deps.sessions.unbind(id);
  }
}
