// Acknowledged, persisted chat messages per second: S sender connections, each in a room of its own
// (so the figure is the durable pipeline, not fan-out), each keeping W messages in flight, for D seconds.
// The server runs in its own process in production mode; with DATABASE_URL, on PostgreSQL.
//   node --import tsx bench/chat-throughput.ts [--senders 20] [--window 32] [--seconds 10]
import type { MessageReceipt } from '../generated/types.js';
import { startServerProcess } from '../test/helpers/server-process.js';
import { numberArg } from './lib/args.js';
import { connectUsers, registerUsers } from './lib/clients.js';
import { saveResult } from './lib/results.js';
import { now } from './lib/stats.js';
import { LOAD_GENERATOR_ENV } from './lib/targets.js';

const SENDERS = numberArg('senders', 20);
const WINDOW = numberArg('window', 32);
const SECONDS = numberArg('seconds', 10);
const WARMUP_SECONDS = 2;

const database = process.env.DATABASE_URL ? 'postgres' : 'sqlite';
const env: Record<string, string> = { ...LOAD_GENERATOR_ENV };
if (process.env.DATABASE_URL) env.DATABASE_SCHEMA = `bench_${process.pid}`;
const server = await startServerProcess(env);
try {
  const users = await registerUsers(server.url, SENDERS, `tput${Date.now() % 100000}_`);
  const sockets = await connectUsers(server.url, users);
  await Promise.all(sockets.map((s, i) => s.timeout(10_000).emitWithAck('join-room', { room: `tput-${i}` })));

  // A body of about 100 bytes of JSON, as in the benchmark suite.
  const body = { text: 'x'.repeat(70), n: 0 };
  let counting = false;
  let acked = 0;
  let failed = 0;
  let stop = false;
  const lane = async (socket: (typeof sockets)[number], room: string) => {
    while (!stop) {
      const reply = (await socket.timeout(30_000).emitWithAck('send-message', { room, body })) as
        | MessageReceipt
        | { error: unknown };
      if ('error' in reply) failed++;
      else if (counting) acked++;
    }
  };
  const lanes = sockets.flatMap((s, i) => Array.from({ length: WINDOW }, () => lane(s, `tput-${i}`)));
  await new Promise((resolve) => setTimeout(resolve, WARMUP_SECONDS * 1000));
  counting = true;
  const started = now();
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  counting = false;
  const elapsed = (now() - started) / 1000;
  stop = true;
  await Promise.all(lanes);

  const perSecond = Math.round(acked / elapsed);
  console.log(`\n| durable chat on ${database} | ${SENDERS} senders × ${WINDOW} in flight |\n|---|---|`);
  console.log(`| acknowledged messages/s | ${perSecond} |`);
  console.log(`| refused | ${failed} |`);
  saveResult(`chat-throughput-${database}`, {
    database,
    senders: SENDERS,
    window: WINDOW,
    seconds: elapsed,
    acked,
    perSecond,
    failed,
  });
  for (const s of sockets) s.close();
} finally {
  await server.stop();
  if (process.env.DATABASE_URL) {
    const knex = (await import('knex')).default;
    const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
    await db.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [env.DATABASE_SCHEMA as string]);
    await db.destroy();
  }
}
