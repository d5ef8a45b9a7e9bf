import { randomUUID } from 'node:crypto';
import type { Profile, PublicUser, Session } from '../../generated/types.js';
import type { SessionStore } from '../store/sessions.js';
import type { PublicUserRow, UserRow, UserStore } from '../store/users.js';
import { hashPassword, needsRehash, verifyPassword } from './auth/passwords.js';
import { deriveSocketSecret, digestSecret, newSecret, sameDigest } from './auth/secrets.js';
import type { SessionGrant } from './auth/session-connections.js';
import type { SessionEnds } from './auth/session-ends.js';
import { ApiError } from './errors.js';
import { type AsyncRateLimiter, takeOrRefuseAsync } from './limits/async-rate-limiter.js';
import type { WorkQueue } from './limits/work-queue.js';
import { hasLoneSurrogate } from './unicode.js';

/** Who is behind an authenticated HTTP request, and the session it came with. */
export interface AuthenticatedSession {
  sessionId: string;
  userId: string;
  username: string;
  accountId: string;
  /** When the session ends by itself (epoch ms). */
  expiresAt: number;
  /** The session's current socket secret and its generation. */
  socketSecret: string;
  socketGeneration: number;
  /** The bearer token itself: the next socket secret is derived from it. */
  token: string;
}

/** A socket secret's session and user, as a handshake needs them. */
export interface SocketSecretGrant {
  identity: SocketIdentity;
  plan: string | undefined;
  grant: SessionGrant;
}

/** Who is behind an authenticated Socket.IO connection. */
export interface SocketIdentity {
  userId: string;
  username: string;
  /** The user's account when the handshake happened (a move closes the user's connections). */
  accountId: string;
}

export interface UserServiceOptions {
  sessionTtlSeconds: number;
  passwordHashCost: number;
  /** Registrations and logins per client address. */
  authLimiter: AsyncRateLimiter;
  /** Failed logins per username: guesses at one account from many addresses. */
  failedLoginLimiter: AsyncRateLimiter;
  /** Where password hashing runs, bounded (see WorkQueue). */
  hashing: WorkQueue;
  now?: () => number;
}

const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

function publicUser(u: UserRow): PublicUser {
  return { id: u.id, username: u.username, createdAt: new Date(u.createdAt).toISOString() };
}

/** Accounts, sessions and socket secrets. */
export class UserService {
  private readonly now: () => number;
  private dummyHash: Promise<string> | undefined;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly users: UserStore,
    private readonly sessions: SessionStore,
    private readonly sessionConnections: SessionEnds,
    private readonly options: UserServiceOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Starts the hourly sweep of expired sessions (lookups refuse them regardless). */
  start(): void {
    // Computed now so the first login of an unknown user costs one hash, like any other.
    this.dummyHash = hashPassword(newSecret(), this.options.passwordHashCost);
    this.sweeper = setInterval(
      () => void this.sessions.deleteExpired(this.now()).catch(() => {}),
      SWEEP_INTERVAL_MS,
    );
    this.sweeper.unref();
  }

  stop(): void {
    clearInterval(this.sweeper);
  }

  private async limit(clientAddress: string): Promise<void> {
    await takeOrRefuseAsync(
      this.options.authLimiter,
      clientAddress,
      'too many registrations and logins from this address',
    );
  }

  /**
   * Scrypt reads the password as UTF-8, where an unpaired surrogate becomes U+FFFD: two different
   * passwords would hash alike, so such a password is refused rather than silently changed.
   */
  private checkPassword(password: string): void {
    if (hasLoneSurrogate(password))
      throw new ApiError('BAD_INPUT', 'password: an unpaired UTF-16 surrogate is not text', 'password');
  }

