import type { UserService } from '../../core/users.js';
import type { Logger } from '../../logger.js';
import type { SocketData, SwitchboardServer } from './types.js';

/**
 * Socket.IO resumes a connection (connection-state recovery) before any middleware runs: the socket is
 * put back in its rooms and the events it missed are written to it as it is created, and only then does
 * the handshake check the secret. A client that logged out (or whose secret was rotated) while its
 * connection was down would get the events of the window before being refused. So a session is resumed
 * only while the grant that admitted it still stands; otherwise the client gets a new connection, and
 * the handshake decides about that one.
 */
export function guardRecovery(io: SwitchboardServer, users: UserService, log: Logger): void {
  const adapter = io.of('/').adapter;
  const restore = adapter.restoreSession.bind(adapter);
  type Restored = Awaited<ReturnType<typeof restore>>;
  // Socket.IO's type says a session always comes back; its code reads "none" as a new connection.
  const none = undefined as unknown as Restored;
  adapter.restoreSession = async (pid, offset) => {
    const session: Restored | undefined = await restore(pid, offset);
    const grant = (session?.data as Partial<SocketData> | undefined)?.grant;
    if (!session || !grant) return none;
    try {
      return (await users.grantStands(grant)) ? session : none;
    } catch (err) {
      log.warn({ err }, 'could not check a resumed connection’s session: starting it afresh');
      return none;
    }
  };
}
