import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { type EnvelopeOperation, envelopeOperations } from '../generated/envelope.js';
import { builtinRoutes, type HttpRoute, httpRoutes } from '../generated/http.js';
import { type ActionOperation, type SocketOperation, socketOperations } from '../generated/socketio.js';
import { joinCluster } from './cluster/cluster.js';
import type { Config } from './config.js';
import { createServices, type ServiceHooks, type Services } from './core/services.js';
import { shutdownBudget, shutdownNotices } from './core/shutdown-notice.js';
import { createLogger, type Logger } from './logger.js';
import { listenError } from './startup/listen-error.js';
import { type Database, openDatabase } from './store/database.js';
import { createHttpApp } from './transports/http/app.js';
import { HttpSocketGuard } from './transports/http/socket-guard.js';
import { InFlight } from './transports/in-flight.js';
import { OriginPolicy } from './transports/origins.js';
import { PendingRefusals } from './transports/pending-refusals.js';
import { createRawWebSocket, RAW_PATH } from './transports/rawws/server.js';
import { attachSocketIo, HARD_FRAME_LIMIT_FACTOR } from './transports/socketio/server.js';
import type { SwitchboardServer } from './transports/socketio/types.js';
import { createSseTransport } from './transports/sse/server.js';
import { refuseUpgrade, upgradeTarget } from './transports/upgrades.js';

export interface ServerOptions {
  config: Config;
  /** Where logs go (stdout by default); tests capture them. */
  logDestination?: DestinationStream;
  /** The HTTP operations to serve: the generated table, unless a test adds to it. */
  routes?: readonly HttpRoute[];
  /** The Socket.IO operations to dispatch: the generated table, unless a test adds to it. */
  socketOperations?: ReadonlyMap<string, SocketOperation>;
  /** The /ws envelope types to dispatch: the generated table, unless a test adds to it. */
  envelopeOperations?: ReadonlyMap<string, EnvelopeOperation>;
  /** The clock sessions are created and expire by (Date.now): a test moves it rather than wait out a TTL. */
  sessionClock?: () => number;
  /** What the services tell besides their events (a party join request, for notifications). */
  hooks?: ServiceHooks;
}

export interface RunningServer {
  url: string;
  port: number;
  httpServer: HttpServer;
  io: SwitchboardServer;
  database: Database;
  services: Services;
  log: Logger;
  /**
   * Resolves once no request that has begun, on any transport, is under way: what a test waits for
   * before it checks that a request left nothing behind, rather than for a while.
   */
  requestsSettled(): Promise<void>;
  close(): Promise<void>;
}

// Refused connections an address may have open at once, being told why, before newcomers are turned away.
const MAX_PENDING_REFUSALS_PER_ADDRESS = 8;

