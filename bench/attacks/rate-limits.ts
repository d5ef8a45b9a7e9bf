/**
 * Finding 5: rate limits are per connection (a reconnect or a second connection is a fresh budget),
 * connections and rooms per user are unbounded, and presence and membership churn fan out to everyone.
 */
import { connectionCounts, errorCode, forwardedFor, http } from './http.js';
import { type Attack, probe, type Row, sleep, tally } from './lib.js';
import { type ServerHandle, startServer } from './server.js';
import { registerUser, registerUsers, type User } from './users.js';
import { Refused, SioClient } from './wire.js';

const FINDING = '5 rate limits';

/**
 * Every limit these probes' attackers meet stays at its default, the connection limits per address
 * included: behind TRUST_PROXY=1 each probe's attacker comes from its own address (X-Forwarded-For)
 * and each of the 200 watchers from theirs, as real users would, so one probe's connections do not
 * spend the next one's budget. Only set-up's registrations (AUTH_RATE_LIMIT) stay raised.
 */
const AT_DEFAULT = [
  'MESSAGE_RATE_LIMIT',
  'ROOM_CREATE_RATE_LIMIT',
  'MEMBERSHIP_RATE_LIMIT',
  'HANDSHAKE_RATE_LIMIT',
  'CONNECT_RATE_LIMIT',
  'MAX_UNAUTHENTICATED_PER_ADDRESS',
  'MAX_CONNECTIONS_PER_USER',
];

const connect = (server: ServerHandle, user: User, address: string) =>
  SioClient.connect(server.url, {
    auth: { socketSecret: user.socketSecret },
    headers: forwardedFor(address),
  });

/** Connects, or says why not (the connect_error code): a limit on connections is an outcome here. */
async function tryConnect(server: ServerHandle, user: User, address: string): Promise<SioClient | string> {
  try {
    return await connect(server, user, address);
  } catch (err) {
    return errorCode({ error: err instanceof Refused ? err.data : undefined }) ?? String(err);
  }
}

/** An answer's code: 'ok', the error code, or why there was none. */
const codeOf = (pending: Promise<unknown>) =>
  pending.then(
    (reply) => errorCode(reply) ?? 'ok',
    (err: Error) => err.message,
  );

/** Sends `count` messages at once on one connection; the answers' codes ('ok' for stored). */
async function burst(client: SioClient, room: string, count: number): Promise<Record<string, number>> {
  const codes = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      codeOf(client.request('send-message', { room, body: { i } }, 15_000)),
    ),
  );
  return tally(codes);
}

