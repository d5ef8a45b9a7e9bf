// Write-to-event latency of the realtime database: one writer creates documents over REST at a fixed
// rate in a repository everyone may read; N subscribers time each `db_created` against the moment the
// request was sent (one clock, this process). The server runs in its own process in production mode.
//   node --import tsx bench/db-events.ts [--subscribers 100] [--rate 50] [--seconds 10]
import type { DbChange } from '../generated/types.js';
import { startServerProcess } from '../test/helpers/server-process.js';
import { numberArg } from './lib/args.js';
import { connectUsers, registerUsers } from './lib/clients.js';
import { saveResult } from './lib/results.js';
import { ms, now, summarize } from './lib/stats.js';
import { LOAD_GENERATOR_ENV } from './lib/targets.js';

const SUBSCRIBERS = numberArg('subscribers', 100);
const RATE = numberArg('rate', 50);
const SECONDS = numberArg('seconds', 10);
const REPO = 'feed_744_';

const server = await startServerProcess(LOAD_GENERATOR_ENV);
try {
  const users = await registerUsers(server.url, SUBSCRIBERS, `dbev${Date.now() % 100000}_`);
  const sockets = await connectUsers(server.url, users);
  await Promise.all(sockets.map((s) => s.timeout(10_000).emitWithAck('subscribe-db', { repo: REPO })));
  const writer = await fetch(`${server.url}/api/users/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: `dbwriter${Date.now() % 100000}`, password: 'benchmark password' }),
  });
  const { token } = (await writer.json()) as { token: string };

  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  for (const socket of sockets) {
    socket.on('db_created', (c: DbChange) => {
      const at = sentAt.get(c.document?.data.n as number);
      if (at !== undefined) latencies.push(now() - at);
    });
  }
  const total = RATE * SECONDS;
  const writes: Promise<Response>[] = [];
  for (let n = 0; n < total; n++) {
    sentAt.set(n, now());
    writes.push(
      fetch(`${server.url}/api/db/${REPO}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ n, text: 'x'.repeat(70) }),
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000 / RATE));
  }
  const answers = await Promise.all(writes);
  const failed = answers.filter((r) => r.status !== 201).length;
  const expected = total * SUBSCRIBERS;
  for (let i = 0; i < 200 && latencies.length < expected; i++)
    await new Promise((resolve) => setTimeout(resolve, 25));

  const delivery = summarize(latencies);
  console.log(
    `\n| ${SUBSCRIBERS} subscribers, ${RATE} writes/s for ${SECONDS} s | p50 | p99 | max |\n|---|---|---|---|`,
  );
  console.log(
    `| REST write → db_created (${delivery.count} of ${expected}) | ${ms(delivery.p50)} | ${ms(delivery.p99)} | ${ms(delivery.max)} |`,
  );
  if (failed > 0) console.log(`${failed} writes failed`);
  saveResult('db-events', {
    subscribers: SUBSCRIBERS,
    rate: RATE,
    seconds: SECONDS,
    expected,
    failed,
    deliveryMs: delivery,
  });
  for (const s of sockets) s.close();
} finally {
  await server.stop();
}
