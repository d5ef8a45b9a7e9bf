import type { Config } from '../config.js';
import type { Database } from '../store/database.js';
import { SessionStore } from '../store/sessions.js';
import { UserStore } from '../store/users.js';
import { HealthService } from './health.js';
import { TokenBucketLimiter } from './limits/rate-limiter.js';
import { WorkQueue } from './limits/work-queue.js';
import { UserService } from './users.js';

/** The domain, as handlers see it. Transport-agnostic: no Koa or Socket.IO types in here. */
export interface Services {
  users: UserService;
  health: HealthService;
}

export function createServices(database: Database, config: Config): Services {
  return {
    users: new UserService(new UserStore(database.db), new SessionStore(database.db), {
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
