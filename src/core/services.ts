import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Database } from '../store/database.js';
import { SessionStore } from '../store/sessions.js';
import { UserStore } from '../store/users.js';
import { HealthService } from './health.js';
import { TokenBucketLimiter } from './limits/rate-limiter.js';
import { WorkQueue } from './limits/work-queue.js';
import { MemoryPresenceStore } from './presence/memory-presence-store.js';
import { PresenceService } from './presence/presence.js';
import { UserService } from './users.js';

/** The domain, as handlers see it. Transport-agnostic: no Koa or Socket.IO types in here. */
export interface Services {
  users: UserService;
  health: HealthService;
  presence: PresenceService;
}

export function createServices(database: Database, config: Config, log: Logger): Services {
  const userStore = new UserStore(database.db);
  return {
    presence: new PresenceService(new MemoryPresenceStore(), userStore, {
      disabled: config.activitiesDisabled,
      broadcast: config.activitiesBroadcast,
      maxFollows: config.maxFollows,
      activityLimiter: new TokenBucketLimiter({
        capacity: config.activityRateLimit,
        refillPerSecond: config.activityRateLimit / 60,
      }),
      log,
    }),
    users: new UserService(userStore, new SessionStore(database.db), {
      sessionTtlSeconds: config.sessionTtlSeconds,
      passwordHashCost: config.passwordHashCost,
      authLimiter: new TokenBucketLimiter({
        capacity: config.authRateLimit,
        refillPerSecond: config.authRateLimit / 60,
      }),
      hashing: new WorkQueue(config.passwordHashConcurrency, config.passwordHashConcurrency * 32),
    }),
    health: new HealthService(database, config.serverVersion),
  };
}
