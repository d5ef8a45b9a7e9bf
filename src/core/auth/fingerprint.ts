import { createHash } from 'node:crypto';

/**
 * actionhero's `connection.fingerprint`: one name for every HTTP request and connection of one login
 * (session), and a different one for another login of the same user. Derived from the session id, which
 * is no secret, so the fingerprint is none either: it names a session, it never opens one.
 */
export function fingerprintOf(sessionId: string): string {
  return createHash('sha256').update(`switchboard-fingerprint:${sessionId}`).digest('hex').slice(0, 16);
}
