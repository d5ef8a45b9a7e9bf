// Fan-out latency of one set-activity to N connected users: the time from emitting set-activity to each
// other user's `activity` event, measured in this process (one clock), with the server in its own process.
//   node --import tsx bench/presence-fanout.ts [--users 1000] [--rounds 40]
import { startServerProcess } from '../test/helpers/server-process.js';
import { numberArg } from './lib/args.js';
import { connectUser, connectUsers, registerUsers } from './lib/clients.js';
import { saveResult } from './lib/results.js';
import { ms, now, summarize } from './lib/stats.js';
import { LOAD_GENERATOR_ENV } from './lib/targets.js';

const USERS = numberArg('users', 1000);
const ROUNDS = numberArg('rounds', 40);
const GAP_MS = 250;

const server = await startServerProcess(LOAD_GENERATOR_ENV);
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
  console.log(`\n| ${USERS} receivers, ${ROUNDS} set-activity | p50 | p99 | max |\n|---|---|---|---|`);
  console.log(
    `| each delivery (${delivery.count}) | ${ms(delivery.p50)} | ${ms(delivery.p99)} | ${ms(delivery.max)} |`,
  );
  console.log(
    `| last delivery of a change (${fanout.count}) | ${ms(fanout.p50)} | ${ms(fanout.p99)} | ${ms(fanout.max)} |`,
  );
  saveResult('presence-fanout', {
    receivers: USERS,
    rounds: ROUNDS,
    deliveryMs: delivery,
    lastDeliveryMs: fanout,
  });
  for (const socket of [...sockets, source]) socket.close();
} finally {
  await server.stop();
}