/** Keeps `inFlight` messages going on one connection until `deadline`; pauses 100 ms after a refusal. */
async function pump(client: SioClient, room: string, deadline: number, inFlight: number, codes: string[]) {
  const lane = async () => {
    while (Date.now() < deadline && client.open) {
      const code = await codeOf(client.request('send-message', { room, body: { t: Date.now() } }, 10_000));
      codes.push(code);
      if (code !== 'ok') await sleep(100);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
}

/** Runs `fn` over `items`, `width` at a time. */
async function pooled<T>(items: readonly T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

/** Closes clients and waits (up to 5 s) until the server counts no Socket.IO connections but `keep`. */
async function closeAll(server: ServerHandle, clients: SioClient[], keep = 0): Promise<void> {
  for (const c of clients) c.close();
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && ((await connectionCounts(server))?.socketio ?? 0) > keep) await sleep(100);
}

async function reconnectBudget(server: ServerHandle) {
  const user = await registerUser(server, 'rl');
  const first = await connect(server, user, '10.5.0.1');
  await first.request('join-room', { room: 'budget' });
  const before = await burst(first, 'budget', 700);
  first.close();
  const second = await connect(server, user, '10.5.0.1');
  await second.request('join-room', { room: 'budget' });
  const after = await burst(second, 'budget', 700);
  second.close();
  const stored = (before.ok ?? 0) + (after.ok ?? 0);
  return {
    outcome: `${stored} accepted within seconds (first connection ${JSON.stringify(before)}, after reconnecting ${JSON.stringify(after)})`,
    figures: { firstConnection: before, afterReconnect: after, accepted: stored },
  };
}

async function manyConnections(server: ServerHandle) {
  const user = await registerUser(server, 'rl');
  const attempts = await Promise.all(Array.from({ length: 20 }, () => tryConnect(server, user, '10.5.0.2')));
  const clients = attempts.filter((c): c is SioClient => typeof c !== 'string');
  await Promise.all(clients.map((c) => c.request('join-room', { room: 'twenty' })));
  const codes: string[] = [];
  const deadline = Date.now() + 5000;
  await Promise.all(clients.map((c) => pump(c, 'twenty', deadline, 8, codes)));
  await closeAll(server, clients);
  const counts = tally(codes);
  return {
    outcome: `${counts.ok ?? 0} messages stored in 5 s over ${clients.length}/20 connections (${JSON.stringify(counts)})`,
    figures: {
      connections: clients.length,
      refused: tally(attempts.filter((c) => typeof c === 'string')),
      answers: counts,
      stored: counts.ok ?? 0,
    },
  };
}

async function connectionRamp(server: ServerHandle, address: string) {
  const user = await registerUser(server, 'rl');
  const clients: SioClient[] = [];
  const refusals: string[] = [];
  const started = Date.now();
  const deadline = started + 2500;
  await pooled(
    Array.from({ length: 1000 }, (_, i) => i),
    20,
    async () => {
      if (Date.now() > deadline) return;
      const client = await tryConnect(server, user, address);
      if (typeof client === 'string') refusals.push(client);
      else clients.push(client);
    },
  );
  const elapsedMs = Date.now() - started;
  const open = (await connectionCounts(server))?.socketio ?? null;
  await closeAll(server, clients);
  return {
    outcome: `${clients.length} connections accepted in ${(elapsedMs / 1000).toFixed(1)} s (server counted ${open} open), refusals ${JSON.stringify(tally(refusals))}`,
    figures: { accepted: clients.length, elapsedMs, serverCount: open, refusals: tally(refusals) },
  };
}

async function roomCreation(server: ServerHandle) {
  const user = await registerUser(server, 'rl');
  const address = '10.5.0.4';
  const codes: string[] = [];
  let client: SioClient | string = await tryConnect(server, user, address);
  let connections = 1;
  const deadline = Date.now() + 6000;
  let i = 0;
  // An attacker who hits a per-connection bound (rooms per connection, creation rate) reconnects.
  while (Date.now() < deadline) {
    if (typeof client === 'string') {
      codes.push(`connect: ${client}`);
      await sleep(100);
      client = await tryConnect(server, user, address);
      continue;
    }
    const open = client;
    const batch = await Promise.all(
      Array.from({ length: 8 }, () =>
        codeOf(open.request('create-room', { room: `made-${user.username}-${i++}`, kind: 'public' })),
      ),
    );
    codes.push(...batch);
    if (batch.some((c) => c !== 'ok')) {
      open.close();
      client = await tryConnect(server, user, address);
      connections++;
    }
  }
  if (typeof client !== 'string') client.close();
  const list = await http(server, 'GET', '/api/rooms', { token: user.token, timeoutMs: 30_000 });
  const page = list.json as { rooms?: unknown[]; next?: unknown } | undefined;
  const listed = page?.rooms?.length ?? null;
  const counts = tally(codes);
  return {
    outcome: `${counts.ok ?? 0} rooms created in 6 s over ${connections} connections (${JSON.stringify(counts)}); GET /api/rooms: ${list.status}, ${listed} rooms, ${list.text.length.toLocaleString('en')} bytes${page?.next ? ', more on further pages' : ''}`,
    figures: {
      answers: counts,
      connections,
      roomsListStatus: list.status,
      roomsListed: listed,
      roomsListBytes: list.text.length,
      moreRoomPages: Boolean(page?.next),
    },
  };
}

/** Sum of an event's count over clients. */
const total = (clients: SioClient[], event: string) => clients.reduce((n, c) => n + c.count(event), 0);

/** A watcher's own address: real users do not share the attacker's. */
const watcherAddress = (i: number) => `10.6.${Math.floor(i / 250)}.${(i % 250) + 1}`;

async function churn(server: ServerHandle, rows: Row[]): Promise<void> {
  const watchers = await registerUsers(server, 200, 'w');
  // Two churners: each limit is per user, and the first spends its handshakes on (e).
  const [presenceChurner, memberChurner] = [
    await registerUser(server, 'churn'),
    await registerUser(server, 'churn'),
  ];
  const clients: SioClient[] = [];
  await pooled(
    watchers.map((w, i) => [w, i] as const),
    20,
    async ([w, i]) => void clients.push(await connect(server, w, watcherAddress(i))),
  );
  // The watchers' own arrivals fan out too: let those frames land before counting.
  await sleep(1000);

  await probe(
    rows,
    FINDING,
    '(e) 300 connect/disconnect cycles of one user while 200 other users watch (each from its own X-Forwarded-For)',
    async () => {
      const before = total(clients, 'activity');
      const started = Date.now();
      const refusals: string[] = [];
      for (let i = 0; i < 300; i++) {
        const client = await tryConnect(server, presenceChurner, '10.5.0.5');
        if (typeof client === 'string') refusals.push(client);
        else client.close();
      }
      const churnMs = Date.now() - started;
      // Frames still on their way to 200 connections.
      await sleep(1500);
      const frames = total(clients, 'activity') - before;
      return {
        outcome: `${frames.toLocaleString('en')} activity frames delivered to the watchers (cycles took ${(churnMs / 1000).toFixed(1)} s; ${refusals.length} connects refused ${JSON.stringify(tally(refusals))})`,
        figures: { activityFrames: frames, churnMs, refusals: tally(refusals) },
      };
    },
  );

  await probe(
    rows,
    FINDING,
    '(f) 500 join-room/leave-room pairs by one user in a room with 200 connected members',
    async () => {
      await Promise.all(clients.map((c) => c.request('join-room', { room: 'crowd' }, 15_000)));
      // The watchers' own joins fan out too: let those frames land before counting.
      await sleep(500);
      const before = total(clients, 'member-joined') + total(clients, 'member-left');
      const client = await connect(server, memberChurner, '10.5.0.6');
      const started = Date.now();
      const codes: string[] = [];
      for (let i = 0; i < 500 && client.open; i++) {
        for (const event of ['join-room', 'leave-room'])
          codes.push(await codeOf(client.request(event, { room: 'crowd' })));
      }
      const churnMs = Date.now() - started;
      // Frames still on their way to 200 connections.
      await sleep(1500);
      const frames = total(clients, 'member-joined') + total(clients, 'member-left') - before;
      client.close();
      return {
        outcome: `${frames.toLocaleString('en')} member-joined/member-left frames delivered (pairs took ${(churnMs / 1000).toFixed(1)} s; answers ${JSON.stringify(tally(codes))})`,
        figures: { memberFrames: frames, churnMs, answers: tally(codes) },
      };
    },
  );
  await closeAll(server, clients);
}

export const attack: Attack = {
  name: 'rate-limits',
  async run(repo) {
    const rows: Row[] = [];
    const server = await startServer(repo, { atDefault: AT_DEFAULT, env: { TRUST_PROXY: '1' } });
    await probe(
      rows,
      FINDING,
      '(a) TRUST_PROXY=1, each attacker from its own X-Forwarded-For; every limit met at its default: 700 send-message at once, reconnect, 700 more',
      () => reconnectBudget(server),
    );
    await probe(rows, FINDING, '(b) one user on 20 connections, each sending (8 in flight) for 5 s', () =>
      manyConnections(server),
    );
    await probe(
      rows,
      FINDING,
      '(c) one user opens up to 1,000 Socket.IO connections (20 at a time) for 2.5 s',
      () => connectionRamp(server, '10.5.0.3'),
    );
    await probe(
      rows,
      FINDING,
      '(d) one user creates rooms for 6 s (reconnecting past any per-connection bound)',
      () => roomCreation(server),
    );
    await churn(server, rows);
    await server.stop();

    // HANDSHAKE_RATE_LIMIT (60/min) stops (c) long before the per-user cap; raised on this server
    // alone, which runs nothing else, (c) meets MAX_CONNECTIONS_PER_USER itself.
    const capOnly = await startServer(repo, { atDefault: ['MAX_CONNECTIONS_PER_USER'] });
    await probe(
      rows,
      FINDING,
      '(c′) the same as (c) on a server of its own with HANDSHAKE_RATE_LIMIT and CONNECT_RATE_LIMIT raised, so the per-user cap is what it meets (MAX_CONNECTIONS_PER_USER default)',
      () => connectionRamp(capOnly, '10.5.0.7'),
    );
    await capOnly.stop();
    return rows;
  },
};
