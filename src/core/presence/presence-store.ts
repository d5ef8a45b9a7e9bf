import type { ActivityState, Game } from '../../../generated/types.js';

/** An activity as the store keeps it, times in epoch milliseconds. */
export interface StoredActivity {
  state: ActivityState;
  game?: Game;
  status?: string;
  /** When it began; for a chosen `offline`, when the user was last visible (undefined if they never were). */
  since: number | undefined;
  /**
   * True for the `online` a connection that appears online gives a user who chose nothing: it lasts only
   * while such a connection is open. A chosen activity lasts while any connection is.
   */
  automatic: boolean;
}

/** A connected user: activity null while nothing makes them visible (invisible connections only). */
export interface PresentUser {
  userId: string;
  username: string;
  activity: StoredActivity | null;
}

/** A change to one user's record, for deciding what to tell others. */
export interface PresenceChange {
  before: StoredActivity | null;
  after: StoredActivity | null;
}

/** A change no connection made (a dead node's connections swept, say), so it names the user. */
export interface UserPresenceChange extends PresenceChange {
  userId: string;
  username: string;
}

/**
 * Who is connected and what they show, across every connection of every user. The in-memory store is
 * the embedded default; the interface is what a shared store (Redis) implements for several nodes.
 * Methods are async so such a store fits; each is one atomic step.
 */
export interface PresenceStore {
  /**
   * Adds a connection. One that appears online makes a user with no activity `online` (automatically);
   * an activity the user chose, `offline` included, is kept.
   */
  addConnection(
    connection: { id: string; userId: string; username: string },
    appearOnline: boolean,
    now: number,
  ): Promise<PresenceChange>;
  /**
   * Removes a connection. The user's record goes with their last connection (`after` null); an automatic
   * `online` goes with their last connection that appears online.
   */
  removeConnection(connectionId: string, userId: string): Promise<PresenceChange & { remaining: number }>;
  /** Sets a connected user's chosen activity; resolves undefined when the user has no connection left. */
  setActivity(userId: string, activity: StoredActivity): Promise<PresenceChange | undefined>;
  /** The connected users among these ids. */
  get(userIds: readonly string[]): Promise<PresentUser[]>;
  /** Every connected user whose activity is set and not `offline`. */
  visible(): Promise<PresentUser[]>;
  /**
   * Shared stores only. Starts keeping this node's connections alive (a heartbeat) and removing those of
   * nodes that died. `onChanged` gets the changes no connection made, for this node to tell the others:
   * users of a dead node it removed, and users it filed again after its own heartbeat lapsed.
   */
  start?(onChanged: (changes: UserPresenceChange[]) => void): Promise<void>;
  /**
   * Shared stores only. Stops, removing this node's connections at once rather than leaving them to other
   * nodes' sweeps; resolves with the changes that made, for this node to announce before it exits.
   */
  stop?(): Promise<UserPresenceChange[]>;
  /**
   * Shared stores only. Tells `listener` of every connection this node removes because its node died
   * (each is reported by the one node that swept it), so that what else the connection was in (a party)
   * can let it go too.
   */
  onConnectionsLost?(listener: (lost: LostConnection[]) => void): void;
}

/** A connection of a dead node, as the sweep found it. */
export interface LostConnection {
  id: string;
  userId: string;
  username: string;
}
