import { randomUUID } from 'node:crypto';
import type { Account, AccountConnections, PublicUser } from '../../generated/types.js';
import type { AccountStore } from '../store/accounts.js';
import { ApiError } from './errors.js';
import type { Deliverer } from './fanout/bus.js';
import { topic } from './fanout/topics.js';
import type { ConnectionLimiter } from './limits/connection-limits.js';
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

  async addUser(
    owner: { userId: string; accountId: string },
    username: string,
    password: string,
    clientAddress: string,
  ): Promise<PublicUser> {
    await this.requireOwner(owner.userId, owner.accountId);
    return this.users.createInAccount(username, password, owner.accountId, clientAddress);
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
