// The store's own limit for durable chat (bench/lib/store-limit.ts), each configuration on a fresh
// database: a new SQLite file, or with DATABASE_URL a new PostgreSQL schema, dropped afterwards. The chat
// benchmark runs this in its own process on the server's CPU, right after Switchboard's run, and takes
// the results over IPC; alone, it prints them.
//   node --import tsx bench/store-limit.ts ['[{"layer":"rows","rooms":20,"batch":1000,"writers":1,"seconds":5,"warmupSeconds":1}]']
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/store/database.js';
import { dropSchema } from '../test/helpers/postgres.js';
import { measureStoreLimit, type StoreLimit, type StoreLimitOptions } from './lib/store-limit.js';

const DEFAULT_PLAN: StoreLimitOptions[] = [
  { layer: 'rows', rooms: 20, batch: 1000, writers: 1, seconds: 5, warmupSeconds: 1 },
];
const plan = process.argv[2] ? (JSON.parse(process.argv[2]) as StoreLimitOptions[]) : DEFAULT_PLAN;
const databaseUrl = process.env.DATABASE_URL || undefined;

async function measureOnFreshDatabase(options: StoreLimitOptions, n: number): Promise<StoreLimit> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'switchboard-store-limit-'));
  const databaseSchema = databaseUrl ? `bench_limit_${process.pid}_${n}` : 'public';
  const database = await openDatabase({ dataDir, databaseUrl, databaseSchema });
  try {
    return await measureStoreLimit(database, options);
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) await dropSchema(databaseSchema, databaseUrl);
  }
}

const results: StoreLimit[] = [];
for (const [n, options] of plan.entries()) results.push(await measureOnFreshDatabase(options, n));
if (process.send) {
  process.send({ type: 'store-limit', results });
  process.disconnect();
} else {
  for (const r of results)
    console.log(
      `${r.database} ${r.layer}: ${r.rowsPerSecond} rows/s (batches of ${r.batch}, ${r.writers} at once, ${r.rows} rows in ${r.elapsedSeconds.toFixed(1)} s)`,
    );
}
