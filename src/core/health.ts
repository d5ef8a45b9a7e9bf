import type { Health } from '../../generated/types.js';
import type { Database } from '../store/database.js';
import type { ConnectionLimiter } from './limits/connection-limits.js';

/** Whether the server can do its job: for load balancers and probes. */
export class HealthService {
  private readonly startedAt = Date.now();

  constructor(
    private readonly database: Database,
    private readonly version: string,
    private readonly connections: ConnectionLimiter,
  ) {}

  async check(): Promise<Health> {
    const ok = await this.database.ping();
    return {
      status: ok ? 'ok' : 'unavailable',
      version: this.version,
      uptimeSeconds: Math.floor((Date.now() - this.startedAt) / 1000),
      database: { kind: this.database.kind, ok },
      connections: this.connections.counts(),
      memory: { rssBytes: process.memoryUsage.rss(), heapUsedBytes: process.memoryUsage().heapUsed },
    };
  }
}
