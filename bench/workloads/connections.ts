import type { LoadWorker } from '../lib/load.js';
import type { RunningTarget } from '../lib/targets.js';

export interface ConnectionsResult {
  attempted: number;
  connected: number;
  failed: number;
  errors: string[];
  handshakesPerSecond: number;
  heapPerConnection: number;
  rssPerConnection: number;
  heapBytes: number;
  rssBytes: number;
}

/**
 * Opens N connections (authenticated on Switchboard) from the load workers and holds them: the
 * handshake rate, and the server's heap and RSS per connection after a full collection. A profile,
 * when asked for, covers the handshakes only.
 */
export async function connections(
  target: RunningTarget,
  workers: readonly LoadWorker[],
  auths: Record<string, unknown>[],
  profileFile?: string,
  whileHeld?: () => Promise<void>,
): Promise<ConnectionsResult> {
  const before = await target.memory();
  if (profileFile) await target.profile('start');
  const share = Math.ceil(auths.length / workers.length);
  const results = await Promise.all(
    workers.map((w, i) =>
      w.send<{ connected: number; failed: number; errors: string[]; ms: number }>({
        cmd: 'connect',
        target: target.name,
        url: target.url,
        auths: auths.slice(i * share, (i + 1) * share),
        parallel: 100,
      }),
    ),
  );
  // Let the server finish what the handshakes started (welcome frames, presence) before measuring.
  await new Promise((r) => setTimeout(r, 1000));
  const after = await target.memory();
  if (profileFile) await target.profile('stop', profileFile);
  await whileHeld?.();
  const connected = results.reduce((a, r) => a + r.connected, 0);
  const seconds = Math.max(...results.map((r) => r.ms)) / 1000;
  await Promise.all(workers.map((w) => w.send({ cmd: 'close' })));
  return {
    attempted: auths.length,
    connected,
    failed: results.reduce((a, r) => a + r.failed, 0),
    errors: [...new Set(results.flatMap((r) => r.errors))],
    handshakesPerSecond: Math.round(connected / seconds),
    heapPerConnection: Math.round((after.heapUsed - before.heapUsed) / Math.max(1, connected)),
    rssPerConnection: Math.round((after.rss - before.rss) / Math.max(1, connected)),
    heapBytes: after.heapUsed,
    rssBytes: after.rss,
  };
}
