import type { Health } from '../../generated/types.js';
import { every, type Loop } from './pace.js';

/** One look at the server's memory, from GET /api/health. */
export interface HealthSample {
  /** Seconds since the load started. */
  seconds: number;
  rssBytes: number;
  heapUsedBytes: number;
  connections: number;
}

/** Samples GET /api/health every `ms` from `startedAt` on; a failed or non-200 answer is counted. */
export class HealthSampler {
  readonly samples: HealthSample[] = [];
  failures = 0;
  private readonly loop: Loop;

  constructor(url: string, ms: number, startedAt: number) {
    this.loop = every(
      ms,
      async () => {
        const res = await fetch(`${url}/api/health`);
        if (res.status !== 200) throw new Error(`health ${res.status}`);
        const health = (await res.json()) as Health;
        if (!health.memory || !health.connections)
          throw new Error('health has no details: start the server with HEALTH_DETAILS=public');
        this.samples.push({
          seconds: (Date.now() - startedAt) / 1000,
          rssBytes: health.memory.rssBytes,
          heapUsedBytes: health.memory.heapUsedBytes,
          connections: health.connections.socketio + health.connections.raw,
        });
      },
      () => {
        this.failures += 1;
      },
    );
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}

/** The slope of the least-squares line through the points, per unit of x. */
export function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  const covariance = points.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0);
  const variance = points.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
  return variance === 0 ? Number.NaN : covariance / variance;
}
