import assert from 'node:assert/strict';
import { io, type Socket } from 'socket.io-client';
import type { HistoryPage, MessageReceipt } from '../generated/types.js';
import { type ServerProcess, startServerProcess } from './helpers/server-process.js';

interface Account {
  token: string;
  socketSecret: string;
}

async function account(url: string, username: string): Promise<Account> {
  const reg = await fetch(`${url}/api/users/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'long enough password' }),
  });
  const { token } = (await reg.json()) as { token: string };
  const me = (await (
    await fetch(`${url}/api/users/me`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as { socketSecret: string };
  return { token, socketSecret: me.socketSecret };
}

function open(url: string, secret: string): Promise<Socket> {
  const socket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: { socketSecret: secret },
  });
  return new Promise((resolve, reject) => {
    socket.once('welcome', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Every message of a room, paging forward through REST. */
async function wholeHistory(url: string, token: string, room: string): Promise<HistoryPage['messages']> {
  const all: HistoryPage['messages'] = [];
  for (let after = 0; ; ) {
    const res = await fetch(`${url}/api/rooms/${room}/messages?after=${after}&limit=100`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const page = (await res.json()) as HistoryPage;
    all.push(...page.messages);
    if (!page.hasMore) return all;
    after = page.messages.at(-1)?.seq ?? after;
  }
}

describe('chat durability', function () {
  this.timeout(60_000);
  // With DATABASE_URL the process runs on PostgreSQL, in a schema of its own.
  const env: Record<string, string> = process.env.DATABASE_URL
    ? {
        DATABASE_URL: process.env.DATABASE_URL,
        DATABASE_SCHEMA: `crash_${process.pid}_${Date.now() % 100000}`,
      }
    : {};
  let server: ServerProcess | undefined;
  after(async () => {
    await server?.stop();
    if (env.DATABASE_SCHEMA) {
      const knex = (await import('knex')).default;
      const db = knex({ client: 'pg', connection: env.DATABASE_URL });
      await db.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [env.DATABASE_SCHEMA]);
      await db.destroy();
    }
  });

  it('keeps every acknowledged message, gap-free, when the server is killed while clients send', async () => {
    server = await startServerProcess({ ...env, MESSAGE_RATE_LIMIT: '100000' });
    const url = server.url;
    const users = await Promise.all(
      ['crash_a', 'crash_b', 'crash_c', 'crash_d'].map((name) => account(url, name)),
    );
    const sockets = await Promise.all(users.map((u) => open(url, u.socketSecret)));
    // Two rooms, so batches span several rooms.
    const roomOf = (i: number) => `durable-${i % 2}`;
    for (const [i, s] of sockets.entries())
      await s.timeout(5000).emitWithAck('join-room', { room: roomOf(i) });

    // Each client keeps 8 messages in flight and records every acknowledgement and every refusal.
    const acked: MessageReceipt[] = [];
    const refusals: unknown[] = [];
    let killed = false;
    const sender = async (socket: Socket, who: number) => {
      let n = 0;
      const lane = async () => {
        while (!killed) {
          let reply: MessageReceipt | { error: unknown };
          try {
            reply = (await socket
              .timeout(3000)
              .emitWithAck('send-message', { room: roomOf(who), body: { who, n: n++ } })) as
              | MessageReceipt
              | { error: unknown };
          } catch {
            return; // the server is gone: this message was never acknowledged
          }
          if ('error' in reply) refusals.push(reply.error);
          else acked.push(reply);
        }
      };
      await Promise.all(Array.from({ length: 8 }, lane));
    };
    const sending = sockets.map((s, i) => sender(s, i));
    while (acked.length < 1500) await new Promise((resolve) => setTimeout(resolve, 5));
    await server.kill();
    killed = true;
    await Promise.all(sending);
    for (const s of sockets) s.close();
    assert.deepEqual(refusals, [], 'no send was refused before the crash');

    server = await server.restart();
    for (const room of [roomOf(0), roomOf(1)]) {
      const history = await wholeHistory(server.url, users[0]?.token as string, room);
      const stored = new Map(history.map((m) => [m.id, m.seq]));
      const ackedHere = acked.filter((r) => r.room === room);
      const lost = ackedHere.filter((r) => stored.get(r.id) !== r.seq);
      assert.deepEqual(
        lost,
        [],
        `${room}: ${lost.length} of ${ackedHere.length} acknowledged messages are missing or renumbered`,
      );
      assert.deepEqual(
        history.map((m) => m.seq),
        Array.from({ length: history.length }, (_, i) => i + 1),
        `${room}: the sequence has no gaps`,
      );
      assert.ok(ackedHere.length > 0 && history.length >= ackedHere.length);
    }
  });
});
