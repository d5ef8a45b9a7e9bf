import { outboundEventValidators } from '../../../generated/socketio.js';
import type { DbChange } from '../../../generated/types.js';
import type { DbNotifier } from '../../core/database/db-notifier.js';
import type { RepoPermissions } from '../../core/database/permissions.js';
import type { Logger } from '../../logger.js';
import { conformsToSpec } from '../validation.js';
import type { SwitchboardServer } from './types.js';

const READ = 4;
/** Every subscriber of a repository. */
const repoRoom = (repo: string) => `db:${repo}`;
/** A repository's subscribers who are this user (documents they own). */
const ownerRoom = (repo: string, userId: string) => `db:${repo}:user:${userId}`;
/** A repository's subscribers in this account (documents of their account). */
const accountRoom = (repo: string, accountId: string) => `db:${repo}:account:${accountId}`;

const EVENT = { created: 'db_created', updated: 'db_updated', deleted: 'db_deleted' } as const;

/**
 * Database events through Socket.IO rooms: each subscriber is in its repository's room, its user's and
 * its account's, so a change goes in one emit to exactly those the permissions let read the document
 * (deletes included: the event carries the owner and account the check needs). The adapter carries it
 * across nodes.
 */
export function socketIoDbNotifier(
  io: SwitchboardServer,
  opts: { outboundValidation: boolean; log: Logger },
): DbNotifier {
  const rooms = (repo: string, userId: string, accountId: string) => [
    repoRoom(repo),
    ownerRoom(repo, userId),
    accountRoom(repo, accountId),
  ];
  return {
    subscribe(connectionId, repo, userId, accountId) {
      io.in(connectionId).socketsJoin(rooms(repo, userId, accountId));
    },
    unsubscribe(connectionId, repo, userId, accountId) {
      io.in(connectionId).socketsLeave(rooms(repo, userId, accountId));
    },
    publish(change: DbChange, p: RepoPermissions) {
      const event = EVENT[change.type];
      if (
        opts.outboundValidation &&
        !conformsToSpec(outboundEventValidators[event], change, `event ${event}`, opts.log)
      )
        return;
      let targets: string[];
      if (p.everyone & READ) targets = [repoRoom(change.repo)];
      else {
        targets = [];
        if (p.owner & READ) targets.push(ownerRoom(change.repo, change.ownerId));
        if (p.account & READ) targets.push(accountRoom(change.repo, change.accountId));
      }
      if (targets.length > 0)
        (io.to(targets).emit as (event: string, payload: unknown) => boolean)(event, change);
    },
  };
}
