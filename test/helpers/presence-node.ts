/**
 * A node holding presence connections in its own process, so a test can SIGKILL it: the store runs with
 * its default heartbeat, as in production. Prefix from PRESENCE_PREFIX; each argument is a user
 * (`userId:username`) given one connection that appears online. Prints its node id once they are stored.
 */
import { RedisPresenceStore } from '../../src/core/presence/redis-presence-store.js';
import { connectRedis, silentLog } from './presence-redis.js';

const redis = await connectRedis();
const store = new RedisPresenceStore(redis, {
  prefix: process.env.PRESENCE_PREFIX as string,
  log: silentLog,
});
await store.start(() => {});
for (const user of process.argv.slice(2)) {
  const [userId, username] = user.split(':') as [string, string];
  await store.addConnection({ id: `conn-${userId}`, userId, username }, true, Date.now());
}
process.stdout.write(`${JSON.stringify({ nodeId: store.nodeId })}\n`);
// The store's timers are unref'd, as in the server; this process lives until it is killed.
setInterval(() => {}, 1 << 30);
