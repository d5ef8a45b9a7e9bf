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
  groups: ['room-members', 'repository-subscribers', 'activity-watchers', 'party-members'],
  enterWords: ['join', 'subscribe', 'follow'],
  /**
   * Audiences whose group the main user is in as soon as they create it (a party: its creator leads it),
   * so there is no accepted join of theirs to repeat: after each accepted request of such a feature whose
   * id has one of `createWords`, the witness sends the feature's enter operation itself, with the values
   * of the answer its request has properties for (`partyId`). On a closed party that is a join request.
   */
  enterOnCreate: ['party-members'],
  createWords: ['create'],
  /**
   * Connection ids: in a feature with events to such a group, the main user's requests name the witness's
   * connection in these properties (accept, promote, remove a member), the `connectionIdField` of the
   * `welcomeEvent` the server sends the witness's Socket.IO connection when it opens.
   */
  connectionProperties: ['connectionId'],
  welcomeEvent: 'welcome',
  connectionIdField: 'connectionId',
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
 * `leaveRoom`); HTTP operations go by method. A party's flow: the witness asks to join as it is created,
 * is accepted (create) before data is sent to it (create, later in the document), is promoted (update),
 * then the party it still waits to join is closed (delete) and the main user leaves the other one.
 */
export const PHASE_WORDS: Record<'create' | 'update' | 'delete' | 'leave', readonly string[]> = {
  create: [
    'create',
    'join',
    'open',
    'send',
    'subscribe',
    'follow',
    'set',
    'invite',
    'auth',
    'chan',
    'accept',
  ],
  update: ['edit', 'update', 'replace', 'patch', 'promote'],
  delete: ['delete', 'remove', 'close', 'reject'],
  leave: ['leave', 'unsubscribe', 'unfollow'],
};
