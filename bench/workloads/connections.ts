import type { LoadWorker } from '../lib/load.js';
import type { ScalingRow } from '../lib/scaling-report.js';
import type { RunningTarget } from '../lib/targets.js';

/** The server's memory with this many connections open, over what it held with none. */
export interface ConnectionsCheckpoint {
  connections: number;
  heapPerConnection: number;
  rssPerConnection: number;
}

export interface ConnectionsResult {
  attempted: number;
  connected: number;
  failed: number;
  errors: string[];
  handshakesPerSecond: number;
  /**
   * The server's CPU time per handshake (user + system, over the handshakes only): what a handshake
   * costs whichever side was the limit, so it compares even when the load generators could not keep
   * the server busy.
   */
  serverCpuMsPerHandshake?: number;
  heapPerConnection: number;
  rssPerConnection: number;
  heapBytes: number;
  rssBytes: number;
  /** The same per-connection figures on the way up, at each checkpoint (the last is the total). */
  checkpoints?: ConnectionsCheckpoint[];
}

// Before reading memory: let the server finish what the handshakes started (welcome frames, presence).
const SETTLE_MS = 1000;

/**
 * Opens N connections (authenticated on Switchboard) from the load workers and holds them: the
 * handshake rate, and the server's heap and RSS per connection after a full collection. The connections
 * open in stages, up to each of `checkpoints` (counts below N) and then N, with memory read at each, so
 * one ramp tells how memory per connection grows with their number; the handshake rate counts the
 * handshakes only, not the pauses to read memory. A profile, when asked for, covers the whole ramp.
 */
export async function connections(
  target: RunningTarget,
  workers: readonly LoadWorker[],
  auths: Record<string, unknown>[],
  opts: {
    profileFile?: string;
    checkpoints?: readonly number[];
    /** Runs while every connection is held, after memory was read (a heap snapshot, say). */
    whileHeld?: () => Promise<void>;
  } = {},
): Promise<ConnectionsResult> {
  const before = await target.memory();
  if (opts.profileFile) await target.profile('start');
  const stages = [...new Set([...(opts.checkpoints ?? []), auths.length])]
    .filter((n) => n > 0 && n <= auths.length)
    .sort((a, b) => a - b);
  let connected = 0;
  let failed = 0;
  let handshakeMs = 0;
  let handshakeCpuMs = 0;
  const errors = new Set<string>();
  const checkpoints: ConnectionsCheckpoint[] = [];
  let after = before;
  let from = 0;
  for (const upTo of stages) {
    const stage = auths.slice(from, upTo);
    from = upTo;
    const share = Math.ceil(stage.length / workers.length);
    const cpuBefore = await target.cpuMs();
    const results = await Promise.all(
      workers.map((w, i) =>
        w.send<{ connected: number; failed: number; errors: string[]; ms: number }>({
          cmd: 'connect',
          target: target.name,
          url: target.url,
          auths: stage.slice(i * share, (i + 1) * share),
          parallel: 100,
        }),
      ),
    );
    // A worker's `connected` counts every client it holds, earlier stages' too.
    connected = results.reduce((a, r) => a + r.connected, 0);
    failed += results.reduce((a, r) => a + r.failed, 0);
    for (const e of results.flatMap((r) => r.errors)) errors.add(e);
    handshakeMs += Math.max(...results.map((r) => r.ms));
    handshakeCpuMs += (await target.cpuMs()) - cpuBefore;
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    after = await target.memory();
    checkpoints.push({
      connections: connected,
      heapPerConnection: Math.round((after.heapUsed - before.heapUsed) / Math.max(1, connected)),
      rssPerConnection: Math.round((after.rss - before.rss) / Math.max(1, connected)),
    });
  }
  if (opts.profileFile) await target.profile('stop', opts.profileFile);
  await opts.whileHeld?.();
  await Promise.all(workers.map((w) => w.send({ cmd: 'close' })));
  const last = checkpoints.at(-1);
  return {
    attempted: auths.length,
    connected,
    failed,
    errors: [...errors],
    handshakesPerSecond: Math.round(connected / (handshakeMs / 1000)),
    serverCpuMsPerHandshake: handshakeCpuMs / Math.max(1, connected),
    heapPerConnection: last?.heapPerConnection ?? 0,
    rssPerConnection: last?.rssPerConnection ?? 0,
    heapBytes: after.heapUsed,
    rssBytes: after.rss,
    checkpoints,
  };
}

/** The "How cost grows" row of a connection ramp: heap per connection at each checkpoint. */
export function connectionsScalingRow(label: string, result: ConnectionsResult): ScalingRow {
  return {
    label: `connections, ${label}: heap per connection`,
    unit: 'KiB',
    sizeUnit: 'connections',
    per: 'unit',
    points: (result.checkpoints ?? []).map((c) => ({
      size: c.connections,
      value: c.heapPerConnection / 1024,
    })),
  };
}
