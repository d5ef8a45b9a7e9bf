import type { Redis } from 'ioredis';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { AccountStore } from '../store/accounts.js';
import type { Database } from '../store/database.js';
import { DocumentStore } from '../store/documents.js';
import { EventTicketStore } from '../store/event-tickets.js';
import { MessageStore } from '../store/messages.js';
import { NotificationStore } from '../store/notifications.js';
import { RoomStore } from '../store/rooms.js';
import { SessionStore } from '../store/sessions.js';
import { UserStore } from '../store/users.js';
import { AccountService } from './accounts.js';
import { ActionRunner } from './actions/runner.js';
import { EventTickets } from './auth/event-tickets.js';
import { SessionConnections } from './auth/session-connections.js';
import { clusterSessionEnds } from './auth/session-ends.js';
import { type EphemeralSequences, MemoryEphemeralSequences } from './chat/ephemeral-sequences.js';
import { JoinedRooms } from './chat/joined-rooms.js';
import { Membership } from './chat/membership.js';
import { MessageService } from './chat/messages.js';
import { RoomDirectory } from './chat/room-directory.js';
import { RoomService } from './chat/rooms.js';
import { ConnectionLifecycle } from './connections/lifecycle.js';
import { DocumentService } from './database/documents.js';
import { logFailure } from './errors.js';
import type { Broker } from './fanout/broker.js';
import { Bus } from './fanout/bus.js';
import { PublicFiles } from './files.js';
import { GroupCommit } from './group-commit.js';
import { HealthService } from './health.js';
import { type AsyncRateLimiter, asyncRateLimiter, fallingBackToLocal } from './limits/async-rate-limiter.js';
import { ConnectionLimiter } from './limits/connection-limits.js';
import { type ConnectionSlots, MemoryConnectionSlots } from './limits/connection-slots.js';
import { TokenBucketLimiter } from './limits/rate-limiter.js';
import { RedisConnectionSlots } from './limits/redis-connection-slots.js';
import { RedisTokenBucket } from './limits/redis-token-bucket.js';
import { WorkQueue } from './limits/work-queue.js';
import type { MatchStore } from './matches/match-store.js';
import { MatchService } from './matches/matches.js';
import { MemoryMatchStore } from './matches/memory-match-store.js';
import { Metrics } from './metrics.js';
import { NotificationService, SystemCode } from './notifications/notifications.js';
import { OperatorToken } from './operator.js';
import { MemoryPartyStore } from './parties/memory-party-store.js';
import { type JoinRequestNotice, PartyService } from './parties/parties.js';
import type { PartyStore } from './parties/party-store.js';
import { MemoryPresenceStore } from './presence/memory-presence-store.js';
import { PresenceService } from './presence/presence.js';
import type { PresenceStore } from './presence/presence-store.js';
import { UserService } from './users.js';

/** The domain, as handlers see it. Transport-agnostic: no Koa or Socket.IO types in here. */
export interface Services {
  users: UserService;
  /** Which realtime connections each session opened, so they end with it. */
  sessionConnections: SessionConnections;
  /** How core/ reaches connections: transports attach to it when they are created. */
  bus: Bus;
  /** What both transports call as a connection opens, authenticates, lives and closes. */
  lifecycle: ConnectionLifecycle;
  health: HealthService;
  presence: PresenceService;
  rooms: RoomService;
  messages: MessageService;
  accounts: AccountService;
  documents: DocumentService;
  matches: MatchService;
  connections: ConnectionLimiter;
  /** Runs actions (spec operations with `x-action: true`) for every transport, under their limits. */
  actions: ActionRunner;
  /** PUBLIC_DIR, for the `file` action. */
  files: PublicFiles;
  notifications: NotificationService;
  parties: PartyService;
  /** One-use tickets that open an event stream (GET /api/events) from a browser. */
  eventTickets: EventTickets;
  /** This server's Prometheus metrics: every transport records into it, `/metrics` reads it. */
  metrics: Metrics;
  /** The operator's token (METRICS_TOKEN), for `/metrics` and `/api/health`'s details. */
  operator: OperatorToken;
}

