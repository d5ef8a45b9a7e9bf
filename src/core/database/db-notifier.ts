import type { DbChange } from '../../../generated/types.js';
import type { RepoPermissions } from './permissions.js';

/**
 * How database changes reach subscribers: implemented by the realtime transports with rooms per
 * repository, per user and per account, so that each change goes only to those who may read it and
 * the adapter can carry it across nodes.
 */
export interface DbNotifier {
  subscribe(connectionId: string, repo: string, userId: string, accountId: string): void;
  unsubscribe(connectionId: string, repo: string, userId: string, accountId: string): void;
  /** Sends a committed change to the subscribers the repository's permissions let read it. */
  publish(change: DbChange, permissions: RepoPermissions): void;
}
