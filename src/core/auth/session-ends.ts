import type { CloseReason } from '../../../generated/types.js';
import type { Logger } from '../../logger.js';
import type { Broker } from '../fanout/broker.js';
import type { SessionConnections } from './session-connections.js';

/** What ends a session's realtime connections (logout, sign-out everywhere, a rotated socket secret). */
export type SessionEnds = Pick<SessionConnections, 'ended' | 'rotated'>;

type SessionEnd =
  | { op: 'ended'; sessionId: string; reason: CloseReason }
  | { op: 'rotated'; sessionId: string; generation: number };

/**
 * Session ends for a cluster: a logout answered by one process closes the session's connections on
 * every process, and each remembers the end (its tombstone), so a handshake under way anywhere is
 * refused too. This process applies its own at once, the others as the broker delivers.
 *
 * While Redis is unreachable the other processes miss the end: their connections of that session stay
 * open until the session's expiry, the one case docs/clients.md names.
 */
export async function clusterSessionEnds(
  local: SessionConnections,
  broker: Broker,
  channel: string,
  origin: string,
  log: Logger,
): Promise<SessionEnds> {
  await broker.subscribe(channel, (message) => {
    let end: SessionEnd & { origin: string };
    try {
      end = JSON.parse(message) as SessionEnd & { origin: string };
    } catch {
      log.warn({ channel }, 'an unreadable session end on the cluster bus');
      return;
    }
    if (end.origin === origin) return;
    if (end.op === 'ended') local.ended(end.sessionId, end.reason);
    else local.rotated(end.sessionId, end.generation);
  });
  const send = (end: SessionEnd) =>
    broker
      .publish(channel, JSON.stringify({ ...end, origin }))
      .catch((err: unknown) =>
        log.warn({ err, sessionId: end.sessionId }, 'could not tell the cluster a session ended'),
      );
  return {
    ended(sessionId, reason) {
      local.ended(sessionId, reason);
      void send({ op: 'ended', sessionId, reason });
    },
    rotated(sessionId, generation) {
      local.rotated(sessionId, generation);
      void send({ op: 'rotated', sessionId, generation });
    },
  };
}
