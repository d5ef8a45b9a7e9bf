import { once } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { EnvelopeOperation } from '../../../generated/envelope.js';
import type { ServerShutdown, Validator } from '../../../generated/types.js';
import {
  EnvelopeError,
  EnvelopeInit,
  EnvelopeServerShutdown,
} from '../../../generated/validators/asyncapi.js';
import { newSecret } from '../../core/auth/secrets.js';
import type { SessionGrant } from '../../core/auth/session-connections.js';
import { ApiError, toClientError } from '../../core/errors.js';
import type { Broker } from '../../core/fanout/broker.js';
import { relayed } from '../../core/fanout/relay.js';
import type { Services } from '../../core/services.js';
import type { SocketIdentity } from '../../core/users.js';
import type { RawConnection, RawContext } from '../../handlers/context.js';
import type { Logger } from '../../logger.js';
import { clientAddress } from '../client-address.js';
import { ConnectionLog } from '../connection-log.js';
import type { InFlight } from '../in-flight.js';
import type { PendingRefusals } from '../pending-refusals.js';
import { recordAnswer } from '../spec-coverage.js';
import { TopicRegistry } from '../topic-registry.js';
import { refuseUpgrade } from '../upgrades.js';
import { conformsToSpec } from '../validation.js';
import { handleFrame } from './raw-dispatch.js';
import { rawCarries, rawDeliverer } from './raw-fanout.js';
import { CLOSE, CLOSE_CODE_OF, RawSocket } from './raw-socket.js';

export const RAW_PATH = '/ws';

export interface RawDeps {
  services: Services;
  log: Logger;
  operations: ReadonlyMap<string, EnvelopeOperation>;
  outboundValidation: boolean;
  maxFrameBytes: number;
  maxJsonDepth: number;
  maxBufferedBytes: number;
  authTimeoutMs: number;
  trustProxyHops: number;
  heartbeatIntervalMs: number;
  heartbeatTimeoutMs: number;
  hardFrameLimitFactor: number;
  inflight: InFlight;
  refusals: PendingRefusals;
  /** The cluster's broker, the channel for /ws and this process's node id (REDIS_URL); none: one process. */
  relay?: { broker: Broker; channel: string; nodeId: string };
}

export interface RawTransport {
  /** Resolves once the transport receives what other processes relay (at once without a cluster). */
  ready: Promise<void>;
  /** Takes an HTTP upgrade at RAW_PATH (the server routes them by path). */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Connections open on this process (authenticated or not). */
  connections(): number;
  /** Sends `server-shutdown` to every connection of this process, each with its own notice. */
  announceShutdown(notice: () => ServerShutdown): void;
  /** Closes every connection with 1001 (`shutting-down`); one that does not answer within `graceMs` is cut. */
  close(graceMs: number): Promise<void>;
}

/**
 * StaticBackend's envelope on a plain WebSocket at /ws, over the same core as Socket.IO: the same
 * rooms, presence and database events, the same validators, the same connection limits.
 */