// Failed logins per username are counted over a longer window than other limits: guesses are cheap
// to spread out, and a legitimate user rarely mistypes ten times.
const FAILED_LOGIN_WINDOW_SECONDS = 15 * 60;

/**
 * What the processes of a cluster share (REDIS_URL): the broker between them, the presence store, the
 * parties, the ephemeral rooms' numbering, and the Redis client that keeps the limits' counts. Without it, all are
 * this process's own.
 */
export interface SharedState {
  nodeId: string;
  broker: Broker;
  presence: PresenceStore;
  /** Ephemeral rooms' message numbers, one order across processes. */
  sequences: EphemeralSequences;
  /** Parties, so that any process may act on any party. */
  parties: PartyStore;
  /** Relayed matches and their members. */
  matches: MatchStore;
  /** Redis reachable, answering, and every subscription in place: what health reports. */
  healthy(): boolean;
  /** Ready when handed over; commands fail fast while Redis is away (cluster/redis.ts). */
  redis: Redis;
}

/**
 * While Redis does not answer, a limit refuses (UNAVAILABLE) or falls back to this process's own bucket:
 * see fallingBackToLocal.
 */
type WhenAway = 'refuse' | 'local';

/**
 * A rate limit's token bucket: in this process's memory, or, in a cluster, in Redis under its own key
 * prefix, so that every process spends the same budget.
 */
function bucketFactory(config: Config, shared: SharedState | undefined) {
  return (name: string, capacity: number, refillPerSecond: number, whenAway: WhenAway): AsyncRateLimiter => {
    const local = () => new TokenBucketLimiter({ capacity, refillPerSecond });
    if (!shared) return asyncRateLimiter(local());
    const inRedis = new RedisTokenBucket({
      redis: shared.redis,
      prefix: `${config.redisPrefix}rate:${name}:`,
      capacity,
      refillPerSecond,
    });
    return whenAway === 'local' ? fallingBackToLocal(inRedis, local()) : inRedis;
  };
}

/** Connection slots: this process's, or the cluster's in Redis, heartbeating until closed. */
async function connectionSlots(
  config: Config,
  log: Logger,
  shared: SharedState | undefined,
  closeLost: (connectionIds: readonly string[]) => void,
): Promise<ConnectionSlots> {
  if (!shared) return new MemoryConnectionSlots();
  const slots = new RedisConnectionSlots({
    redis: shared.redis,
    prefix: `${config.redisPrefix}slots:`,
    log,
    nodeId: shared.nodeId,
    // Connections that no longer fit after this process rejoined (its slots had been swept) close.
    onLost: closeLost,
  });
  await slots.start();
  return slots;
}

// The connection limiter's transport names, as metrics label them (the same as the frames' labels).
const TRANSPORT_LABEL: Readonly<Record<string, string>> = { raw: 'rawws' };

/**
 * The gauges read when /metrics is scraped, from what already keeps the figures: the connections this
 * process holds, and the database pool. SQLite's pool is one connection (database.ts): `used` is 0 or 1,
 * and `pending` counts the queries queued behind it.
 */
function observeState(metrics: Metrics, database: Database, connections: ConnectionLimiter): void {
  metrics.gauge(
    'switchboard_connections_open',
    'Realtime connections open on this process, by transport (authenticated or not).',
    () =>
      Object.entries(connections.counts()).map(([transport, n]) => [
        { transport: TRANSPORT_LABEL[transport] ?? transport },
        n,
      ]),
  );
  metrics.gauge(
    'switchboard_db_pool_connections',
    'Database pool connections by state (used, free), queries waiting for one (pending), and the pool size (max).',
    () => {
      const pool = database.poolStats();
      return (['used', 'free', 'pending', 'max'] as const).map((state) => [
        { database: database.kind, state },
        pool[state],
      ]);
    },
  );
}

