import type { DbChange } from '../../../generated/types.js';
import { topic } from '../fanout/topics.js';
import type { Actor, RepoPermissions } from './permissions.js';
import { readerScope } from './permissions.js';

/**
 * The topics a subscriber of a repository hears on: the repository's, its own user's and its account's.
 * A change goes to the one of these its permissions let read it (readersOf), so every reader gets it,
 * once, in one publish, and nobody else: the read rule lives here and in permissions.ts, not in a transport.
 */
export function subscriberTopics(repo: string, subscriber: Actor): string[] {
  return [
    topic.repo(repo),
    topic.repoOwner(repo, subscriber.userId),
    topic.repoAccount(repo, subscriber.accountId),
  ];
}

/**
 * Who may read a changed document: everyone subscribed, when everyone may read; else its owner and the
 * users of its account, as far as their digits allow. Deletes too: the change carries the owner and account.
 */
export function readersOf(change: DbChange, p: RepoPermissions): string[] {
  const scope = readerScope(p, { userId: change.ownerId, accountId: change.accountId });
  if (scope.everyone) return [topic.repo(change.repo)];
  const topics: string[] = [];
  if (scope.userId !== undefined) topics.push(topic.repoOwner(change.repo, scope.userId));
  if (scope.accountId !== undefined) topics.push(topic.repoAccount(change.repo, scope.accountId));
  return topics;
}
