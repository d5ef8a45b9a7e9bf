import { once } from 'node:events';
import type { Server as HttpServer } from 'node:http';
import type { Socket as EngineSocket } from 'engine.io';
import { Server, type ServerOptions } from 'socket.io';
import { outboundEventValidators, type SocketOperation } from '../../../generated/socketio.js';
import type { ServerShutdown } from '../../../generated/types.js';
import type { Services } from '../../core/services.js';
import type { Logger } from '../../logger.js';
import { ConnectionLog } from '../connection-log.js';
import type { InFlight } from '../in-flight.js';
import { type OriginPolicy, PREFLIGHT_MAX_AGE_SECONDS } from '../origins.js';
import type { PendingRefusals } from '../pending-refusals.js';
import { conformsToSpec } from '../validation.js';
import { type ConnectionDeps, runConnection } from './connection.js';
import { requestLimits } from './dispatch.js';
import { EngineSessions } from './engine-sessions.js';
import { socketIoDeliverer } from './fanout.js';
import { handshakeAuthenticator } from './handshake.js';
import { guardRecovery } from './recovery.js';
import { RecoveryAdapter } from './recovery-adapter.js';
import { sizedParser } from './sized-parser.js';
import type { SwitchboardServer } from './types.js';

export interface SocketIoDeps {
  services: Services;
  log: Logger;
  operations: ReadonlyMap<string, SocketOperation>;
  outboundValidation: boolean;
  maxFrameBytes: number;
  maxJsonDepth: number;
  maxBufferedBytes: number;
  maxRequestsInFlight: number;
  authTimeoutMs: number;
  trustProxyHops: number;
  serverVersion: string;
  heartbeatIntervalMs: number;
  heartbeatTimeoutMs: number;
  inflight: InFlight;
  refusals: PendingRefusals;
  /** Which other origins' pages may connect (ALLOWED_ORIGINS). */
  origins: OriginPolicy;
  /** The cluster's adapter (Redis Streams); none: the in-memory one, this process only. */
  adapter?: ServerOptions['adapter'];
  /** RECOVERY_WINDOW_MS: how long a dropped connection can be resumed (0: never). */
  recoveryWindowMs: number;
}

export interface SocketIoTransport {
  io: SwitchboardServer;
  /** Connections open on this process (authenticated or not). */
  connections(): number;
  /** Sends `server-shutdown` to every connection of this process, each with its own notice. */
  announceShutdown(notice: () => ServerShutdown): void;
  /**
   * Tells every connection the server is shutting down and closes it, once what it is owed (answers,
   * the `closing` event) is written; a client that does not read it within `graceMs` is cut.
   */
  shutdown(graceMs: number): Promise<void>;
}

// What a browser may send cross-origin to Engine.IO: its polling POSTs are text/plain, and the socket
// secret may come as a header (handshake.ts) when the client sets extraHeaders.
const ENGINE_CORS_HEADERS = ['Content-Type', 'X-Socket-Secret'];

// setTimeout's longest delay: AUTH_TIMEOUT_MS=0 (never) becomes this.
const NEVER_MS = 2 ** 31 - 1;

/** Engine.IO closes a connection on a frame this many times MAX_FRAME_BYTES; below that we answer PAYLOAD_TOO_LARGE. */
export const HARD_FRAME_LIMIT_FACTOR = 4;

