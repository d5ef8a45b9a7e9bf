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
  /** Every connection that joined a chat room. */
  room: (room: string) => `room:${room}`,
  /** Every subscriber of a repository (changes everyone may read). */
  repo: (repo: string) => `db:${repo}`,
  /** A repository's subscribers who are this user (changes to documents they own). */
  repoOwner: (repo: string, userId: string) => `db:${repo}:user:${userId}`,
  /** A repository's subscribers in this account (changes to documents of their account). */
  repoAccount: (repo: string, accountId: string) => `db:${repo}:account:${accountId}`,
};
