import type { Config } from '../config.js';
import type { Database } from '../store/database.js';
import { SessionStore } from '../store/sessions.js';
import { UserStore } from '../store/users.js';
import { HealthService } from './health.js';
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
    }),
    health: new HealthService(database, config.serverVersion),
  };
}
