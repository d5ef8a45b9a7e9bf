import type { Services } from '../../core/services.js';
import type { Logger } from '../../logger.js';
import type { SocketData, SwitchboardServer } from './types.js';

/**
 * Socket.IO resumes a connection (connection-state recovery) before any middleware runs: the socket is
 * put back in its rooms and the events it missed are written to it as it is created, and only then does
 * the handshake check the secret. So a session is resumed only while what admitted it still stands (its
 * login not ended, its secret not rotated) and everything it was in it may still be in (a room it was
 * removed from meanwhile, an account it left); otherwise the client gets a new connection, the handshake
 * decides about that one, and the client resyncs. An offset older than the window is not even looked up:
 * in a cluster, it would make the adapter read the stream from there.
 */
export function guardRecovery(
  io: SwitchboardServer,
  services: Services,
  windowMs: number,
  log: Logger,
): void {
  const adapter = io.of('/').adapter;
  const restore = adapter.restoreSession.bind(adapter);
  type Restored = Awaited<ReturnType<typeof restore>>;
  // Socket.IO's type says a session always comes back; its code reads "none" as a new connection.
  const none = undefined as unknown as Restored;
  adapter.restoreSession = async (pid, offset) => {
    if (olderThan(offset, Date.now() - windowMs)) return none;
    const session: Restored | undefined = await restore(pid, offset);
    const data = session?.data as Partial<SocketData> | undefined;
    if (!session || !data?.grant || !data.identity) return none;
    try {
      const stands =
        (await services.users.grantStands(data.grant)) &&
        (await services.lifecycle.mayResume({ id: session.sid, ...data.identity }, session.rooms));
      return stands ? session : none;
    } catch (err) {
      log.warn({ err }, 'could not check a resumed connection: starting it afresh');
      return none;
    }
  };
}

/** A Redis stream offset (`<ms>-<n>`, the cluster's adapter) from before `ms`; other offsets are not dated. */
function olderThan(offset: string, ms: number): boolean {
  const match = /^(\d{1,15})-\d+$/.exec(offset);
  return match !== null && Number(match[1]) < ms;
}