/** What the composition root may hang on the services, beyond what config says. */
export interface ServiceHooks {
  /** Told of each join request to a closed party (for notifications). */
  onPartyJoinRequest?: (notice: JoinRequestNotice) => void;
}

export async function createServices(
  database: Database,
  config: Config,
  log: Logger,
  shared?: SharedState,
  sessionClock: () => number = Date.now,
  hooks: ServiceHooks = {},
): Promise<Services> {
  const userStore = new UserStore(database.db);
  const messageStore = new MessageStore(database.db, database.kind);
  const roomStore = new RoomStore(database.db);
  const directory = new RoomDirectory(roomStore, shared?.sequences ?? new MemoryEphemeralSequences());
  const joined = new JoinedRooms();
  const membership = new Membership(roomStore, joined);
  const bus = new Bus();
  const metrics = new Metrics();
  const bucket = bucketFactory(config, shared);
  // A bucket of `perMinute` requests per key: a burst of as many, refilled evenly.
  const perMinute = (name: string, perMinute: number, whenAway: WhenAway) =>
    bucket(name, perMinute, perMinute / 60, whenAway);
  const presence = new PresenceService(shared?.presence ?? new MemoryPresenceStore(), userStore, bus, {
    disabled: config.activitiesDisabled,
    broadcast: config.activitiesBroadcast,
    maxFollows: config.maxFollows,
    activityLimiter: perMinute('activity', config.activityRateLimit, 'local'),
    log,
  });
  const sessionConnections = new SessionConnections(bus, sessionClock);
  const sessionEnds = shared
    ? await clusterSessionEnds(
        sessionConnections,
        shared.broker,
        `${config.redisPrefix}sessions`,
        shared.nodeId,
        log,
      )
    : sessionConnections;
  const users = new UserService(userStore, new SessionStore(database), sessionEnds, {
    sessionTtlSeconds: config.sessionTtlSeconds,
    passwordHashCost: config.passwordHashCost,
    authLimiter: perMinute('auth', config.authRateLimit, 'refuse'),
    failedLoginLimiter: bucket(
      'failed-login',
      config.failedLoginLimit,
      config.failedLoginLimit / FAILED_LOGIN_WINDOW_SECONDS,
      'refuse',
    ),
    hashing: new WorkQueue(config.passwordHashConcurrency, config.passwordHashConcurrency * 32),
    now: sessionClock,
  });
  const documentStore = new DocumentStore(database.db, database.kind);
  // Connections evicted or lost are closed through the bus, which reaches every process (called only
  // once connections open, when `accounts` exists).
  const closeReplaced = (ids: readonly string[]) => accounts.closeConnections(ids);
  const connections = new ConnectionLimiter({
    maxConnections: config.maxConnections,
    maxClusterConnections: config.maxClusterConnections,
    maxUnauthenticatedPerAddress: config.maxUnauthenticatedPerAddress,
    addressLimiter: perMinute('connect', config.connectRateLimit, 'refuse'),
    userLimiter: perMinute('handshake', config.handshakeRateLimit, 'refuse'),
    maxPerUser: config.maxConnectionsPerUser,
    perUserPolicy: config.connectionsPerUserPolicy,
    plans: config.plans,
    defaultPlan: config.defaultPlan,
    slots: await connectionSlots(config, log, shared, closeReplaced),
    evict: closeReplaced,
  });
  const notifications = new NotificationService(new NotificationStore(database.db), bus, {
    maxPerUser: config.maxNotificationsPerUser,
    openConnections: (userId) => connections.userCount(userId),
    userLimiter: perMinute('notify', config.notifyRateLimit, 'local'),
    userExists: async (userId) => (await userStore.byId(userId)) !== undefined,
  });
  const accounts = new AccountService(
    new AccountStore(database.db),
    users,
    connections,
    bus,
    notifications,
    log,
  );
  const documents = new DocumentService(
    documentStore,
    new GroupCommit(
      DocumentService.commitBatch(documentStore, config.maxDocumentBytes, Date.now),
      metrics.commits('documents'),
    ),
    bus,
    {
      maxDocumentBytes: config.maxDocumentBytes,
      maxSubscriptions: config.maxRoomsPerConnection,
      accountOf: async (userId) => (await userStore.byId(userId))?.accountId,
    },
  );
  const rooms = new RoomService(directory, joined, membership, messageStore, userStore, presence, bus, {
    maxRoomsPerConnection: config.maxRoomsPerConnection,
    maxRoomMembers: config.maxRoomMembers,
    creationLimiter: bucket(
      'room-create',
      config.roomCreateRateLimit,
      config.roomCreateRateLimit / 3600,
      'local',
    ),
    membershipLimiter: perMinute('membership', config.membershipRateLimit, 'local'),
    notifications,
    log,
  });
  const parties = new PartyService(shared?.parties ?? new MemoryPartyStore(), bus, {
    maxPartySize: config.maxPartySize,
    maxPartiesPerUser: config.maxPartiesPerUser,
    maxPartyRequests: config.maxPartyRequests,
    partyLimiter: perMinute('party', config.partyRateLimit, 'local'),
    dataLimiter: perMinute('party-data', config.partyDataRateLimit, 'local'),
    // The leader hears of a request twice: the `party-join-request` event, and a notification (code -4),
    // not stored: the request lives only as long as the party and the requester's connection do.
    onJoinRequest: (notice) => {
      hooks.onPartyJoinRequest?.(notice);
      notifications
        .send(
          [notice.leader.userId],
          {
            subject: `${notice.requester.username} asks to join your party`,
            content: { partyId: notice.partyId, requester: notice.requester },
            code: SystemCode.partyJoinRequest,
            persistent: false,
          },
          notice.requester.userId,
        )
        .catch((err) => logFailure(log, err, 'party join request notification failed'));
    },
    log,
  });
  const matches = new MatchService(shared?.matches ?? new MemoryMatchStore(), bus, {
    maxMatchSize: config.maxMatchSize,
    maxMatchesPerUser: config.maxMatchesPerUser,
    maxMatchDataBytes: config.maxMatchDataBytes,
    dataRateLimit: config.matchDataRateLimit,
    dataLimiter: perMinute('match-data', config.matchDataRateLimit, 'local'),
  });
  // A process that died (killed, not stopped) closed nothing: its connections leave their parties and
  // matches when a live process sweeps them from presence (cluster only; in one process nothing outlives it).
  shared?.presence.onConnectionsLost?.((lost) => {
    for (const connection of lost) {
      parties
        .disconnected(connection)
        .catch((err) => logFailure(log, err, 'a dead connection left no party'));
      matches.lost(connection).catch((err) => logFailure(log, err, 'a dead connection left no match'));
    }
  });
  observeState(metrics, database, connections);
  return {
    metrics,
    operator: new OperatorToken(config.metricsToken),
    presence,
    users,
    parties,
    sessionConnections,
    bus,
    lifecycle: new ConnectionLifecycle({
      limits: connections,
      sessions: sessionConnections,
      bus,
      presence,
      rooms,
      documents,
      parties,
      matches,
      log,
    }),
    connections,
    accounts,
    documents,
    rooms,
    notifications,
    matches,
    messages: new MessageService(
      directory,
      membership,
      messageStore,
      new GroupCommit((batch) => messageStore.append(batch), metrics.commits('messages')),
      bus,
      {
        maxMessageBytes: config.maxMessageBytes,
        messageLimiter: perMinute('message', config.messageRateLimit, 'local'),
      },
    ),
    health: new HealthService(
      database,
      config.serverVersion,
      connections,
      config.healthDetails === 'public',
      shared,
    ),
    actions: new ActionRunner({ maxInFlight: config.maxActionsInFlight, timeoutMs: config.actionTimeoutMs }),
    files: new PublicFiles({ root: config.publicDir, maxBytes: config.fileMaxBytes }),
    eventTickets: new EventTickets(new EventTicketStore(database.db), sessionClock),
  };
}
