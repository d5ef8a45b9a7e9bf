import { Redis } from 'ioredis';
import { RedisConnectionSlots } from '../../src/core/limits/redis-connection-slots.js';
import { createLogger } from '../../src/logger.js';

// A node in a process of its own, so that a test can SIGKILL it: it takes `count` slots, says which node
// it is, and heartbeats until it is killed. Arguments: Redis URL, key prefix, count, heartbeat ms.
const [url, prefix, count, heartbeatMs] = process.argv.slice(2);
const slots = new RedisConnectionSlots({
  redis: new Redis(url as string),
  prefix: prefix as string,
  log: createLogger({ logLevel: 'warn' }),
  nodeId: 'holder',
  heartbeatMs: Number(heartbeatMs),
  deadAfterMs: Number(heartbeatMs) * 4,
});
await slots.start();
for (let i = 0; i < Number(count); i++) {
  await slots.acquire(`held-${i}`, [
    { name: 'global', cap: 0 },
    { name: 'user:held', cap: 0 },
  ]);
}
process.stdout.write(`holding as ${slots.nodeId}\n`);
