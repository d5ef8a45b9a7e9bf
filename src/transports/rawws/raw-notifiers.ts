import type { ChatMessage, DbChange, UserActivity } from '../../../generated/types.js';
import {
  EnvelopeActivity,
  EnvelopeChanOut,
  EnvelopeDbEvent,
} from '../../../generated/validators/asyncapi.js';
import { canRead, type RepoPermissions } from '../../core/database/permissions.js';
import type { BroadcastMode } from '../../core/presence/presence.js';
import type { Logger } from '../../logger.js';
import type { TransportNotifiers } from '../notifiers.js';
import { conformsToSpec } from '../validation.js';
import { CLOSE_CODE_OF, type RawSocket } from './raw-socket.js';
import type { RawRegistry } from './registry.js';

/**
 * A chat message as raw clients see it: the `data` a raw client sent (stored as `{ data }`), or the
 * body of a Socket.IO client's message as JSON text.
 */
export function chanOutData(message: ChatMessage): string {
  const body = message.body ?? {};
  const keys = Object.keys(body);
  return keys.length === 1 && keys[0] === 'data' && typeof body.data === 'string'
    ? body.data
    : JSON.stringify(body);
}

/** The raw transport's side of fan-out: the same events, as envelopes, to its own connections. */
export function rawNotifiers(
  registry: RawRegistry,
  opts: { broadcast: BroadcastMode; outboundValidation: boolean; log: Logger },
): TransportNotifiers {
  const valid = (validate: Parameters<typeof conformsToSpec>[0], envelope: object, what: string) =>
    !opts.outboundValidation || conformsToSpec(validate, envelope, what, opts.log);
  const deliver = (
    sockets: Iterable<RawSocket>,
    build: (socket: RawSocket) => object,
    validate: Parameters<typeof conformsToSpec>[0],
    what: string,
    except?: string,
  ) => {
    for (const socket of sockets) {
      if (socket.sid === except) continue;
      const envelope = build(socket);
      if (valid(validate, envelope, what)) socket.send(envelope);
    }
  };
  const bySids = (ids: readonly string[]) =>
    ids.map((id) => registry.bySid.get(id)).filter((s): s is RawSocket => s !== undefined);

  return {
    presence: {
      activityChanged(activity: UserActivity, origin) {
        // Raw clients cannot follow: in followers mode they hear of their own user only.
        const sockets =
          opts.broadcast === 'all'
            ? registry.authenticated
            : (registry.byUser.get(activity.userId) ?? new Set());
        if (sockets.size === 0) return;
        const data = JSON.stringify(activity);
        deliver(
          sockets,
          (s) => ({ sid: s.sid, type: 'activity', data }),
          EnvelopeActivity,
          'envelope activity',
          origin,
        );
      },
      followed() {},
      unfollowed() {},
    },
    chat: {
      publish(target, event, payload, origin) {
        // Raw clients get messages (chan_out); edits, deletions and member events are Socket.IO's.
        if (event !== 'message') return;
        const message = payload as ChatMessage;
        const sockets =
          'room' in target
            ? [...(registry.rooms.get(target.room) ?? [])]
            : target.users.flatMap((u) => [...(registry.byUser.get(u) ?? [])]);
        // Most rooms have no raw member: nothing to encode then.
        if (sockets.length === 0) return;
        const data = chanOutData(message);
        deliver(
          sockets,
          (s) => ({ sid: s.sid, type: 'chan_out', data, channel: message.room }),
          EnvelopeChanOut,
          'envelope chan_out',
          origin,
        );
      },
      subscribe(connectionId, room) {
        for (const socket of bySids([connectionId])) registry.join(socket, room);
      },
      unsubscribeUser(userId, room) {
        for (const socket of registry.byUser.get(userId) ?? []) registry.leave(socket, room);
      },
    },
    db: {
      subscribe(connectionId, repo) {
        for (const socket of bySids([connectionId])) registry.subscribe(socket, repo);
      },
      unsubscribe(connectionId, repo) {
        for (const socket of bySids([connectionId])) registry.unsubscribe(socket, repo);
      },
      publish(change: DbChange, permissions: RepoPermissions) {
        const subscribers = registry.repos.get(change.repo);
        if (!subscribers) return;
        const readers = [...subscribers].filter(
          (s) => s.identity && canRead(permissions, change, s.identity),
        );
        const data = JSON.stringify(change);
        const type = `db_${change.type}`;
        deliver(
          readers,
          (s) => ({ sid: s.sid, type, data, channel: `db-${change.repo}` }),
          EnvelopeDbEvent,
          `envelope ${type}`,
        );
      },
    },
    closer: {
      closeUser(userId, reason) {
        for (const socket of [...(registry.byUser.get(userId) ?? [])])
          socket.close(CLOSE_CODE_OF[reason], reason);
      },
      closeConnection(connectionId, reason) {
        for (const socket of bySids([connectionId])) socket.close(CLOSE_CODE_OF[reason], reason);
      },
    },
  };
}
