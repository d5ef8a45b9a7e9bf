import { logFailure } from '../../core/errors.js';
import type { Services } from '../../core/services.js';
import type { SocketContext } from '../../handlers/context.js';
import type { Logger } from '../../logger.js';
import type { ConnectionLog } from '../connection-log.js';
import type { DispatchOptions } from './dispatch.js';
import { frameDispatcher } from './dispatch.js';
import { type EngineSessions, SESSION_PREFIX } from './engine-sessions.js';
import { emitEvent, type OutboundOptions } from './outbound.js';
import type { SocketIoDeps } from './server.js';
import type { SwitchboardSocket } from './types.js';

/** What every connection shares: made once, so a connection costs no copy of the configuration. */
export type ConnectionDeps = SocketIoDeps &
  DispatchOptions & {
    sessions: EngineSessions;
    outbound: OutboundOptions;
    connectionLog: ConnectionLog;
    /** Counts a frame sent through the adapter (a broadcast reaches this once per receiving socket). */
    countOutgoing: (event: string) => void;
  };

/**
 * A connection's context for its handlers. Its logger, bound to the connection, is made when first used:
 * most connections never log, and a child logger holds its bindings as a string for as long as it lives.
 */
class ConnectionContext implements SocketContext {
  private bound: Logger | undefined;

  constructor(
    readonly services: Services,
    readonly connection: SocketContext['connection'],
    private readonly base: Logger,
  ) {}

  get log(): Logger {
    this.bound ??= this.base.child({ connectionId: this.connection.id, userId: this.connection.userId });
    return this.bound;
  }
}

/**
 * Right after `welcome`: the stored notifications no connection of the user heard. A resumed connection
 * claims them without being sent them: Socket.IO replayed what its user topic carried while it was away.
 * `handshake.issued` is before the connection was counted as open (its admission), which is what a
 * notification sent meanwhile was marked delivered by.
 */
async function deliverStoredNotifications(
  socket: SwitchboardSocket,
  ctx: ConnectionContext,
  outbound: OutboundOptions,
): Promise<void> {
  try {
    const stored = await ctx.services.notifications.claim(ctx.connection.userId, socket.handshake.issued);
    if (stored.length > 0 && !socket.recovered && socket.connected)
      emitEvent(socket, 'notifications', { notifications: stored }, outbound);
  } catch (err) {
    // Unclaimed, they come with the user's next connection; they stay listed either way.
    logFailure(ctx.log, err, 'delivering stored notifications failed');
  }
}

/**
 * One authenticated connection's life: its rooms, its dispatcher, the welcome and the activity list,
 * presence and chat membership on the way in and out.
 */
export async function runConnection(socket: SwitchboardSocket, deps: ConnectionDeps): Promise<void> {
  const { identity, appearOnline } = socket.data;
  const connection = { id: socket.id, ...identity };
  const ctx = new ConnectionContext(deps.services, connection, deps.log);
  const { presence, lifecycle } = deps.services;
  // A payload the spec refuses is the server's fault, not the connection's: logged without it.
  const { outbound } = deps;
  const connectedAt = Date.now();
  const who = { connectionId: socket.id, userId: identity.userId };

  // Reading pauses on the Engine.IO session; a session is always there for a socket that connected.
  const session = deps.sessions.of(socket.conn);
  const reader = session ?? { pause() {}, resume() {} };
  // A resumed socket is back in its rooms, the old Engine.IO session's included: that one is not its any more.
  if (socket.recovered)
    for (const room of socket.rooms)
      if (room.startsWith(SESSION_PREFIX) && room !== session?.id) socket.leave(room);
  socket.use(frameDispatcher(socket, ctx, { reader, outbound }, deps));
  socket.onAnyOutgoing(deps.countOutgoing);
  socket.on('disconnect', (reason) => {
    deps.connectionLog.disconnected({ ...who, reason, connectedAt });
    // The session carried this one connection: it ends with it (and its slot of the limits with it).
    socket.conn.close();
    lifecycle.disconnected(connection);
  });
  deps.connectionLog.connected({
    ...who,
    address: socket.handshake.address,
    ...(socket.recovered && { resumed: true as const }),
  });

  emitEvent(
    socket,
    'welcome',
    {
      connectionId: socket.id,
      userId: identity.userId,
      username: identity.username,
      serverVersion: deps.serverVersion,
      // Only when true: a new connection's welcome stays what it was before recovery existed.
      ...(socket.recovered && { recovered: true }),
    },
    outbound,
  );
  if (socket.recovered) {
    try {
      await lifecycle.resumed(connection, appearOnline, socket.rooms);
    } catch (err) {
      // Half resumed, it would keep topics nobody checked. Its transport is closed, not the socket, so
      // socket.io-client reconnects by itself (a server disconnect would tell it not to).
      logFailure(ctx.log, err, 'resuming a connection failed');
      socket.conn.close();
      return;
    }
  }
  try {
    // `connected` subscribes the connection to its user's topic before it returns: the notifications
    // stored meanwhile are claimed after that, so none falls between the two.
    const arrival = socket.recovered ? Promise.resolve() : lifecycle.connected(connection, appearOnline);
    arrival.catch(() => {});
    await deliverStoredNotifications(socket, ctx, outbound);
    await arrival;
    // After `connected`, so the list includes this user as others now see them.
    if (socket.connected)
      emitEvent(socket, 'activities', { activities: await presence.visibleTo(connection) }, outbound);
  } catch (err) {
    logFailure(ctx.log, err, 'presence on connect failed');
  }
}
