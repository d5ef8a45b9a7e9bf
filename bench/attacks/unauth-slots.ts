/**
 * Finding 8: connections that never authenticate hold (or escape) the connection limit, and one
 * Engine.IO connection may carry many Socket.IO connections.
 */
import WebSocket from 'ws';
import { connectionCounts, errorCode, http } from './http.js';
import { type Attack, probe, type Row, secs, sleep, tally } from './lib.js';
import { type ServerHandle, startServer } from './server.js';
import { registerUser, registerUsers } from './users.js';
import { engineSocket, RawWsClient, Refused, SioClient } from './wire.js';

const FINDING = '8 unauthenticated slots';
const WATCH_MS = 12_000;

/** Opens up to `count` of something, 10 at a time; the ones that opened and why the others did not. */
async function openMany<T>(
  count: number,
  open: () => Promise<T>,
): Promise<{ opened: T[]; failures: string[] }> {
  const opened: T[] = [];
  const failures: string[] = [];
  for (let i = 0; i < count; i += 10) {
    const batch = await Promise.allSettled(Array.from({ length: Math.min(10, count - i) }, open));
    for (const r of batch) {
      if (r.status === 'fulfilled') opened.push(r.value);
      else failures.push(r.reason instanceof Error ? r.reason.message : String(r.reason));
    }
  }
  return { opened, failures };
}

/** Watches sockets for `ms`: how many are still open at the end, and when the first and last closed. */
async function watch(sockets: WebSocket[], ms: number) {
  const started = Date.now();
  const closedAfter: number[] = [];
  for (const ws of sockets) {
    if (ws.readyState !== WebSocket.OPEN) closedAfter.push(0);
    else ws.once('close', () => closedAfter.push(Date.now() - started));
  }
  await sleep(ms);
  const stillOpen = sockets.filter((ws) => ws.readyState === WebSocket.OPEN).length;
  const span = closedAfter.length
    ? `, closed between ${secs(Math.min(...closedAfter))} and ${secs(Math.max(...closedAfter))}`
    : '';
  return { stillOpen, closedAfter, text: `${stillOpen}/${sockets.length} still open at ${secs(ms)}${span}` };
}

/** Five real users try Socket.IO, then /ws; the ones that got in stay connected until the caller closes them. */
async function realUsers(server: ServerHandle) {
  const users = await registerUsers(server, 5, 'real');
  const kept: { close(): void }[] = [];
  const results: { sio: string[]; raw: string[] } = { sio: [], raw: [] };
  for (const user of users) {
    try {
      kept.push(await SioClient.connect(server.url, { auth: { socketSecret: user.socketSecret } }));
      results.sio.push('in');
    } catch (err) {
      results.sio.push(
        err instanceof Refused ? (errorCode({ error: err.data }) ?? err.message) : String(err),
      );
    }
  }
  for (const user of users) {
    try {
      const raw = await RawWsClient.open(server.url);
      kept.push(raw);
      const answer = await raw.auth(user.token);
      results.raw.push(answer.type === 'token' ? 'in' : `error ${answer.code}`);
    } catch (err) {
      results.raw.push(err instanceof Error ? err.message : String(err));
    }
  }
  const summary = (list: string[]) =>
    `${list.filter((r) => r === 'in').length}/5 in ${JSON.stringify(tally(list))}`;
  return { kept, text: `Socket.IO ${summary(results.sio)}, /ws ${summary(results.raw)}`, results };
}

/** Waits (up to 5 s) until the server counts no realtime connections. */
async function drained(server: ServerHandle): Promise<void> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const c = await connectionCounts(server);
    if (c && c.socketio + c.raw === 0) return;
    await sleep(100);
  }
}

async function idleRaw(server: ServerHandle) {
  const { opened, failures } = await openMany(47, () => RawWsClient.open(server.url));
  const real = await realUsers(server);
  for (const c of real.kept) c.close();
  const watched = await watch(
    opened.map((c) => c.ws),
    WATCH_MS,
  );
  for (const c of opened) c.close();
  await drained(server);
  return {
    outcome: `${opened.length}/47 idle /ws opened; real users: ${real.text}; idle ones: ${watched.text}`,
    figures: {
      idleOpened: opened.length,
      idleFailures: tally(failures),
      real: real.results,
      idleStillOpen: watched.stillOpen,
      idleClosedAfterMs: watched.closedAfter,
    },
  };
}

async function silentEngines(server: ServerHandle) {
  const { opened, failures } = await openMany(60, () => engineSocket(server.url));
  await sleep(300);
  const counts = await connectionCounts(server);
  const real = await realUsers(server);
  for (const c of real.kept) c.close();
  const watched = await watch(
    opened.map((e) => e.ws),
    WATCH_MS,
  );
  for (const e of opened) e.ws.terminate();
  await drained(server);
  return {
    outcome: `${opened.length}/60 opened; /api/health counted socketio ${counts?.socketio} raw ${counts?.raw}; real users: ${real.text}; silent ones: ${watched.text}`,
    figures: {
      opened: opened.length,
      failures: tally(failures),
      healthCounts: counts,
      real: real.results,
      stillOpen: watched.stillOpen,
      closedAfterMs: watched.closedAfter,
    },
  };
}

async function repeatedConnects(server: ServerHandle) {
  const user = await registerUser(server, 'multi');
  const { ws, frames } = await engineSocket(server.url);
  const connect = `40${JSON.stringify({ socketSecret: user.socketSecret })}`;
  for (let i = 0; i < 20; i++) ws.send(connect);
  await sleep(2000);
  const acks = frames.filter((f) => f.startsWith('40{"sid"')).length;
  const refusals = frames.filter((f) => f.startsWith('44')).length;
  const welcomes = frames.filter((f) => f.startsWith('42["welcome"')).length;
  const counts = await connectionCounts(server);
  const account = await http(server, 'GET', '/api/accounts/me/connections', { token: user.token });
  const open = (account.json as { open?: number } | undefined)?.open;
  const closed = ws.readyState !== WebSocket.OPEN;
  ws.terminate();
  return {
    outcome: `${acks} CONNECT acks, ${welcomes} welcome events, ${refusals} connect_error; server counts socketio ${counts?.socketio}, the account ${open} open${closed ? '; the transport was closed' : ''}`,
    figures: {
      acks,
      welcomes,
      refusals,
      healthSocketio: counts?.socketio ?? null,
      accountOpen: open ?? null,
      transportClosed: closed,
    },
  };
}

export const attack: Attack = {
  name: 'unauth-slots',
  async run(repo) {
    const rows: Row[] = [];
    const server = await startServer(repo, {
      atDefault: ['MAX_UNAUTHENTICATED_PER_ADDRESS', 'CONNECT_RATE_LIMIT'],
      env: { MAX_CONNECTIONS: '50' },
    });
    await probe(
      rows,
      FINDING,
      `(a) MAX_CONNECTIONS=50: 47 idle unauthenticated /ws sockets, then 5 real users try Socket.IO and then /ws; idle ones watched ${WATCH_MS / 1000} s`,
      () => idleRaw(server),
    );
    await probe(
      rows,
      FINDING,
      `(b) MAX_CONNECTIONS=50: 60 Engine.IO websockets that never send CONNECT, then 5 real users; watched ${WATCH_MS / 1000} s`,
      () => silentEngines(server),
    );
    await probe(
      rows,
      FINDING,
      '(c) 20 Socket.IO CONNECT packets (40{"socketSecret":…}) on one Engine.IO websocket, sent before the first answer',
      () => repeatedConnects(server),
    );
    await server.stop();
    return rows;
  },
};
