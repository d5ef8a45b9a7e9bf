import { once } from 'node:events';
import type { Context, Middleware } from 'koa';
import type { OperationRoute } from '../../../generated/http.js';
import { outboundSseValidators, type SseEvent, type SseEvents } from '../../../generated/sse.js';
import type { CloseReason, GetEventsQuery, ServerShutdown, SseResync } from '../../../generated/types.js';
import type { StreamGrant } from '../../core/auth/event-tickets.js';
import { closingMessage } from '../../core/auth/session-connections.js';
import { ApiError, logFailure } from '../../core/errors.js';
import type { Broker } from '../../core/fanout/broker.js';
import { relayed } from '../../core/fanout/relay.js';
import type { Services } from '../../core/services.js';
import type { Logger } from '../../logger.js';
import { clientAddress } from '../client-address.js';
import { ConnectionLog } from '../connection-log.js';
import { answerError } from '../http/errors.js';
import { sessionTokenOf } from '../http/session-token.js';
import { TopicRegistry } from '../topic-registry.js';
import { badInput, conformsToSpec } from '../validation.js';
import { decodeEventId, type Subscription, subscriptionsTag } from './event-id.js';
import { sseCarries, sseDeliverer } from './sse-fanout.js';
import { SseStream } from './sse-stream.js';

export const SSE_PATH = '/api/events';

export interface SseDeps {
  services: Services;
  log: Logger;
  outboundValidation: boolean;
  maxBufferedBytes: number;
  /** A `: ping` comment this often keeps proxies from closing an idle stream. */
  heartbeatIntervalMs: number;
  heartbeatTimeoutMs: number;
  maxRoomsPerConnection: number;
  trustProxyHops: number;
  serverVersion: string;
  /** The cluster's broker, the channel for event streams and this process's node id (REDIS_URL). */
  relay?: { broker: Broker; channel: string; nodeId: string };
}

export interface SseTransport {
  /** Resolves once the transport receives what other processes relay (at once without a cluster). */
  ready: Promise<void>;
  /** The builtin that serves `GET /api/events` (operation getEvents). */
  openStream(route: OperationRoute): Middleware;
  /** Open streams on this process (a seam for metrics). */
  count(): number;
  /** Sends `server-shutdown` to every open stream of this process, each with its own notice. */
  announceShutdown(notice: () => ServerShutdown): void;
  /** Ends every stream with `closing` (`shutting-down`); one that does not finish within `graceMs` is cut. */
  close(graceMs: number): Promise<void>;
}

// Missed events replayed per subscription at most (as join-room and subscribe-db answer): past that, a
// `resync` says to refetch, since a long replay would hold the stream and the database for one client.
const MAX_REPLAY = 100;
const SESSION_ENDED: ReadonlySet<CloseReason> = new Set([
  'logged-out',
  'sessions-revoked',
  'session-expired',
]);

const RESYNC_MESSAGES: Record<SseResync['reason'], (name: string) => string> = {
  'history-gone': (name) => `${name} is ephemeral: it keeps no history to replay; refetch what you need`,
  'too-far-behind': (name) => `more than ${MAX_REPLAY} events were missed in ${name}; refetch it`,
  'position-ahead': (name) => `the position for ${name} is past what the server has; refetch it`,
  'unreadable-id': () => 'the Last-Event-ID is not one this server made; every subscription starts from now',
  'other-subscriptions': () =>
    'the Last-Event-ID was made for other subscriptions; every subscription starts from now',
};

/** The query's rooms then repositories, each once (at its first place in the query), in order. */
function subscriptionsOf(query: GetEventsQuery): Subscription[] {
  const once = (kind: Subscription['kind'], names: readonly string[] = []): Subscription[] =>
    names.flatMap((name, param) => (names.indexOf(name) === param ? [{ kind, name, param }] : []));
  return [...once('room', query.room), ...once('repo', query.repo)];
}

/** A core error about one subscription, naming the query parameter it came in (`query.room.1`). */
async function naming<T>(field: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ApiError && err.field !== undefined)
      throw new ApiError(err.code, err.message, field, err.retryAfterSeconds);
    throw err;
  }
}

/**
 * Server-Sent Events at GET /api/events: a third transport over the same core. A stream is a connection
 * like a Socket.IO or /ws one (the same lifecycle: counted by the connection limits, bound to its
 * session, shown in presence), whose subscriptions are fixed by its URL, so an EventSource's own
 * reconnection subscribes again. It only listens: what the client does goes over HTTP.
 */
