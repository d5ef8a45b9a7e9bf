/**
 * The audiences core/ names. A connection subscribes to topics; an event goes to every connection
 * subscribed to any of its topics, once. Each transport maps a topic to its own grouping (a Socket.IO
 * room, a set of raw sockets), so the names are the same everywhere.
 */
export const topic = {
  /** Every authenticated connection (SERVER_ACTIVITIES_BROADCAST=all). */
  everyone: 'presence:all',
  /** Every connection of one user: their devices. */
  user: (userId: string) => `user:${userId}`,
  /** Every connection following one user's activity. */
  followers: (userId: string) => `followers:${userId}`,
  /**
   * One Socket.IO connection: Socket.IO puts each socket in a room of its own id, on whichever process
   * holds it. (Raw /ws connections are in no such topic: nothing addressed this way is theirs.)
   */
  connection: (connectionId: string) => connectionId,
  /** Every connection that is a member of a party (not those waiting to join it). */
  party: (partyId: string) => `party:${partyId}`,
  /** Every connection that joined a chat room. */
  room: (room: string) => `room:${room}`,
  /** Every subscriber of a repository (changes everyone may read). */
  repo: (repo: string) => `db:${repo}`,
  /** A repository's subscribers who are this user (changes to documents they own). */
  repoOwner: (repo: string, userId: string) => `db:${repo}:user:${userId}`,
  /** A repository's subscribers in this account (changes to documents of their account). */
  repoAccount: (repo: string, accountId: string) => `db:${repo}:account:${accountId}`,
  /** Every connection in a relayed match. */
  match: (matchId: string) => `match:${matchId}`,
};

/**
 * What a connection's topics say it asked for: the rooms it joined, the repositories and users it
 * follows, the parties it was in.
 */
export interface Asked {
  rooms: string[];
  repos: string[];
  follows: string[];
  parties: string[];
}

/**
 * Reads a resumed connection's topics back into what it asked for (connection-state recovery restores
 * topics, not the services' records of them). Repository names have no `:` (RepoName), so `db:<repo>`
 * is the repository's own topic; a user's and an account's are implied by it.
 */
export function askedBy(topics: Iterable<string>): Asked {
  const asked: Asked = { rooms: [], repos: [], follows: [], parties: [] };
  for (const t of topics) {
    if (t.startsWith('room:')) asked.rooms.push(t.slice(5));
    else if (t.startsWith('party:')) asked.parties.push(t.slice(6));
    else if (t.startsWith('followers:')) asked.follows.push(t.slice(10));
    else if (t.startsWith('db:') && !t.includes(':', 3)) asked.repos.push(t.slice(3));
  }
  return asked;
}
