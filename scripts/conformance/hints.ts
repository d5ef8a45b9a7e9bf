/**
 * The little the check must know beyond the two documents, in one place. Everything else (operations,
 * schemas, statuses, error codes, events, the handshake) is read from the served documents.
 */
export const HINTS = {
  /** The documented routes that open a session: a throwaway user registers, extra sessions log in. */
  registerOperation: 'registerUser',
  loginOperation: 'loginUser',
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
  },
} as const;

/**
 * The order of the plan: operations that create come before those that read, then update, then delete,
 * so each finds what it needs. A realtime operation's phase comes from the first word of its id that
 * names one (`createRoom`, `leaveRoom`); HTTP operations go by method.
 */
export const PHASE_WORDS: Record<'create' | 'update' | 'delete', readonly string[]> = {
  create: ['create', 'join', 'open', 'send', 'subscribe', 'follow', 'set', 'invite', 'auth', 'chan'],
  update: ['edit', 'update', 'replace', 'patch'],
  delete: ['delete', 'leave', 'remove', 'unsubscribe', 'unfollow'],
};