export function createSseTransport(deps: SseDeps): SseTransport {
  const log = deps.log.child({ transport: 'sse' });
  const { services } = deps;
  const registry = new TopicRegistry<SseStream>();

  const sendChecked = <E extends SseEvent>(
    stream: SseStream,
    event: E,
    payload: SseEvents[E],
    withId = false,
  ) => {
    if (
      !deps.outboundValidation ||
      conformsToSpec(outboundSseValidators[event], payload, `sse ${event}`, log)
    )
      stream.send(event, payload, withId);
  };

  const closeStream = (stream: SseStream, reason: CloseReason) => {
    if (stream.isOpening) {
      // Not answered yet: its opening sees this and answers the refusal instead of a stream.
      stream.closedBy ??= reason;
      return;
    }
    stream.closedBy ??= reason;
    sendChecked(stream, 'closing', { reason, message: closingMessage(reason) });
    stream.end();
  };

  const cut = (stream: SseStream) => {
    log.warn({ sid: stream.sid, buffered: stream.res.writableLength }, 'slow consumer cut off');
    stream.res.destroy();
  };

  const local = sseDeliverer(registry, {
    outboundValidation: deps.outboundValidation,
    log,
    metrics: services.metrics,
    close: closeStream,
  });
  const relay =
    deps.relay &&
    relayed(
      local,
      deps.relay.broker,
      deps.relay.channel,
      deps.relay.nodeId,
      log,
      sseCarries,
      () => registry.bySid.size > 0,
    );
  services.bus.attach(relay ? relay.deliverer : local);

  // Refusals are HTTP answers, in the request's own log line with its request id; a stream that opened
  // is a connection, logged as the other transports log theirs.
  const connectionLog = new ConnectionLog(log);
  const onClose = (stream: SseStream) => {
    registry.closed(stream);
    services.lifecycle.released(stream.sid);
    if (stream.joined && stream.connection) services.lifecycle.disconnected(stream.connection);
    if (stream.connectedAt !== undefined && stream.connection)
      connectionLog.disconnected({
        connectionId: stream.sid,
        userId: stream.connection.userId,
        // Ours (logged-out, shutting-down…), or else the client went (or was cut as too slow: logged above).
        reason: stream.closedBy ?? 'client gone',
        connectedAt: stream.connectedAt,
      });
  };

  /** Who the request is: a session token in `Authorization`, or else a ticket. Never the token in the URL. */
  const authenticate = async (ctx: Context, query: GetEventsQuery): Promise<StreamGrant> => {
    const header = ctx.get('authorization');
    const { ticket } = query;
    // A browser re-sends the Authorization it has for the site (a proxy's Basic credentials) with an
    // EventSource's request: with a ticket, only a Bearer header is ours to read.
    if (header && (ticket === undefined || /^Bearer /i.test(header))) {
      const token = sessionTokenOf(header);
      const session = await naming('header.authorization', () => services.users.authenticate(token));
      return {
        identity: { userId: session.userId, username: session.username, accountId: session.accountId },
        // Opened with the token itself, like /ws: rotating the socket secret does not end it.
        grant: { sessionId: session.sessionId, expiresAt: session.expiresAt, generation: undefined },
        plan: await services.accounts.planOf(session.accountId),
      };
    }
    if (ticket !== undefined) return naming('query.ticket', () => services.eventTickets.redeem(ticket));
    throw new ApiError(
      'UNAUTHENTICATED',
      'send Authorization: Bearer <session token>, or a ticket from POST /api/events/tickets',
      'header.authorization',
    );
  };

  /** The stream's connection closed, or was asked to, while it opened: what to answer instead. */
  const stillOpen = (stream: SseStream) => {
    if (stream.closedBy && SESSION_ENDED.has(stream.closedBy))
      throw new ApiError('UNAUTHENTICATED', closingMessage(stream.closedBy));
    if (stream.closedBy || !stream.open)
      throw new ApiError('UNAVAILABLE', 'the connection closed', undefined, 1);
  };

  /**
   * Subscribes the stream to each room and repository, as join-room and subscribe-db do (same checks,
   * same errors), reading from the Last-Event-ID's positions when it has usable ones. Resolves the
   * replay (events to send before anything live) and the resyncs.
   */
  const subscribe = async (stream: SseStream, lastEventId: string | undefined, tag: string) => {
    const connection = stream.connection as NonNullable<SseStream['connection']>;
    const subscriptions = stream.subscriptions;
    const decoded =
      lastEventId === undefined ? undefined : decodeEventId(lastEventId, tag, subscriptions.length);
    const from = decoded?.ok ? decoded.positions : undefined;
    const resyncs: SseResync[] = [];
    if (decoded && !decoded.ok)
      resyncs.push({ reason: decoded.reason, message: RESYNC_MESSAGES[decoded.reason]('') });
    const replay: { event: string; payload: unknown }[] = [];
    const resync = (s: Subscription, reason: SseResync['reason']) =>
      resyncs.push({ [s.kind]: s.name, reason, message: RESYNC_MESSAGES[reason](s.name) });
    for (const [i, s] of subscriptions.entries()) {
      const since = from?.[i];
      if (s.kind === 'room') {
        const field = `query.room.${s.param}`;
        const reply = await naming(field, async () => {
          // join-room would create a public room of that name: a stream only reads what exists.
          if (!(await services.rooms.exists(s.name)))
            throw new ApiError('NOT_FOUND', `no room is named ${s.name}`, 'room');
          return services.rooms.join(
            connection,
            since === undefined ? { room: s.name } : { room: s.name, since },
          );
        });
        const last = reply.room.lastSeq;
        if (since === undefined) stream.place(i, last, last);
        else if (since > last) {
          resync(s, 'position-ahead');
          stream.place(i, last, last);
        } else if (!reply.room.persistent && since < last) {
          resync(s, 'history-gone');
          stream.place(i, last, last);
        } else if (reply.hasMore) {
          resync(s, 'too-far-behind');
          stream.place(i, last, last);
        } else {
          const through = Math.max(since, ...reply.missed.map((m) => m.seq));
          stream.place(i, since, through);
          for (const message of reply.missed) replay.push({ event: 'message', payload: message });
        }
      } else {
        const field = `query.repo.${s.param}`;
        const reply = await naming(field, () =>
          services.documents.subscribe(
            connection,
            since === undefined ? { repo: s.name } : { repo: s.name, since },
          ),
        );
        if (since === undefined) stream.place(i, reply.position, reply.position);
        else if (since > reply.position) {
          resync(s, 'position-ahead');
          stream.place(i, reply.position, reply.position);
        } else if (reply.hasMore) {
          resync(s, 'too-far-behind');
          stream.place(i, reply.position, reply.position);
        } else {
          const through = Math.max(since, ...reply.missed.map((c) => c.position));
          stream.place(i, since, through);
          for (const change of reply.missed) replay.push({ event: `db_${change.type}`, payload: change });
        }
      }
      stillOpen(stream);
    }
    return { replay, resyncs, resumed: from !== undefined };
  };

  const open = async (ctx: Context, route: OperationRoute): Promise<void> => {
    const query = { ...ctx.query } as unknown;
    if (route.validateQuery && !route.validateQuery(query))
      throw badInput(route.validateQuery.errors, 'query');
    const q = query as GetEventsQuery;
    const subscriptions = subscriptionsOf(q);
    const rooms = subscriptions.filter((s) => s.kind === 'room').length;
    for (const [kind, count] of [
      ['room', rooms],
      ['repo', subscriptions.length - rooms],
    ] as const)
      if (count > deps.maxRoomsPerConnection)
        throw new ApiError(
          'LIMIT_REACHED',
          `a connection is in at most ${deps.maxRoomsPerConnection} rooms and as many repositories (MAX_ROOMS_PER_CONNECTION)`,
          `query.${kind}`,
        );
    const who = await authenticate(ctx, q);
    // The header wins: an EventSource's reconnection sends it; `lastEventId` is for a new EventSource.
    const lastEventId = ctx.get('last-event-id') || q.lastEventId || undefined;
    const tag = subscriptionsTag(subscriptions);
    const stream = new SseStream(ctx.res, subscriptions, tag, deps.maxBufferedBytes, cut, (event) =>
      services.metrics.frameOut('sse', event),
    );
    // Notifications stored from here on are marked delivered by this connection's opening (as Socket.IO's).
    const issued = Date.now();
    registry.opened(stream);
    ctx.res.once('close', () => onClose(stream));
    const address = clientAddress(
      ctx.req.socket.remoteAddress,
      ctx.req.headers['x-forwarded-for'],
      deps.trustProxyHops,
    );
    await services.lifecycle.opened(stream.sid, 'sse', address);
    stillOpen(stream);
    await services.lifecycle.admit(stream.sid, who.identity, who.grant, who.plan);
    stillOpen(stream);
    const connection = { id: stream.sid, ...who.identity };
    stream.connection = connection;
    services.lifecycle.opening(connection);
    stream.joined = true;
    const { replay, resyncs, resumed } = await subscribe(stream, lastEventId, tag);
    await services.lifecycle.connected(connection, true);
    stillOpen(stream);
    stream.connectedAt = Date.now();
    connectionLog.connected({ connectionId: stream.sid, userId: connection.userId, address });

    // Answered: from here on the response is the stream's.
    ctx.respond = false;
    ctx.status = 200;
    ctx.res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      'X-Accel-Buffering': 'no',
    });
    sendChecked(
      stream,
      'ready',
      {
        connectionId: stream.sid,
        userId: connection.userId,
        username: connection.username,
        serverVersion: deps.serverVersion,
        resumed,
        rooms: subscriptions.flatMap((s, i) =>
          s.kind === 'room' ? [{ room: s.name, seq: stream.positionOf(i) }] : [],
        ),
        repos: subscriptions.flatMap((s, i) =>
          s.kind === 'repo' ? [{ repo: s.name, position: stream.positionOf(i) }] : [],
        ),
      },
      true,
    );
    for (const r of resyncs) sendChecked(stream, 'resync', r);
    // The replay goes at the pace the client reads (a resumed tab may be owed megabytes); one that reads
    // nothing for a heartbeat's timeout is cut, as a slow consumer.
    const drainTimeoutMs = deps.heartbeatIntervalMs + deps.heartbeatTimeoutMs;
    for (const { event, payload } of replay) {
      if (
        deps.outboundValidation &&
        !conformsToSpec(outboundSseValidators[event as SseEvent], payload, `sse replay ${event}`, log)
      )
        continue;
      stream.emit({ event, payload, data: JSON.stringify(payload) }, false);
      if (!(await stream.drained(drainTimeoutMs))) break;
    }
    // Gone or not reading: nothing more is claimed for it (stored notifications wait for a connection).
    const giveUp = () => {
      if (stream.open) cut(stream);
      (ctx.state as { endRequest?: () => void }).endRequest?.();
    };
    if (!(await stream.drained(drainTimeoutMs))) return giveUp();
    try {
      const stored = await services.notifications.claim(connection.userId, issued);
      if (stored.length > 0) sendChecked(stream, 'notifications', { notifications: stored });
    } catch (err) {
      // Unclaimed, they come with the user's next connection; they stay listed either way.
      logFailure(log, err, 'delivering stored notifications failed');
    }
    if (!(await stream.goLive(drainTimeoutMs))) return giveUp();
    // Asked to close while it opened (a logout, a shutdown): now that it is a stream, it is told why.
    if (stream.closedBy) closeStream(stream, stream.closedBy);
    // Open: from here on the stream is a connection, no longer a request that shutdown's drain waits for.
    (ctx.state as { endRequest?: () => void }).endRequest?.();
  };

  const heartbeat = setInterval(() => {
    for (const stream of registry.bySid.values()) if (!stream.isOpening) stream.ping();
  }, deps.heartbeatIntervalMs);
  heartbeat.unref();

  return {
    ready: relay ? relay.subscribed : Promise.resolve(),
    openStream: (route) => {
      const validatorFor = deps.outboundValidation
        ? (status: number) =>
            route.responses.has(status) ? route.responses.get(status) : route.responses.get('default')
        : undefined;
      return async (ctx) => {
        try {
          await open(ctx, route);
        } catch (err) {
          if (ctx.respond === false) {
            // The stream had begun: nothing can be answered any more; it ends.
            logFailure(log, err, 'an event stream failed as it opened');
            ctx.res.destroy();
            return;
          }
          answerError(ctx, err, log, validatorFor);
        }
      };
    },
    count: () => registry.bySid.size,
    // A stream still opening gets it once its replay is out, as a live event (it has no position).
    announceShutdown(notice) {
      for (const stream of registry.bySid.values()) {
        const payload = notice();
        if (
          !deps.outboundValidation ||
          conformsToSpec(outboundSseValidators['server-shutdown'], payload, 'sse server-shutdown', log)
        )
          stream.deliver({ event: 'server-shutdown', payload, data: JSON.stringify(payload) });
      }
    },
    close: async (graceMs) => {
      clearInterval(heartbeat);
      relay?.stop();
      const streams = [...registry.bySid.values()];
      const closed = Promise.all(streams.map((s) => (s.res.closed ? undefined : once(s.res, 'close'))));
      for (const stream of streams) closeStream(stream, 'shutting-down');
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
      for (const stream of registry.bySid.values()) stream.res.destroy();
    },
  };
}
