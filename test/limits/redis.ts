import { once } from 'node:events';
import type { Redis } from 'ioredis';
import { createRedisClient } from '../../src/cluster/redis.js';
import { silentLog } from '../helpers/presence-redis.js';
import { requireSharedRedis, SHARED_REDIS_URL } from '../helpers/redis-server.js';

/**
 * A client made as the cluster makes them (no offline queue, commands in flight rejected when the
 * connection drops), once it is ready; the machine's Redis by default, failing clearly without it.
 */
export async function clusterClient(url = SHARED_REDIS_URL): Promise<Redis> {
  if (url === SHARED_REDIS_URL) await requireSharedRedis();
  const client = createRedisClient(url, { role: 'limits-test', log: silentLog });
  await once(client, 'ready');
  return client;
}
