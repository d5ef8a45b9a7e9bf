// Fan-out latency of one set-activity to N connected users: the time from emitting set-activity to each
// other user's `activity` event, measured in this process (one clock), with the server in its own process.
//   node --import tsx bench/presence-fanout.ts [--users 1000] [--rounds 40]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServerProcess } from '../test/helpers/server-process.js';
import { connectUser, connectUsers, registerUsers } from './lib/clients.js';
import { ms, now, summarize } from './lib/stats.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const USERS = arg('users', 1000);
const ROUNDS = arg('rounds', 40);
const GAP_MS = 250;

// Password hashing only slows the set-up down; the auth limit would refuse registering this many users.
const server = await startServerProcess({
  PASSWORD_HASH_COST: '10',
  AUTH_RATE_LIMIT: '100000',
  ACTIVITY_RATE_LIMIT: '6000',
});
try {
  const setupStarted = now();
  const [setter, ...receivers] = await registerUsers(server.url, USERS + 1, `fanout${Date.now() % 100000}_`);
  if (!setter) throw new Error('no users');
  const sockets = await connectUsers(server.url, receivers);
  const source = await connectUser(server.url, setter);
  console.log(
    `${USERS} receivers connected in ${((now() - setupStarted) / 1000).toFixed(1)} s (including registration)`,
  );

  const latencies: number[] = [];
  const completions: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const status = `round ${round}`;
    let pending = sockets.length;
    let sentAt = 0;
    const done = new Promise<void>((resolve) => {
      for (const socket of sockets) {
        const onActivity = (a: { userId: string; status?: string }) => {
          if (a.userId !== setter.userId || a.status !== status) return;
          socket.off('activity', onActivity);
          latencies.push(now() - sentAt);
          if (--pending === 0) resolve();
        };
        socket.on('activity', onActivity);
      }
    });
    sentAt = now();
    await source.timeout(10_000).emitWithAck('set-activity', { state: 'busy', status });
    await done;
    completions.push(now() - sentAt);
    await new Promise((resolve) => setTimeout(resolve, GAP_MS));
  }

  const delivery = summarize(latencies);
  const fanout = summarize(completions);
  const result = {
    benchmark: 'presence-fanout',
    date: new Date().toISOString(),
    receivers: USERS,
    rounds: ROUNDS,
    deliveryMs: delivery,
    lastDeliveryMs: fanout,
  };
  console.log(`\n| ${USERS} receivers, ${ROUNDS} set-activity | p50 | p99 | max |\n|---|---|---|---|`);
  console.log(
    `| each delivery (${delivery.count}) | ${ms(delivery.p50)} | ${ms(delivery.p99)} | ${ms(delivery.max)} |`,
  );
  console.log(
    `| last delivery of a change (${fanout.count}) | ${ms(fanout.p50)} | ${ms(fanout.p99)} | ${ms(fanout.max)} |`,
  );
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'presence-fanout.json'), `${JSON.stringify(result, null, 2)}\n`);
  for (const socket of [...sockets, source]) socket.close();
} finally {
  await server.stop();
}
