/**
 * The little the check must know beyond the two documents, in one place. Everything else (operations,
 * schemas, statuses, error codes, events, the handshake) is read from the served documents.
 */
export const HINTS = {
  /** The documented routes that open a session: a throwaway user registers, extra sessions log in. */
  registerOperation: 'registerUser',
  loginOperation: 'loginUser',
  /** The documented route that ends the session it is called with: every session the run opened ends there. */
  logoutOperation: 'logoutUser',
  /** The field of their answer that carries the session token (sent as the bearer token). */
  sessionTokenField: 'token',
  /** The raw WebSocket envelope (StaticBackend's): its first frame, and how a connection authenticates. */
  raw: {
    initType: 'init',
    initField: 'data',
    sidField: 'sid',
    tokenField: 'token',
    /** The operation that trades a session token (in `authDataField`) for the socket token (its answer's `data`). */
    authOperation: 'rawAuth',
    authDataField: 'data',
    /** The field of a `join` envelope that names the channel. */
    channelField: 'data',
  },
} as const;

/**
 * How the run's second user, the witness, gets into the audience of an event (its `x-audience.to`), so
 * that the events the main user's requests cause for others reach a connection of the run and are checked.
 */
export const AUDIENCE = {
  /**
   * How the witness is made: the main user adds it to their account (StaticBackend's account users), so it
   * may read the main user's documents, as a repository's default and example permissions let the
   * account do: `repository-subscribers` get only the changes they may read. Without this operation, or
   * when it is refused, the witness registers as a user of its own.
   */
  witnessOperation: 'addAccountUser',
  /**
   * Audiences a connection enters by a request of its own (joining a room, subscribing to a repository,
   * following a user): the witness repeats the main user's accepted requests to the operations whose id
   * has one of `enterWords`, of a feature whose events go to such an audience.
   */
  groups: ['room-members', 'repository-subscribers', 'activity-watchers'],
  enterWords: ['join', 'subscribe', 'follow'],
  /**
   * `user-connections`: every connection of a user the request names. In a feature with such events,
   * the main user's requests name the witness in these properties.
   */
  userConnections: 'user-connections',
  userProperties: ['userId', 'userIds'],
  /**
   * `repository-subscribers` on the raw server: a repository's raw channel is `db-<repo>` (StaticBackend's
   * convention); the witness joins it for every repository (`repoProperty`) it subscribed to.
   */
  repositorySubscribers: 'repository-subscribers',
  repoProperty: 'repo',
  repositoryChannelPrefix: 'db-',
} as const;

/**
 * The order of the plan: operations that create come before those that read, then update, then delete,
 * then leave, so each finds what it needs (a message is deleted while its author is still in the room).
 * A realtime operation's phase comes from the first word of its id that names one (`createRoom`,
 * `leaveRoom`); HTTP operations go by method.
 */
export const PHASE_WORDS: Record<'create' | 'update' | 'delete' | 'leave', readonly string[]> = {
  create: ['create', 'join', 'open', 'send', 'subscribe', 'follow', 'set', 'invite', 'auth', 'chan'],
  update: ['edit', 'update', 'replace', 'patch'],
  delete: ['delete', 'remove'],
  leave: ['leave', 'unsubscribe', 'unfollow'],
};
