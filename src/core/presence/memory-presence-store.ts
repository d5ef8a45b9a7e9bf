import type { PresenceChange, PresenceStore, PresentUser, StoredActivity } from './presence-store.js';

interface Entry extends PresentUser {
  /** Each connection and whether it appears online. */
  connections: Map<string, boolean>;
  appearing: number;
}

function isVisible(activity: StoredActivity | null): boolean {
  return activity !== null && activity.state !== 'offline';
}

/** Presence in this process's memory: the embedded default (one node). */
export class MemoryPresenceStore implements PresenceStore {
  private readonly users = new Map<string, Entry>();
  // Users whose activity is visible, kept apart so listing them does not walk every connected user.
  private readonly shown = new Map<string, Entry>();

  private index(entry: Entry): void {
    if (isVisible(entry.activity)) this.shown.set(entry.userId, entry);
    else this.shown.delete(entry.userId);
  }

  async addConnection(
    connection: { id: string; userId: string; username: string },
    appearOnline: boolean,
    now: number,
  ): Promise<PresenceChange> {
    let entry = this.users.get(connection.userId);
    if (!entry) {
      entry = {
        userId: connection.userId,
        username: connection.username,
        activity: null,
        connections: new Map(),
        appearing: 0,
      };
      this.users.set(connection.userId, entry);
    }
    const before = entry.activity;
    if (entry.connections.has(connection.id)) return { before, after: before };
    entry.connections.set(connection.id, appearOnline);
    if (appearOnline) {
      entry.appearing += 1;
      if (entry.activity === null) entry.activity = { state: 'online', since: now, automatic: true };
    }
    this.index(entry);
    return { before, after: entry.activity };
  }

  async removeConnection(
    connectionId: string,
    userId: string,
  ): Promise<PresenceChange & { remaining: number }> {
    const entry = this.users.get(userId);
    const appeared = entry?.connections.get(connectionId);
    if (!entry || appeared === undefined)
      return {
        before: entry?.activity ?? null,
        after: entry?.activity ?? null,
        remaining: entry?.connections.size ?? 0,
      };
    const before = entry.activity;
    entry.connections.delete(connectionId);
    if (appeared) entry.appearing -= 1;
    if (entry.connections.size === 0) {
      this.users.delete(userId);
      this.shown.delete(userId);
      return { before, after: null, remaining: 0 };
    }
    if (entry.appearing === 0 && entry.activity?.automatic) entry.activity = null;
    this.index(entry);
    return { before, after: entry.activity, remaining: entry.connections.size };
  }

  async setActivity(userId: string, activity: StoredActivity): Promise<PresenceChange | undefined> {
    const entry = this.users.get(userId);
    if (!entry) return undefined;
    const before = entry.activity;
    entry.activity = activity;
    this.index(entry);
    return { before, after: activity };
  }

  async get(userIds: readonly string[]): Promise<PresentUser[]> {
    const found: PresentUser[] = [];
    for (const id of userIds) {
      const entry = this.users.get(id);
      if (entry) found.push(entry);
    }
    return found;
  }

  async visible(): Promise<PresentUser[]> {
    return [...this.shown.values()];
  }
}
