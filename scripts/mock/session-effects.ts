import type { Credentials, MockSession } from './credentials.js';
import { isNode, type Node } from './spec-pointers.js';

/**
 * The few operations whose answer the mock changes from the spec's example, because clients build on
 * what they return: a session token is sent back as `Authorization: Bearer`, a socket secret opens the
 * Socket.IO handshake, and logout must make both stop working. Everything else is the example as written.
 * The operation ids are checked against the spec at start-up (`checkSessionOperations`).
 */
const ENDS_SESSION: Record<string, 'logged-out' | 'sessions-revoked'> = {
  logoutUser: 'logged-out',
  revokeSessions: 'sessions-revoked',
};
const ROTATES_SECRET = new Set(['rotateSocketSecret']);

export function checkSessionOperations(operationIds: ReadonlySet<string>): void {
  const missing = [...Object.keys(ENDS_SESSION), ...ROTATES_SECRET].filter((id) => !operationIds.has(id));
  if (missing.length > 0)
    throw new Error(
      `scripts/mock/session-effects.ts names operations the spec no longer has: ${missing.join(', ')}`,
    );
}

/**
 * Applies an operation's effect on the mock's sessions and returns the answer's body: a body with a
 * `token` (a `Session`) from an operation anyone may call opens a session for the username sent; a body
 * with a `socketSecret` carries the caller's (a new one when rotating).
 */
export function applySessionEffects(
  operationId: string,
  body: unknown,
  request: { session: MockSession | undefined; body: unknown },
  credentials: Credentials,
): unknown {
  const ending = ENDS_SESSION[operationId];
  if (ending && request.session) credentials.end(request.session, ending);
  if (!isNode(body)) return body;
  let out: Node = body;
  let session = request.session;
  if (!session && typeof body.token === 'string') {
    const username =
      isNode(request.body) && typeof request.body.username === 'string' ? request.body.username : 'ada';
    session = credentials.open(username);
    out = { ...out, token: session.token };
  }
  if (session && typeof body.socketSecret === 'string') {
    const secret = ROTATES_SECRET.has(operationId) ? credentials.rotateSecret(session) : session.socketSecret;
    out = { ...out, socketSecret: secret };
  }
  return out;
}
