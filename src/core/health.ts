import type { Health } from '../../generated/types.js';
import type { Database } from '../store/database.js';
import type { ConnectionLimiter } from './limits/connection-limits.js';

/** What health reports of the cluster this process is part of (REDIS_URL). */
export interface ClusterHealth {
  nodeId: string;
  /** Redis reachable, answering, and every subscription in place. */
  healthy(): boolean;
}

/**
 * Whether the server can do its job: for load balancers and probes. A process of a cluster whose Redis
 * is out of reach reports itself unavailable: it would refuse every presence change and could not
 * deliver to the other processes' clients, so the balancer should send them to another process.
 */
export class HealthService {
  private readonly startedAt = Date.now();

  constructor(
    private readonly database: Database,
    private readonly version: string,
    private readonly connections: ConnectionLimiter,
    /** HEALTH_DETAILS=public: everyone sees the details, not only the operator. */
    readonly detailsArePublic: boolean,
    private readonly cluster?: ClusterHealth,
  ) {}

  /** Whether the process should get traffic: the database answers, and a cluster's Redis. */
  async ready(): Promise<boolean> {
    return (this.cluster?.healthy() ?? true) && (await this.database.ping());
  }

  /**
   * The status, and with `details` what an operator wants to know. Not for everyone: the version names
   * what an attacker may try, and the counts and memory tell how loaded the process is.
   */
  async check(details: boolean): Promise<Health> {
    const ok = await this.database.ping();
    const redisOk = this.cluster?.healthy() ?? true;
    const status = ok && redisOk ? 'ok' : 'unavailable';
    if (!details) return { status };
    return {
      status,
      version: this.version,
      uptimeSeconds: Math.floor((Date.now() - this.startedAt) / 1000),
      database: { kind: this.database.kind, ok },
      connections: this.connections.counts(),
      memory: { rssBytes: process.memoryUsage.rss(), heapUsedBytes: process.memoryUsage().heapUsed },
      ...(this.cluster && { cluster: { nodeId: this.cluster.nodeId, redis: { ok: redisOk } } }),
    };
  }
}