  /** Hashes the password and stores a new user, in a new account of their own or in `accountId`. */
  private async createUser(
    username: string,
    password: string,
    accountId: string | undefined,
  ): Promise<UserRow> {
    this.checkPassword(password);
    const passwordHash = await this.options.hashing.run(() =>
      hashPassword(password, this.options.passwordHashCost),
    );
    const user: UserRow = {
      id: randomUUID(),
      username,
      passwordHash,
      createdAt: this.now(),
      lastSeenAt: undefined,
      accountId: accountId ?? randomUUID(),
    };
    const created = await this.users.insert(user, accountId === undefined);
    if (!created) throw new ApiError('CONFLICT', 'the username is taken', 'username');
    return user;
  }

  /** A new user in a new account of their own, with an open session. */
  async register(username: string, password: string, clientAddress: string): Promise<Session> {
    await this.limit(clientAddress);
    return this.openSession(await this.createUser(username, password, undefined));
  }

  /** A new user in an existing account (its owner adds them). */
  async createInAccount(
    username: string,
    password: string,
    accountId: string,
    clientAddress: string,
  ): Promise<PublicUser> {
    await this.limit(clientAddress);
    return publicUser(await this.createUser(username, password, accountId));
  }

  async login(username: string, password: string, clientAddress: string): Promise<Session> {
    await this.limit(clientAddress);
    this.checkPassword(password);
    // Every attempt takes from the username's budget and a success gives it back, so only failures
    // count, and concurrent guesses cannot all slip in before the first failure is known. Unknown
    // usernames have a budget too: a refusal must not tell whether the user exists.
    const account = username.toLowerCase();
    await takeOrRefuseAsync(
      this.options.failedLoginLimiter,
      account,
      'too many failed logins for this username; try again later',
    );
    let user: UserRow | undefined;
    try {
      user = await this.users.byUsername(username);
      // An unknown user costs the same KDF work as a wrong password, so timing does not reveal which.
      this.dummyHash ??= hashPassword(newSecret(), this.options.passwordHashCost);
      const stored = user?.passwordHash ?? (await this.dummyHash);
      const valid = await this.options.hashing.run(() => verifyPassword(password, stored));
      if (!user || !valid) throw new ApiError('UNAUTHENTICATED', 'wrong username or password');
    } catch (err) {
      // Only a wrong password is a failed guess; a busy server or database is not the user's.
      if (!(err instanceof ApiError && err.code === 'UNAUTHENTICATED'))
        await this.options.failedLoginLimiter.refund(account);
      throw err;
    }
    await this.options.failedLoginLimiter.refund(account);
    if (needsRehash(user.passwordHash, this.options.passwordHashCost)) {
      // The cost was changed since this hash was made: bring it to the current one while we know the password.
      const rehashed = await this.options.hashing.run(() =>
        hashPassword(password, this.options.passwordHashCost),
      );
      await this.users.setPasswordHash(user.id, rehashed);
    }
    return this.openSession(user);
  }

  private async openSession(user: UserRow): Promise<Session> {
    const token = newSecret();
    const createdAt = this.now();
    const expiresAt = createdAt + this.options.sessionTtlSeconds * 1000;
    await this.sessions.insert({
      id: randomUUID(),
      userId: user.id,
      tokenDigest: digestSecret(token),
      socketSecretDigest: digestSecret(deriveSocketSecret(token, 0)),
      socketGeneration: 0,
      createdAt,
      expiresAt,
    });
    return { token, expiresAt: new Date(expiresAt).toISOString(), user: publicUser(user) };
  }

