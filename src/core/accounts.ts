import { randomUUID } from 'node:crypto';
import type { Account, AccountConnections, PublicUser } from '../../generated/types.js';
import type { Logger } from '../logger.js';
import type { AccountStore } from '../store/accounts.js';
import { ApiError, logFailure } from './errors.js';
import type { Deliverer } from './fanout/bus.js';
import { topic } from './fanout/topics.js';
import type { ConnectionLimiter } from './limits/connection-limits.js';
import { type NotificationService, SystemCode } from './notifications/notifications.js';
import type { UserService } from './users.js';

/**
 * Accounts (StaticBackend's): every user belongs to one, created with them; its owner adds users to it
 * and removes them, and documents record their owner's account.
 */
export class AccountService {
  constructor(
    private readonly accounts: AccountStore,
    private readonly users: UserService,
    private readonly connections: ConnectionLimiter,
    private readonly closer: Pick<Deliverer, 'close'>,
    private readonly notifications: NotificationService,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** The plan of an account (for connection limits). */
  async planOf(accountId: string): Promise<string | undefined> {
    return (await this.accounts.get(accountId))?.plan;
  }

  /** The account's open connections against its plan's cap, for its owner. */
  async connectionCounts(owner: { userId: string; accountId: string }): Promise<AccountConnections> {
    await this.requireOwner(owner.userId, owner.accountId);
    const account = await this.describe(owner.accountId);
    const { total, byUser } = await this.connections.accountCounts(
      owner.accountId,
      account.users.map((u) => u.id),
    );
    return {
      plan: account.plan,
      limit: this.connections.capOf(account.plan),
      open: total,
      users: account.users.map((u) => ({ userId: u.id, username: u.username, open: byUser.get(u.id) ?? 0 })),
    };
  }

  /** Closes connections the limits made room for (the `replace` policy). */
  closeConnections(connectionIds: readonly string[]): void {
    for (const id of connectionIds) this.closer.close({ connection: id }, 'replaced');
  }

  async describe(accountId: string): Promise<Account> {
    const account = await this.accounts.get(accountId);
    if (!account) throw new ApiError('NOT_FOUND', 'the account no longer exists');
    const users = await this.accounts.users(accountId);
    return {
      id: account.id,
      ownerId: account.ownerId,
      plan: account.plan ?? this.connections.defaultPlan,
      users: users.map((u) => ({
        id: u.id,
        username: u.username,
        role: u.id === account.ownerId ? 'owner' : 'member',
      })),
    };
  }

  private async requireOwner(userId: string, accountId: string): Promise<void> {
    const account = await this.accounts.get(accountId);
    if (account?.ownerId !== userId)
      throw new ApiError('FORBIDDEN', 'only the owner of the account may change its users');
  }

  /** Creates a user in the owner's account; they find a notification of it (code -3) when they connect. */
  async addUser(
    owner: { userId: string; username: string; accountId: string },
    username: string,
    password: string,
    clientAddress: string,
  ): Promise<PublicUser> {
    await this.requireOwner(owner.userId, owner.accountId);
    const user = await this.users.createInAccount(username, password, owner.accountId, clientAddress);
    // The user exists whatever becomes of the notification: a failure to send it is logged, not answered.
    await this.notifications
      .send(
        [user.id],
        {
          subject: `${owner.username} added you to their account`,
          content: {
            accountId: owner.accountId,
            addedBy: { userId: owner.userId, username: owner.username },
          },
          code: SystemCode.addedToAccount,
          persistent: true,
        },
        owner.userId,
      )
      .catch((err: unknown) => logFailure(this.log, err, 'could not notify a user added to an account'));
    return user;
  }

  /** Moves a user out of the owner's account into one of their own, and closes their connections. */
  async removeUser(owner: { userId: string; accountId: string }, userId: string): Promise<void> {
    await this.requireOwner(owner.userId, owner.accountId);
    if (userId === owner.userId)
      throw new ApiError('BAD_INPUT', 'the owner cannot remove themself from their account', 'userId');
    if (!(await this.accounts.moveToOwnAccount(userId, owner.accountId, randomUUID(), this.now()))) {
      throw new ApiError('NOT_FOUND', 'no such user in your account', 'userId');
    }
    // They reconnect with what changed: their new account.
    this.closer.close({ topic: topic.user(userId) }, 'account-changed');
  }
}