/** Socket.IO on the given HTTP server: authenticated handshakes, spec-validated dispatch, fan-out through rooms. */
export function attachSocketIo(httpServer: HttpServer, deps: SocketIoDeps): SocketIoTransport {
  const log = deps.log.child({ transport: 'socketio' });
  const sessions = new EngineSessions({ ...deps, lifecycle: deps.services.lifecycle, log });
  const { origins } = deps;
  const io: SwitchboardServer = new Server(httpServer, {
    // A handshake (long-polling or WebSocket) from an origin ALLOWED_ORIGINS does not admit is refused
    // with 403 before it becomes a session; then the limits' check.
    allowRequest: (req, answer) => {
      if (origins.admitsConnection(req)) return sessions.allowRequest(req, answer);
      // Debug: any page can cause these; an operator setting ALLOWED_ORIGINS up turns it on to see why.
      log.debug({ origin: String(req.headers.origin).slice(0, 200) }, 'handshake from an origin not allowed');
      answer('this origin is not allowed (ALLOWED_ORIGINS)', false);
    },
    // Long-polling from another origin needs CORS headers, the same as the HTTP API gives (origins.ts);
    // never credentials: the session token, not a cookie, authenticates.
    ...(origins.enabled && {
      cors: {
        origin: (origin, allow) => allow(null, origins.allowOriginValue(origin) ?? false),
        methods: ['GET', 'POST'],
        allowedHeaders: ENGINE_CORS_HEADERS,
        credentials: false,
        maxAge: PREFLIGHT_MAX_AGE_SECONDS,
      },
    }),
    serveClient: false,
    // A client back within the window resumes its connection and gets the broadcasts it missed; the
    // handshake still runs (skipMiddlewares: false), so the secret and the limits are checked again.
    // One process keeps what it may owe in its own adapter (recovery-adapter.ts), a cluster in Redis.
    ...(deps.recoveryWindowMs > 0 && {
      connectionStateRecovery: { maxDisconnectionDuration: deps.recoveryWindowMs, skipMiddlewares: false },
      adapter: RecoveryAdapter,
    }),
    ...(deps.adapter && { adapter: deps.adapter }),
    maxHttpBufferSize: deps.maxFrameBytes * HARD_FRAME_LIMIT_FACTOR,
    // A connection that misses its pongs for pingInterval + pingTimeout is closed: that is how a network
    // cut, with no close frame, ends a user's presence within a bounded time.
    pingInterval: deps.heartbeatIntervalMs,
    pingTimeout: deps.heartbeatTimeoutMs,
    parser: sizedParser(deps.maxFrameBytes * HARD_FRAME_LIMIT_FACTOR),
    // Upgrades are routed by path in server.ts (the raw WebSocket has its own): Engine.IO must not end
    // the upgrades it does not own.
    destroyUpgrade: false,
    // A session that has not completed its handshake by then is closed: it holds a slot meanwhile.
    connectTimeout: deps.authTimeoutMs || NEVER_MS,
  });
  if (deps.recoveryWindowMs > 0) guardRecovery(io, deps.services, deps.recoveryWindowMs, log);
  io.engine.on('connection', (conn: EngineSocket) => sessions.opened(conn));
  const connectionLog = new ConnectionLog(log);
  io.use(
    handshakeAuthenticator({ ...deps, sessions, log, connectionLog, clustered: deps.adapter !== undefined }),
  );
  const connectionDeps: ConnectionDeps = {
    ...deps,
    log,
    connectionLog,
    sessions,
    requests: requestLimits(deps.maxRequestsInFlight),
    outbound: { outboundValidation: deps.outboundValidation, log, metrics: deps.services.metrics },
    // One listener for every socket: what reaches a socket through the adapter (broadcasts, `closing`).
    countOutgoing: (event: string) => deps.services.metrics.frameOut('socketio', event),
  };
  io.on('connection', (socket) => void runConnection(socket, connectionDeps));
  const deliverer = socketIoDeliverer(io, sessions, {
    outboundValidation: deps.outboundValidation,
    log,
    metrics: deps.services.metrics,
  });
  deps.services.bus.attach(deliverer);
  const shutdown = async (graceMs: number) => {
    const open = sessions.all();
    const closed = Promise.all(open.map((s) => once(s.conn, 'close')));
    for (const session of open) deliverer.close({ connection: session.id }, 'shutting-down');
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
    // Closes what is left, dropping what it could not write. Not awaited: its promise waits for the HTTP
    // server to close, which the caller brings about.
    void io.close();
  };
  // Only sockets past their handshake can be sent an event; a session still handshaking is refused
  // UNAVAILABLE by the handshake (the in-flight gate drains) and closed with the others.
  const announceShutdown = (notice: () => ServerShutdown) => {
    for (const session of sessions.all()) {
      const payload = notice();
      if (
        session.socket?.connected &&
        (!deps.outboundValidation ||
          conformsToSpec(outboundEventValidators['server-shutdown'], payload, 'event server-shutdown', log))
      )
        session.socket.emit('server-shutdown', payload);
    }
  };
  return { io, connections: () => sessions.all().length, announceShutdown, shutdown };
}
