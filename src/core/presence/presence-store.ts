import type { ActivityState, Game } from '../../../generated/types.js';

/** An activity as the store keeps it: `since` in epoch milliseconds. */
export interface StoredActivity {
  state: ActivityState;
  game?: Game;
  status?: string;
  since: number;
}

/** A connected user: their activity is null while they have never been visible since they came online. */
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

/**
 * Who is connected and what they show, across every connection of every user. The in-memory store is
 * the embedded default; the interface is what a shared store (Redis) implements for several nodes.
 * Methods are async so such a store fits; each is one atomic step.
 */
export interface PresenceStore {
  /**
   * Adds a connection. A connection that appears online makes a user who was not yet visible `online`
   * (an activity someone chose, `offline` included, is kept).
   */
  addConnection(
    connection: { id: string; userId: string; username: string },
    appearOnline: boolean,
    now: number,
  ): Promise<PresenceChange>;
  /** Removes a connection; when it was the user's last, the user's record is gone (`after` is null). */
  removeConnection(connectionId: string, userId: string): Promise<PresenceChange & { remaining: number }>;
  /** Sets a connected user's activity; resolves undefined when the user has no connection left. */
  setActivity(userId: string, activity: StoredActivity): Promise<PresenceChange | undefined>;
  /** The connected users among these ids. */
  get(userIds: readonly string[]): Promise<PresentUser[]>;
  /** Every connected user whose activity is set and not `offline`. */
  visible(): Promise<PresentUser[]>;
}
