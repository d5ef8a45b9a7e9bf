import type { ActionHandlers } from '../../../generated/socketio.js';
import { fingerprintOf } from '../../core/auth/fingerprint.js';

/** actionhero's `detailsView`: what the server knows of the caller and, over a connection, of it. */
export const detailsView: ActionHandlers['detailsView'] = (_payload, { caller, services }) => {
  const id = caller.connectionId;
  return {
    transport: caller.transport,
    ...(id !== undefined && { connectionId: id }),
    userId: caller.userId,
    username: caller.username,
    accountId: caller.accountId,
    ...(caller.connectedAt !== undefined && { connectedAt: caller.connectedAt }),
    fingerprint: fingerprintOf(caller.sessionId),
    rooms: id === undefined ? [] : services.rooms.joinedBy(id),
    repositories: id === undefined ? [] : services.documents.subscriptionsOf(id),
    follows: id === undefined ? [] : services.presence.followsOf(id),
  };
};
