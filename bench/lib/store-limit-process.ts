import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoreLimit, StoreLimitOptions } from './store-limit.js';
import { cpuPlan, spawnNode } from './targets.js';

const SCRIPT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'store-limit.ts');

/**
 * Runs bench/store-limit.ts in a process of its own on the server's CPU, as the server was, so the limit
 * and the server's figure are measured on the same footing; `databaseUrl` undefined means SQLite.
 */
export function measureStoreLimits(
  plan: StoreLimitOptions[],
  databaseUrl: string | undefined,
): Promise<StoreLimit[]> {
  const child = spawnNode(
    ['--import', 'tsx', SCRIPT, JSON.stringify(plan)],
    { DATABASE_URL: databaseUrl ?? '' },
    cpuPlan().server,
  );
  child.stdout?.resume();
  return new Promise((resolve, reject) => {
    let results: StoreLimit[] | undefined;
    child.on('message', (m: { type?: string; results?: StoreLimit[] }) => {
      if (m?.type === 'store-limit') results = m.results;
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      results
        ? resolve(results)
        : reject(new Error(`bench/store-limit.ts exited with ${code} and no result`)),
    );
  });
}
