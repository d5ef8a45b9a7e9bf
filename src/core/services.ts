import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { AccountStore } from '../store/accounts.js';
import type { Database } from '../store/database.js';
import { DocumentStore } from '../store/documents.js';
import { MessageStore } from '../store/messages.js';
import { RoomStore } from '../store/rooms.js';
import { SessionStore } from '../store/sessions.js';
import { UserStore } from '../store/users.js';
import { AccountService } from './accounts.js';
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
import type { Broker } from './fanout/broker.js';
import { Bus } from './fanout/bus.js';
import { GroupCommit } from './group-commit.js';
import { HealthService } from './health.js';
import { ConnectionLimiter } from './limits/connection-limits.js';
import { TokenBucketLimiter } from './limits/rate-limiter.js';
import { WorkQueue } from './limits/work-queue.js';
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
  connections: ConnectionLimiter;
}

// Failed logins per username are counted over a longer window than other limits: guesses are cheap
// to spread out, and a legitimate user rarely mistypes ten times.
const FAILED_LOGIN_WINDOW_SECONDS = 15 * 60;

/** A token bucket allowing `perMinute` requests per key: a burst of as many, refilled evenly. */
const perMinute = (perMinute: number) =>
  new TokenBucketLimiter({ capacity: perMinute, refillPerSecond: perMinute / 60 });

/**
 * What the processes of a cluster share (REDIS_URL): the broker between them and the presence store.
 * Without it, both are this process's own.
 */
export interface SharedState {
  nodeId: string;
  broker: Broker;
  presence: PresenceStore;
  /** Ephemeral rooms' message numbers, one order across processes. */
  sequences: EphemeralSequences;
  /** Redis reachable, answering, and every subscription in place: what health reports. */
  healthy(): boolean;
}

export async function createServices(
  database: Database,
  config: Config,
  log: Logger,
  shared?: SharedState,
): Promise<Services> {
  const userStore = new UserStore(database.db);
  const messageStore = new MessageStore(database.db);
  const roomStore = new RoomStore(database.db);
  const directory = new RoomDirectory(roomStore, shared?.sequences ?? new MemoryEphemeralSequences());
  const joined = new JoinedRooms();
  const membership = new Membership(roomStore, joined);
  const bus = new Bus();
  const presence = new PresenceService(shared?.presence ?? new MemoryPresenceStore(), userStore, bus, {
    disabled: config.activitiesDisabled,
    broadcast: config.activitiesBroadcast,
    maxFollows: config.maxFollows,
    activityLimiter: perMinute(config.activityRateLimit),
    log,
  });
  const sessionConnections = new SessionConnections(bus);
  const sessionEnds = shared
    ? await clusterSessionEnds(
        sessionConnections,
        shared.broker,
        `${config.redisPrefix}sessions`,
        shared.nodeId,
        log,
      )
    : sessionConnections;
  const users = new UserService(userStore, new SessionStore(database.db), sessionEnds, {
    sessionTtlSeconds: config.sessionTtlSeconds,
    passwordHashCost: config.passwordHashCost,
    authLimiter: perMinute(config.authRateLimit),
    failedLoginLimiter: new TokenBucketLimiter({
      capacity: config.failedLoginLimit,
      refillPerSecond: config.failedLoginLimit / FAILED_LOGIN_WINDOW_SECONDS,
    }),
    hashing: new WorkQueue(config.passwordHashConcurrency, config.passwordHashConcurrency * 32),
  });
  const documentStore = new DocumentStore(database.db, database.kind);
  const connections = new ConnectionLimiter({
    maxConnections: config.maxConnections,
    maxUnauthenticatedPerAddress: config.maxUnauthenticatedPerAddress,
    addressLimiter: perMinute(config.connectRateLimit),
    userLimiter: perMinute(config.handshakeRateLimit),
    maxPerUser: config.maxConnectionsPerUser,
    perUserPolicy: config.connectionsPerUserPolicy,
    plans: config.plans,
    defaultPlan: config.defaultPlan,
  });
  const accounts = new AccountService(new AccountStore(database.db), users, connections, bus);
  const documents = new DocumentService(
    documentStore,
    new GroupCommit(DocumentService.commitBatch(documentStore, config.maxDocumentBytes, Date.now)),
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
    creationLimiter: new TokenBucketLimiter({
      capacity: config.roomCreateRateLimit,
      refillPerSecond: config.roomCreateRateLimit / 3600,
    }),
    membershipLimiter: perMinute(config.membershipRateLimit),
    log,
  });
  return {
    presence,
    users,
    sessionConnections,
    bus,
    lifecycle: new ConnectionLifecycle({
      limits: connections,
      sessions: sessionConnections,
      accounts,
      bus,
      presence,
      rooms,
      documents,
      log,
    }),
    connections,
    accounts,
    documents,
    rooms,
    messages: new MessageService(
      directory,
      membership,
      messageStore,
      new GroupCommit((batch) => messageStore.append(batch)),
      bus,
      {
        maxMessageBytes: config.maxMessageBytes,
        messageLimiter: perMinute(config.messageRateLimit),
      },
    ),
    health: new HealthService(database, config.serverVersion, connections, shared),
  };
}
