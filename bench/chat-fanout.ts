// Delivery latency of chat messages to a room of N members: one sender at a fixed rate; each member's
// `message` event is timed against the moment it was sent (the members share this process's clock).
// The server runs in its own process in production mode (messages are committed before delivery).
//   node --import tsx bench/chat-fanout.ts [--members 500] [--rate 20] [--seconds 10]
import type { ChatMessage } from '../generated/types.js';
import { startServerProcess } from '../test/helpers/server-process.js';
import { numberArg } from './lib/args.js';
import { connectUser, connectUsers, registerUsers } from './lib/clients.js';
import { saveResult } from './lib/results.js';
import { ms, now, summarize } from './lib/stats.js';

const MEMBERS = numberArg('members', 500);
const RATE = numberArg('rate', 20);
const SECONDS = numberArg('seconds', 10);
const ROOM = 'fanout';

const server = await startServerProcess({
  PASSWORD_HASH_COST: '10',
  AUTH_RATE_LIMIT: '100000',
  MESSAGE_RATE_LIMIT: '1000000',
});
try {
  const [sender, ...members] = await registerUsers(server.url, MEMBERS + 1, `room${Date.now() % 100000}_`);
  if (!sender) throw new Error('no users');
  const sockets = await connectUsers(server.url, members);
  for (let i = 0; i < sockets.length; i += 50)
    await Promise.all(
      sockets.slice(i, i + 50).map((s) => s.timeout(10_000).emitWithAck('join-room', { room: ROOM })),
    );
  const source = await connectUser(server.url, sender);
  await source.timeout(10_000).emitWithAck('join-room', { room: ROOM });

  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  for (const socket of sockets) {
    socket.on('message', (m: ChatMessage) => {
      const n = (m.body as { n: number }).n;
      const at = sentAt.get(n);
      if (at !== undefined) latencies.push(now() - at);
    });
  }
  const total = RATE * SECONDS;
  const acks: Promise<unknown>[] = [];
  for (let n = 0; n < total; n++) {
    sentAt.set(n, now());
    acks.push(
      source.timeout(10_000).emitWithAck('send-message', { room: ROOM, body: { n, text: 'x'.repeat(70) } }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000 / RATE));
  }
  await Promise.all(acks);
  const expected = total * MEMBERS;
  for (let i = 0; i < 200 && latencies.length < expected; i++)
    await new Promise((resolve) => setTimeout(resolve, 25));

  const delivery = summarize(latencies);
  console.log(
    `\n| ${MEMBERS}-member room, ${RATE} msg/s for ${SECONDS} s | p50 | p99 | max |\n|---|---|---|---|`,
  );
  console.log(
    `| delivery (${delivery.count} of ${expected}) | ${ms(delivery.p50)} | ${ms(delivery.p99)} | ${ms(delivery.max)} |`,
  );
  saveResult('chat-fanout', {
    members: MEMBERS,
    rate: RATE,
    seconds: SECONDS,
    expected,
    deliveryMs: delivery,
  });
  for (const s of [...sockets, source]) s.close();
} finally {
  await server.stop();
}