  /** Resolves a session token to its user; UNAUTHENTICATED when unknown or expired. */
  async authenticate(token: string): Promise<AuthenticatedSession> {
    const digest = digestSecret(token);
    const session = await this.sessions.byTokenDigest(digest);
    if (!session || !sameDigest(session.tokenDigest, digest) || session.expiresAt <= this.now()) {
      if (session) await this.sessions.delete(session.id);
      throw new ApiError('UNAUTHENTICATED', 'the session token is unknown or expired', 'token');
    }
    const user = await this.users.byId(session.userId);
    if (!user) throw new ApiError('UNAUTHENTICATED', 'the session token is unknown or expired', 'token');
    const socketSecret = deriveSocketSecret(token, session.socketGeneration);
    // A session opened before sessions had socket secrets gets its own now, at its first request.
    if (session.socketSecretDigest === undefined)
      await this.sessions.fillSocketSecret(session.id, digestSecret(socketSecret));
    return {
      sessionId: session.id,
      userId: user.id,
      username: user.username,
      accountId: user.accountId,
      expiresAt: session.expiresAt,
      socketSecret,
      socketGeneration: session.socketGeneration,
      token,
    };
  }

  /** Ends a session: its token and socket secret stop working, and its realtime connections close. */
  async logout(sessionId: string): Promise<void> {
    await this.sessions.delete(sessionId);
    this.sessionConnections.ended(sessionId, 'logged-out');
  }

  /** Ends every session of a user ("sign out everywhere"). */
  async revokeSessions(userId: string): Promise<void> {
    for (const sessionId of await this.sessions.deleteByUser(userId))
      this.sessionConnections.ended(sessionId, 'sessions-revoked');
  }

  /** What any signed-in user may read about another; undefined for an unknown id. */
  async publicUser(userId: string): Promise<PublicUserRow | undefined> {
    const [user] = await this.users.publicByIds([userId]);
    return user;
  }

  async profile(session: AuthenticatedSession): Promise<Profile> {
    const user = await this.users.byId(session.userId);
    if (!user) throw new ApiError('NOT_FOUND', 'the user no longer exists');
    return { ...publicUser(user), socketSecret: session.socketSecret };
  }

  /**
   * Replaces the session's socket secret: the old one opens nothing more, and the connections it
   * opened close. Derived from the token, so two rotations of the same generation agree.
   */
  async rotateSocketSecret(session: AuthenticatedSession): Promise<string> {
    const generation = session.socketGeneration + 1;
    const secret = deriveSocketSecret(session.token, generation);
    if (!(await this.sessions.rotateSocketSecret(session.sessionId, digestSecret(secret), generation))) {
      // Another rotation got there first. Of the same generation, it made this very secret; of a later
      // one, this secret is already gone.
      const now = await this.sessions.byTokenDigest(digestSecret(session.token));
      if (!now) throw new ApiError('UNAUTHENTICATED', 'the session ended', 'token');
      if (now.socketGeneration !== generation)
        throw new ApiError(
          'CONFLICT',
          'the socket secret was replaced meanwhile: read it with GET /api/users/me',
        );
    }
    this.sessionConnections.rotated(session.sessionId, generation);
    return secret;
  }

  /**
   * Resolves a socket secret to its session, its user and their account's plan (for connection
   * limits), or undefined when no live session has it.
   */
  /**
   * Whether what a grant admitted still stands: its session not ended or expired, and, for a socket
   * secret, not rotated since. Asked before a connection's state is resumed (connection-state recovery).
   */
  async grantStands(grant: SessionGrant): Promise<boolean> {
    const session = await this.sessions.byId(grant.sessionId);
    if (!session || session.expiresAt <= this.now()) return false;
    return grant.generation === undefined || session.socketGeneration === grant.generation;
  }

  async identifySocket(secret: string): Promise<SocketSecretGrant | undefined> {
    const digest = digestSecret(secret);
    const holder = await this.sessions.bySocketSecretDigest(digest);
    const { session } = holder ?? {};
    if (!holder || !session?.socketSecretDigest || !sameDigest(session.socketSecretDigest, digest))
      return undefined;
    if (session.expiresAt <= this.now()) return undefined;
    return {
      identity: { userId: session.userId, username: holder.username, accountId: holder.accountId },
      plan: holder.plan,
      grant: { sessionId: session.id, expiresAt: session.expiresAt, generation: session.socketGeneration },
    };
  }
}
