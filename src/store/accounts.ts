import type { Knex } from 'knex';

export interface AccountRow {
  id: string;
  ownerId: string;
  /** Undefined: the default plan. */
  plan: string | undefined;
}

export interface AccountUserRow {
  id: string;
  username: string;
}

/** The accounts table, and which users are in which account. */
export class AccountStore {
  constructor(private readonly db: Knex) {}

  async get(id: string): Promise<AccountRow | undefined> {
    const r: { id: string; owner_id: string; plan: string | null } | undefined = await this.db('accounts')
      .where('id', id)
      .first('id', 'owner_id', 'plan');
    return r && { id: r.id, ownerId: r.owner_id, plan: r.plan ?? undefined };
  }

  /** The users of an account, by username. */
  async users(accountId: string): Promise<AccountUserRow[]> {
    return this.db('users').where('account_id', accountId).orderBy('username_key').select('id', 'username');
  }

  /** Moves a user out of an account into a new one of their own; false when the user was not in it. */
  async moveToOwnAccount(
    userId: string,
    fromAccountId: string,
    newAccountId: string,
    at: number,
  ): Promise<boolean> {
    return this.db.transaction(async (trx) => {
      const user = await trx('users').where({ id: userId, account_id: fromAccountId }).first('id');
      if (!user) return false;
      await trx('accounts').insert({ id: newAccountId, owner_id: userId, created_at: at });
      await trx('users').where('id', userId).update({ account_id: newAccountId });
      return true;
    });
  }
}