export function createRawWebSocket(deps: RawDeps): RawTransport {
  const log = deps.log.child({ transport: 'raw' });
  const registry = new TopicRegistry<RawSocket>();
  const { services } = deps;
  const { metrics } = deps.services;
  const local = rawDeliverer(registry, { outboundValidation: deps.outboundValidation, log, metrics });
  const sent = (type: string) => metrics.frameOut('rawws', type);
  // In a cluster, events for /ws connections cross processes through the broker; Socket.IO has its adapter.
  const relay =
    deps.relay &&
    relayed(
      local,
      deps.relay.broker,
      deps.relay.channel,
      deps.relay.nodeId,
      log,
      rawCarries,
      () => registry.bySid.size > 0,
    );
  services.bus.attach(relay ? relay.deliverer : local);
  // Frames past the hard limit close the connection (1009); between the two limits they get an error envelope.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: deps.maxFrameBytes * deps.hardFrameLimitFactor,
    perMessageDeflate: false,
  });

  const sendChecked = (socket: RawSocket, envelope: object, validate: Validator<unknown>, what: string) => {
    if (!deps.outboundValidation || conformsToSpec(validate, envelope, what, log)) socket.send(envelope);
  };

  const connectionLog = new ConnectionLog(log);

  const refuse = (socket: RawSocket, address: string, err: unknown) => {
    const error = toClientError(err, log, { sid: socket.sid });
    connectionLog.refused({ code: error.code, address });
    sendChecked(
      socket,
      { sid: socket.sid, type: 'error', data: error.message, code: error.code },
      EnvelopeError,
      'envelope error',
    );
    socket.close(CLOSE.policy, error.code);
  };

  const connectionOf = (socket: RawSocket, address: string): RawConnection => ({
    sid: socket.sid,
    identity: () => {
      if (!socket.identity) throw new ApiError('UNAUTHENTICATED', 'invalid token', 'token');
      return socket.identity;
    },
    caller: () => {
      const { identity, session } = socket;
      if (!identity || !session) throw new ApiError('UNAUTHENTICATED', 'invalid token', 'token');
      return {
        transport: 'ws',
        connectionId: socket.sid,
        userId: identity.userId,
        username: identity.username,
        accountId: identity.accountId,
        sessionId: session.id,
        connectedAt: new Date(session.since).toISOString(),
      };
    },
    authFailed: () => {
      if (socket.identity) return;
      connectionLog.refused({ code: 'UNAUTHENTICATED', address });
      setImmediate(() => socket.close(CLOSE.policy, 'UNAUTHENTICATED'));
    },
    authenticate: async (identity: SocketIdentity, grant: SessionGrant) => {
      if (socket.identity)
        throw new ApiError('BAD_INPUT', 'this connection is authenticated already', 'data');
      const plan = await services.accounts.planOf(identity.accountId);
      // Closed while we looked it up: nothing to admit (its release has run already).
      if (!socket.open) throw new ApiError('UNAVAILABLE', 'the connection closed');
      try {
        await services.lifecycle.admit(socket.sid, identity, grant, plan);
      } catch (err) {
        // Past a connection limit: the error envelope goes out, then the connection is closed (1008).
        if (err instanceof ApiError && err.code === 'CONNECTION_LIMIT') {
          connectionLog.refused({ code: err.code, address });
          setImmediate(() => socket.close(CLOSE.policy, err.code));
        }
        throw err;
      }
      // Closed while it was admitted: its release ran, or runs, and gives back what admit took.
      if (!socket.open) throw new ApiError('UNAVAILABLE', 'the connection closed');
      socket.identity = { ...identity, id: socket.sid };
      socket.session = { id: grant.sessionId, since: Date.now() };
      clearTimeout(socket.authDeadline);
      socket.token = newSecret();
      try {
        await services.lifecycle.connected(socket.identity, true);
      } catch (err) {
        // Half admitted is worse than not at all: the error goes out, then the connection is closed
        // (1011) and its cleanup undoes the rest; the client reconnects.
        setImmediate(() => socket.close(CLOSE.internal, 'try again'));
        throw err;
      }
      connectionLog.connected({ connectionId: socket.sid, userId: identity.userId, address });
      return socket.token;
    },
  });

  const onClose = (socket: RawSocket, code: number, reason: Buffer) => {
    clearTimeout(socket.authDeadline);
    registry.closed(socket);
    services.lifecycle.released(socket.sid);
    if (!socket.identity) return;
    services.lifecycle.disconnected(socket.identity);
    // The close code and its reason (at most 123 bytes, by the protocol; JSON-escaped in the log).
    const text = reason.toString('utf8');
    connectionLog.disconnected({
      connectionId: socket.sid,
      userId: socket.identity.userId,
      reason: text ? `${code} ${text}` : String(code),
      connectedAt: socket.session?.since ?? Date.now(),
    });
  };

  const onConnection = (ws: WebSocket, address: string) => {
    const socket = new RawSocket(
      ws,
      deps.maxBufferedBytes,
      () => {
        log.warn({ sid: socket.sid, buffered: ws.bufferedAmount }, 'slow consumer cut off');
        socket.close(CLOSE.slow, 'slow consumer');
      },
      sent,
    );
    registry.opened(socket);
    ws.on('close', (code, reason) => onClose(socket, code, reason));
    ws.on('error', (err) =>
      log.debug({ err: { message: err.message }, sid: socket.sid }, 'raw connection error'),
    );
    ws.on('pong', () => {
      socket.lastPong = Date.now();
    });
    // The limits' decision (in a cluster, a round trip to Redis): frames that arrive before it wait for it.
    const opening = services.lifecycle.opened(socket.sid, 'raw', address).then(
      () => socket.open,
      (err: unknown) => {
        // Refused, it stays only to be told why; it counts among its address's refused connections meanwhile.
        if (socket.open) {
          ws.once('close', deps.refusals.add(address));
          refuse(socket, address, err);
        }
        return false;
      },
    );
    void opening.then((admitted) => {
      if (!admitted) return;
      sendChecked(socket, { sid: '', type: 'init', data: socket.sid }, EnvelopeInit, 'envelope init');
      // Unauthenticated, it holds a slot of the limits: it gets RAW_AUTH_TIMEOUT_MS to send `auth`.
      if (deps.authTimeoutMs > 0) {
        socket.authDeadline = setTimeout(() => {
          if (socket.identity || !socket.open) return;
          refuse(
            socket,
            address,
            new ApiError(
              'UNAUTHENTICATED',
              `authenticate within ${deps.authTimeoutMs / 1000} s of connecting: send auth with a session token`,
            ),
          );
        }, deps.authTimeoutMs);
        socket.authDeadline.unref();
      }
    });
    const ctx: RawContext = {
      services,
      log: log.child({ sid: socket.sid }),
      connection: connectionOf(socket, address),
    };
    ws.on('message', (data, isBinary) => {
      const frame = Buffer.isBuffer(data)
        ? data
        : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]);
      // In the queue like any request, so its answer keeps its place among the others.
      socket.enqueue(async () => {
        if (!(await opening)) return;
        if (isBinary) {
          recordAnswer('localRaw', undefined, 'BAD_INPUT');
          sendChecked(
            socket,
            {
              sid: socket.sid,
              type: 'error',
              data: 'send text frames: a message is JSON text',
              code: 'BAD_INPUT',
              field: '',
            },
            EnvelopeError,
            'envelope error',
          );
          return;
        }
        await handleFrame(socket, frame, ctx, { ...deps, log: ctx.log });
      });
    });
  };

  // Every interval: a connection whose last pong is older than interval + timeout is dead; the rest are pinged.
  const heartbeat = setInterval(() => {
    const deadline = Date.now() - deps.heartbeatIntervalMs - deps.heartbeatTimeoutMs;
    for (const socket of registry.bySid.values()) {
      if (socket.lastPong < deadline) {
        log.debug({ sid: socket.sid }, 'raw connection missed its heartbeats');
        socket.ws.terminate();
      } else if (socket.open) socket.ws.ping();
    }
  }, deps.heartbeatIntervalMs);
  heartbeat.unref();

  return {
    ready: relay ? relay.subscribed : Promise.resolve(),
    upgrade(req, socket, head) {
      const address = clientAddress(
        req.socket.remoteAddress,
        req.headers['x-forwarded-for'],
        deps.trustProxyHops,
      );
      // An address with its share of refused connections still open gets no more: no spec'd error, it
      // was told already (pending-refusals.ts).
      if (deps.refusals.full(address)) {
        refuseUpgrade(socket, 429);
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, address));
    },
    connections: () => registry.bySid.size,
    // Authenticated or not: a connection still to send `auth` should not send it here either.
    announceShutdown(notice) {
      for (const socket of registry.bySid.values())
        if (socket.open)
          sendChecked(
            socket,
            { sid: socket.sid, type: 'server-shutdown', data: JSON.stringify(notice()) },
            EnvelopeServerShutdown,
            'envelope server-shutdown',
          );
    },
    close: async (graceMs) => {
      clearInterval(heartbeat);
      relay?.stop();
      const open = [...registry.bySid.values()];
      const closed = Promise.all(open.map((socket) => once(socket.ws, 'close')));
      for (const socket of open) socket.close(CLOSE_CODE_OF['shutting-down'], 'shutting-down');
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
      for (const socket of registry.bySid.values()) socket.ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
