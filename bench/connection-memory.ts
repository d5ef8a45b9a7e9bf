// Idle memory per authenticated connection: raw WebSocket (/ws) versus Socket.IO, in one server process.
// The server's heap and RSS after a full collection with N idle connections of one kind, minus the same
// with none (the benchmark's memory probe, preloaded into the server, answers over IPC).
//   node --import tsx bench/connection-memory.ts [--connections 2000] [--users 100]
import WebSocket from 'ws';
import type { Health } from '../generated/types.js';
import { numberArg } from './lib/args.js';
import { type BenchSocket, connectUser, registerUsers } from './lib/clients.js';
import { saveResult } from './lib/results.js';
import { startTarget } from './lib/targets.js';

const CONNECTIONS = numberArg('connections', 2000);
const USERS = numberArg('users', 100);
const PARALLEL = 50;

// The connection counts are health's details.
const server = await startTarget('switchboard', {
  SERVER_ACTIVITIES_BROADCAST: 'followers',
  HEALTH_DETAILS: 'public',
});

async function health(): Promise<Health> {
  return (await (await fetch(`${server.url}/api/health`)).json()) as Health;
}

/** Heap and RSS after a full collection, once the server has settled. */
async function settledMemory(): Promise<{ heap: number; rss: number }> {
  await new Promise((r) => setTimeout(r, 500));
  const memory = await server.memory();
  return { heap: memory.heapUsed, rss: memory.rss };
}

function openRaw(token: string): Promise<WebSocket> {
  const ws = new WebSocket(`${server.url.replace('http', 'ws')}/ws`);
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.on('message', (data) => {
      const envelope = JSON.parse(data.toString()) as { type: string; data: string };
      if (envelope.type === 'init')
        ws.send(JSON.stringify({ sid: envelope.data, type: 'auth', data: token }));
      else if (envelope.type === 'token') resolve(ws);
      else if (envelope.type === 'error') reject(new Error(envelope.data));
    });
  });
}

async function inBatches<T>(count: number, open: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += PARALLEL)
    out.push(
      ...(await Promise.all(Array.from({ length: Math.min(PARALLEL, count - i) }, (_, j) => open(i + j)))),
    );
  return out;
}

async function untilCounted(kind: 'raw' | 'socketio', n: number): Promise<void> {
  while ((await health()).connections?.[kind] !== n) await new Promise((r) => setTimeout(r, 100));
}

try {
  const users = await registerUsers(server.url, USERS, `mem${Date.now() % 100000}_`);
  const userOf = (i: number) => users[i % users.length] as (typeof users)[number];
  // Warm up both code paths, so what is measured is connections, not first-use allocations.
  const warm = await inBatches(PARALLEL, (i) => openRaw(userOf(i).sessionToken));
  const warmIo = await inBatches(PARALLEL, (i) => connectUser(server.url, userOf(i)));
  for (const ws of warm) ws.close();
  for (const s of warmIo) s.close();
  await untilCounted('raw', 0);
  await untilCounted('socketio', 0);

  const rows: { transport: string; heapPerConnection: number; rssPerConnection: number }[] = [];
  for (const transport of ['raw', 'socketio'] as const) {
    const before = await settledMemory();
    const started = performance.now();
    const open: (WebSocket | BenchSocket)[] =
      transport === 'raw'
        ? await inBatches(CONNECTIONS, (i) => openRaw(userOf(i).sessionToken))
        : await inBatches(CONNECTIONS, (i) => connectUser(server.url, userOf(i)));
    const seconds = (performance.now() - started) / 1000;
    await untilCounted(transport, CONNECTIONS);
    const after = await settledMemory();
    const row = {
      transport,
      heapPerConnection: Math.round((after.heap - before.heap) / CONNECTIONS),
      rssPerConnection: Math.round((after.rss - before.rss) / CONNECTIONS),
    };
    rows.push(row);
    console.log(
      `${transport}: ${CONNECTIONS} authenticated in ${seconds.toFixed(1)} s; heap ${(after.heap / 1e6).toFixed(1)} MB, rss ${(after.rss / 1e6).toFixed(1)} MB`,
    );
    for (const c of open) c.close();
    await untilCounted(transport, 0);
  }

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(`\n| idle, authenticated, ${CONNECTIONS} at once | heap per connection | RSS per connection |`);
  console.log('|---|---|---|');
  for (const r of rows)
    console.log(`| ${r.transport} | ${kb(r.heapPerConnection)} | ${kb(r.rssPerConnection)} |`);
  const [raw, sio] = rows;
  if (raw && sio)
    console.log(
      `\nraw / Socket.IO heap per connection: ${(raw.heapPerConnection / sio.heapPerConnection).toFixed(2)}`,
    );
  saveResult('connection-memory', { connections: CONNECTIONS, users: USERS, rows });
} finally {
  await server.stop();
}
