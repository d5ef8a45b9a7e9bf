import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Config } from '../config.js';
import type { EphemeralSequences } from '../core/chat/ephemeral-sequences.js';
import { RedisEphemeralSequences } from '../core/chat/redis-ephemeral-sequences.js';
import type { Broker } from '../core/fanout/broker.js';
import { RedisBroker } from '../core/fanout/redis-broker.js';
import type { MatchStore } from '../core/matches/match-store.js';
import { RedisMatchStore } from '../core/matches/redis-match-store.js';
import type { PartyStore } from '../core/parties/party-store.js';
import { RedisPartyStore } from '../core/parties/redis-party-store.js';
import type { PresenceStore } from '../core/presence/presence-store.js';
import { RedisPresenceStore } from '../core/presence/redis-presence-store.js';
import type { Logger } from '../logger.js';
import { reachRedis } from './reach-redis.js';
import { createRedisClient, type Redis, redisAddress } from './redis.js';
import { RedisProbe } from './redis-probe.js';

// The Socket.IO adapter reads its stream with XREAD BLOCK: its client must wait longer than a block.
const STREAM_BLOCK_MS = 2000;
const STREAM_COMMAND_TIMEOUT_MS = 10_000;
// Stream entries kept: what a client reconnecting within RECOVERY_WINDOW_MS can be replayed from.
const STREAM_MAX_LEN = 100_000;

/**
 * What this process shares with the others of a cluster (REDIS_URL, with PostgreSQL): the broker that
 * carries /ws fan-out and session ends, the presence and party stores, and the Socket.IO adapter (Redis Streams,
 * which keeps connection-state recovery working across processes).
 */
export interface Cluster {
  nodeId: string;
  broker: Broker;
  presence: PresenceStore;
  /** For the limits' counts (connection slots, rate buckets): ready, failing fast while Redis is away. */
  redis: Redis;
  sequences: EphemeralSequences;
  parties: PartyStore;
  /** Relayed matches and their members, one set for every process. */
  matches: MatchStore;
  /** For `io.adapter(...)`. */
  socketIoAdapter: ReturnType<typeof createAdapter>;
  /** Redis reachable, answering pings in time, and every subscription in place. */
  healthy(): boolean;
  close(): Promise<void>;
}

const CONNECT_TIMEOUT_MS = 10_000;

/** Resolves once the client is ready; rejects, naming Redis, if it is not within CONNECT_TIMEOUT_MS. */
function connected(client: Redis, url: string): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off('ready', onReady);
      client.disconnect();
      reject(new Error(`Redis at ${redisAddress(url)} did not answer within ${CONNECT_TIMEOUT_MS} ms`));
    }, CONNECT_TIMEOUT_MS);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    client.once('ready', onReady);
  });
}

export async function joinCluster(config: Config & { redisUrl: string }, log: Logger): Promise<Cluster> {
  const clusterLog = log.child({ nodeId: config.nodeId });
  // Waited for here, with backoff, so that a Redis still starting is not an error and one that stays
  // away is reported as one line naming REDIS_URL (reach-redis.ts).
  await reachRedis(config.redisUrl, config.redisConnectTimeoutMs, clusterLog);
  const broker = await RedisBroker.connect({
    url: config.redisUrl,
    prefix: config.redisPrefix,
    log: clusterLog,
  });
  const commands: Redis = createRedisClient(config.redisUrl, { role: 'commands', log: clusterLog });
  const streams: Redis = createRedisClient(config.redisUrl, {
    role: 'socket.io',
    log: clusterLog,
    commandTimeoutMs: STREAM_COMMAND_TIMEOUT_MS,
    holdWhileDisconnected: true,
  });
  // The clients queue nothing while disconnected (redis.ts): the first commands must wait for them.
  await Promise.all([commands, streams].map((client) => connected(client, config.redisUrl)));
  const presence = new RedisPresenceStore(commands, {
    prefix: `${config.redisPrefix}presence:`,
    log: clusterLog,
    nodeId: config.nodeId,
  });
  const probe = new RedisProbe(commands);
  const socketIoAdapter = createAdapter(streams, {
    streamName: `${config.redisPrefix}socket.io`,
    channelPrefix: `${config.redisPrefix}socket.io`,
    sessionKeyPrefix: `${config.redisPrefix}socket.io:session:`,
    blockTimeInMs: STREAM_BLOCK_MS,
    maxLen: STREAM_MAX_LEN,
    onlyPlaintext: true,
  });
  return {
    nodeId: config.nodeId,
    broker,
    presence,
    redis: commands,
    sequences: new RedisEphemeralSequences(commands, `${config.redisPrefix}seq:`),
    parties: new RedisPartyStore(commands, `${config.redisPrefix}party:`),
    matches: new RedisMatchStore(commands, `${config.redisPrefix}match:`),
    socketIoAdapter,
    healthy: () => broker.healthy && probe.ok && commands.status === 'ready' && streams.status === 'ready',
    close: async () => {
      probe.stop();
      await broker.close();
      // quit() waits for replies under way; disconnect() if Redis is gone and quit would wait for nothing.
      await Promise.all(
        [commands, streams].map((c) =>
          c.status === 'ready' ? c.quit().catch(() => c.disconnect()) : c.disconnect(),
        ),
      );
    },
  };
}