/** The composition root: config → store → core services → transports → listen. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const { config } = opts;
  const log = createLogger(config, opts.logDestination);
  const database = await openDatabase(config, log);
  // REDIS_URL: this process is one of a cluster sharing Redis and PostgreSQL (docs/scaling.md).
  const cluster = config.redisUrl
    ? await joinCluster({ ...config, redisUrl: config.redisUrl }, log)
    : undefined;
  const services = await createServices(database, config, log, cluster, opts.sessionClock, opts.hooks);
  // A test's Socket.IO table may hold actions of its own: /ws and HTTP call those by name too.
  if (opts.socketOperations)
    services.actions.serve(
      new Map([...opts.socketOperations].filter((e): e is [string, ActionOperation] => e[1].action === true)),
    );
  services.users.start();
  await services.presence.start();

  // Requests under way on every transport, so shutdown answers what it accepted before it closes.
  const inflight = new InFlight();
  // Refused connections still open, per address, for both transports (pending-refusals.ts).
  const refusals = new PendingRefusals(MAX_PENDING_REFUSALS_PER_ADDRESS);
  const socketGuard = new HttpSocketGuard({ ...config, log });
  // ALLOWED_ORIGINS, the same for HTTP, Engine.IO and /ws.
  const origins = new OriginPolicy(config.allowedOrigins);
  // Server-Sent Events (GET /api/events): the third realtime transport, served by the HTTP app.
  const sse = createSseTransport({
    ...config,
    services,
    log,
    ...(cluster && {
      relay: { broker: cluster.broker, channel: `${config.redisPrefix}sse`, nodeId: cluster.nodeId },
    }),
  });
  await sse.ready;
  const app = createHttpApp({
    ...config,
    services,
    log,
    inflight,
    socketGuard,
    origins,
    routes: opts.routes ?? httpRoutes,
    builtinRoutes,
    getEvents: (route) => sse.openStream(route),
  });
  const httpServer = createServer(
    {
      // A client gets this long for its headers and for its whole request; a slow one holds a socket
      // no longer. Node checks every `connectionsCheckingInterval`, so that is how late a cut can be.
      headersTimeout: config.httpHeadersTimeoutMs,
      requestTimeout: config.httpRequestTimeoutMs,
      connectionsCheckingInterval: 1000,
    },
    app.callback(),
  );
  socketGuard.attach(httpServer);
  const socketIo = attachSocketIo(httpServer, {
    ...config,
    services,
    log,
    inflight,
    refusals,
    origins,
    operations: opts.socketOperations ?? socketOperations,
    adapter: cluster?.socketIoAdapter,
  });
  const { io } = socketIo;
  const raw = createRawWebSocket({
    ...config,
    services,
    log,
    inflight,
    refusals,
    operations: opts.envelopeOperations ?? envelopeOperations,
    hardFrameLimitFactor: HARD_FRAME_LIMIT_FACTOR,
    ...(cluster && {
      relay: { broker: cluster.broker, channel: `${config.redisPrefix}raw`, nodeId: cluster.nodeId },
    }),
  });
  await raw.ready;
  // Upgrades by path: /ws is the raw WebSocket's, /socket.io/ Engine.IO's (it listens too), anything
  // else is answered 400 and closed. A /ws upgrade from an origin ALLOWED_ORIGINS does not admit is
  // answered 403 (Engine.IO checks its own in allowRequest).
  httpServer.on('upgrade', (req, socket, head) => {
    // Refused by the socket caps (socket-guard.ts): nothing is served on it.
    if (socket.destroyed) return;
    const target = upgradeTarget(req.url, RAW_PATH);
    // Shutting down: no new connection (a kept-alive socket could still ask for one). Engine.IO's
    // handshake refuses UNAVAILABLE itself (handshake.ts).
    if (target === 'raw' && inflight.isDraining) refuseUpgrade(socket, 503);
    else if (target === 'raw' && !origins.admitsConnection(req)) {
      log.debug(
        { transport: 'rawws', origin: String(req.headers.origin).slice(0, 200) },
        'upgrade from an origin not allowed',
      );
      refuseUpgrade(socket, 403);
    } else if (target === 'raw') raw.upgrade(req, socket, head);
    else if (target === 'refuse') refuseUpgrade(socket);
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (err) => reject(listenError(err, config.port, config.host) ?? err));
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  log.info(
    {
      port,
      host: config.host,
      database: database.kind,
      outboundValidation: config.outboundValidation,
      version: config.serverVersion,
    },
    'listening',
  );

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    httpServer,
    io,
    database,
    services,
    log,
    requestsSettled: () => inflight.settled(),
    close: () => {
      closing ??= (async () => {
        const startedAt = Date.now();
        const budget = shutdownBudget(config.shutdownTimeoutMs);
        log.info({ timeoutMs: config.shutdownTimeoutMs, ...budget }, 'shutting down');
        // Not ready from now on (the probes answer 503), and new requests, handshakes and upgrades are
        // refused UNAVAILABLE; those under way go on.
        const drained = inflight.drain(budget.drainMs);
        // Every realtime client hears it first, with when it will be closed and when to come back.
        const closeBy = startedAt + budget.drainMs + budget.closeGraceMs;
        const notice = shutdownNotices(closeBy, socketIo.connections() + raw.connections() + sse.count());
        socketIo.announceShutdown(notice);
        raw.announceShutdown(notice);
        sse.announceShutdown(notice);
        services.users.stop();
        services.presence.stop();
        // No new connections; idle kept-alive ones go now, busy ones once their answer is out.
        const closed = new Promise((resolve) => httpServer.close(resolve));
        httpServer.closeIdleConnections();
        // Requests under way finish and are answered, within their share of the timeout.
        if (!(await drained)) log.warn('requests still under way at the end of the shutdown drain');
        // Then every realtime connection is told why and closed, after what it is owed is written.
        await Promise.all([
          raw.close(budget.closeGraceMs),
          socketIo.shutdown(budget.closeGraceMs),
          sse.close(budget.closeGraceMs),
        ]);
        // What still holds a socket (an upload that never ends, a long-poll) is cut.
        httpServer.closeAllConnections();
        await closed;
        // Every closed connection stores its user's last-seen time, and every accepted message is
        // committed, before the database goes.
        await services.presence.settled();
        await services.presence
          .leaveStore()
          .catch((err: unknown) => log.warn({ err }, 'could not leave the presence store'));
        await services.messages.idle();
        await services.documents.idle();
        // This process's connection slots go back to the cluster before Redis is let go.
        await services.connections
          .close()
          .catch((err: unknown) => log.warn({ err }, 'could not hand back the connection slots'));
        await cluster?.close();
        await database.close();
        log.info({ tookMs: Date.now() - startedAt }, 'stopped');
      })();
      return closing;
    },
  };
}
