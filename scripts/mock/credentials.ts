import { randomBytes } from 'node:crypto';

/** A session the mock opened at a register or login: its token, its user and its socket secret. */
export interface MockSession {
  token: string;
  username: string;
  socketSecret: string;
}

/** Why a session ended, in the words of the `closing` event's reason. */
export type EndReason = 'logged-out' | 'sessions-revoked';

// 32 random bytes, base64url: the shape the spec gives session tokens and socket secrets (43 characters).
const freshSecret = (): string => randomBytes(32).toString('base64url');

/**
 * The credentials the mock accepts. It keeps no users: a register or login opens a session for whatever
 * username was sent, and answers the spec's example with a fresh token in it. A bearer token, a socket
 * secret or a raw socket token is accepted only when this mock issued it and it has not ended; anything
 * else is refused, the spec's own example token too (a checker may well use it as a well-formed token no
 * server issued), so clients can build their 401 and `connect_error` paths against the mock.
 */
export class Credentials {
  private readonly sessions = new Map<string, MockSession>();
  private readonly bySecret = new Map<string, MockSession>();
  private readonly socketTokens = new Set<string>();
  private readonly endListeners: ((session: MockSession, reason: EndReason) => void)[] = [];

  open(username: string): MockSession {
    const session = { token: freshSecret(), username, socketSecret: freshSecret() };
    this.sessions.set(session.token, session);
    this.bySecret.set(session.socketSecret, session);
    return session;
  }

  /** The session of an `Authorization` header's bearer token, if it is one the mock accepts. */
  byBearer(header: string | undefined): MockSession | undefined {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    return match?.[1] ? this.sessions.get(match[1]) : undefined;
  }

  bySessionToken(token: string): MockSession | undefined {
    return this.sessions.get(token);
  }

  bySocketSecret(secret: string): MockSession | undefined {
    return this.bySecret.get(secret);
  }

  /** A new socket secret for the session (the old one opens nothing more). */
  rotateSecret(session: MockSession): string {
    this.bySecret.delete(session.socketSecret);
    session.socketSecret = freshSecret();
    this.bySecret.set(session.socketSecret, session);
    return session.socketSecret;
  }

  /** A raw-WebSocket socket token, traded for a session token by `auth`. */
  issueSocketToken(): string {
    const token = freshSecret();
    this.socketTokens.add(token);
    return token;
  }

  isSocketToken(token: unknown): boolean {
    return typeof token === 'string' && this.socketTokens.has(token);
  }

  /** Ends one session (logout) or every session of its user (sign out everywhere). */
  end(session: MockSession, reason: EndReason): void {
    const ended =
      reason === 'logged-out'
        ? [session]
        : [...this.sessions.values()].filter((s) => s.username === session.username);
    for (const s of ended) {
      this.sessions.delete(s.token);
      this.bySecret.delete(s.socketSecret);
      for (const listener of this.endListeners) listener(s, reason);
    }
  }

  /** Tells the transports when a session ends, so they close what it opened. */
  onEnd(listener: (session: MockSession, reason: EndReason) => void): void {
    this.endListeners.push(listener);
  }
}
