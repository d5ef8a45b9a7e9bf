/**
 * Finding 8: connections that never authenticate hold (or escape) the connection limit, and one
 * Engine.IO connection may carry many Socket.IO connections.
 */
import WebSocket from 'ws';
import { connectionCounts, errorCode, forwardedFor, http } from './http.js';
import { type Attack, probe, type Row, secs, sleep, tally, within } from './lib.js';
import { type ServerHandle, startServer } from './server.js';
import { registerUser, registerUsers } from './users.js';
import { engineSocket, RawWsClient, Refused, SioClient } from './wire.js';

const FINDING = '8 unauthenticated slots';
const WATCH_MS = 12_000;
/**
 * Behind TRUST_PROXY=1 the attacker comes from one address and each real user from another, as on the
 * internet: the per-address limits then tell them apart, as they would in production.
 */
const ATTACKER = forwardedFor('203.0.113.66');
const realUser = (i: number) => forwardedFor(`198.51.100.${i + 1}`);

/** A socket and when it opened. */
interface Opened<T> {
  value: T;
  at: number;
}

/** Opens up to `count` of something, 10 at a time; the ones that opened (and when) and why the others did not. */
async function openMany<T>(
  count: number,
  open: () => Promise<T>,
): Promise<{ opened: Opened<T>[]; failures: string[] }> {
  const opened: Opened<T>[] = [];
  const failures: string[] = [];
  for (let i = 0; i < count; i += 10) {
    const batch = await Promise.allSettled(Array.from({ length: Math.min(10, count - i) }, open));
    for (const r of batch) {
      if (r.status === 'fulfilled') opened.push({ value: r.value, at: Date.now() });
      else failures.push(r.reason instanceof Error ? r.reason.message : String(r.reason));
    }
  }
  return { opened, failures };
}

/**
 * Watches sockets until all have closed or `ms` has passed: how many are still open at the end, and
 * how long after opening the first and last were closed.
 */
async function watch(sockets: Opened<WebSocket>[], ms: number) {
  const started = Date.now();
  const closedAfter: number[] = [];
  const closes = sockets.map(
    ({ value: ws, at }) =>
      new Promise<void>((resolve) => {
        if (ws.readyState !== WebSocket.OPEN) {
          closedAfter.push(0);
          resolve();
        } else
          ws.once('close', () => {
            closedAfter.push(Date.now() - at);
            resolve();
          });
      }),
  );
  await within(Promise.all(closes), ms);
  const watchedMs = Date.now() - started;
  const stillOpen = sockets.filter(({ value: ws }) => ws.readyState === WebSocket.OPEN).length;
  const span = closedAfter.length
    ? `, closed ${secs(Math.min(...closedAfter))} to ${secs(Math.max(...closedAfter))} after opening`
    : '';
  return {
    stillOpen,
    closedAfter,
    watchedMs,
    text: `${stillOpen}/${sockets.length} still open after ${secs(watchedMs)}${span}`,
  };
}

/** Five real users try Socket.IO, then /ws; the ones that got in stay connected until the caller closes them. */
async function realUsers(server: ServerHandle) {
  const users = await registerUsers(server, 5, 'real');
  const kept: { close(): void }[] = [];
  const results: { sio: string[]; raw: string[] } = { sio: [], raw: [] };
  for (const [i, user] of users.entries()) {
    try {
      kept.push(
        await SioClient.connect(server.url, {
          auth: { socketSecret: user.socketSecret },
          headers: realUser(i),
        }),
      );
      results.sio.push('in');
    } catch (err) {
      results.sio.push(
        err instanceof Refused ? (errorCode({ error: err.data }) ?? err.message) : String(err),
      );
    }
  }
  for (const [i, user] of users.entries()) {
    try {
      const raw = await RawWsClient.open(server.url, { headers: realUser(i) });
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
  const { opened, failures } = await openMany(47, () => RawWsClient.open(server.url, { headers: ATTACKER }));
  const real = await realUsers(server);
  for (const c of real.kept) c.close();
  const watched = await watch(
    opened.map(({ value, at }) => ({ value: value.ws, at })),
    WATCH_MS,
  );
  for (const c of opened) c.value.close();
  await drained(server);
  return {
    outcome: `${opened.length}/47 idle /ws opened${failures.length ? ` ${JSON.stringify(tally(failures))}` : ''}; real users: ${real.text}; idle ones: ${watched.text}`,
    figures: {
      idleOpened: opened.length,
      idleFailures: tally(failures),
      real: real.results,
      idleStillOpen: watched.stillOpen,
      idleClosedAfterMs: watched.closedAfter,
      watchedMs: watched.watchedMs,
    },
  };
}

async function silentEngines(server: ServerHandle) {
  const { opened, failures } = await openMany(60, () => engineSocket(server.url, { headers: ATTACKER }));
  // Engine.IO answers the open packet first and counts the session just after: a moment for the count.
  await sleep(300);
  const counts = await connectionCounts(server);
  const real = await realUsers(server);
  for (const c of real.kept) c.close();
  const watched = await watch(
    opened.map(({ value, at }) => ({ value: value.ws, at })),
    WATCH_MS,
  );
  for (const e of opened) e.value.ws.terminate();
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
      watchedMs: watched.watchedMs,
    },
  };
}

/** One try of (c): 20 CONNECTs of a new user on one Engine.IO session; what came back, in a line. */
async function repeatedConnects(server: ServerHandle): Promise<string> {
  const user = await registerUser(server, 'multi');
  const { ws, frames } = await engineSocket(server.url, { headers: ATTACKER });
  const connect = `40${JSON.stringify({ socketSecret: user.socketSecret })}`;
  const count = (prefix: string) => frames.filter((f) => f.startsWith(prefix)).length;
  // Every CONNECT answered (acknowledged or refused) and every accepted one welcomed, or the session
  // closed, or 2 s.
  const settled = new Promise<void>((resolve) => {
    const check = () => {
      const [acks, refusals, welcomes] = [count('40{"sid"'), count('44'), count('42["welcome"')];
      if ((acks + refusals >= 20 && welcomes >= acks) || ws.readyState !== WebSocket.OPEN) resolve();
    };
    ws.on('message', check);
    ws.once('close', check);
  });
  for (let i = 0; i < 20; i++) ws.send(connect);
  await within(settled, 2000);
  const [acks, refusals, welcomes] = [count('40{"sid"'), count('44'), count('42["welcome"')];
  const counts = await connectionCounts(server);
  const account = await http(server, 'GET', '/api/accounts/me/connections', { token: user.token });
  const open = (account.json as { open?: number } | undefined)?.open;
  const closed = ws.readyState !== WebSocket.OPEN;
  ws.terminate();
  await drained(server);
  return `${acks} CONNECT acks, ${welcomes} welcome events, ${refusals} connect_error; server counts socketio ${counts?.socketio}, the account ${open} open${closed ? '; the transport was closed' : ''}`;
}

/**
 * The unfixed server answers (c) one of two ways from one try to the next (a race in it): several
 * tries, tallied, show both.
 */
async function repeatedConnectTries(server: ServerHandle, tries: number) {
  const outcomes: string[] = [];
  for (let i = 0; i < tries; i++) outcomes.push(await repeatedConnects(server));
  const counts = tally(outcomes);
  return {
    outcome: Object.entries(counts)
      .map(([what, n]) => `${n}×: ${what}`)
      .join(' | '),
    figures: { tries: counts },
  };
}

export const attack: Attack = {
  name: 'unauth-slots',
  async run(repo) {
    const rows: Row[] = [];
    const server = await startServer(repo, {
      atDefault: ['MAX_UNAUTHENTICATED_PER_ADDRESS', 'CONNECT_RATE_LIMIT'],
      env: { MAX_CONNECTIONS: '50', TRUST_PROXY: '1' },
    });
    await probe(
      rows,
      FINDING,
      `(a) MAX_CONNECTIONS=50, TRUST_PROXY=1: 47 idle unauthenticated /ws sockets from one X-Forwarded-For, then 5 real users (each from its own) try Socket.IO and then /ws; idle ones watched up to ${WATCH_MS / 1000} s`,
      () => idleRaw(server),
    );
    await probe(
      rows,
      FINDING,
      `(b) the same: 60 Engine.IO websockets that never send CONNECT from one X-Forwarded-For, then 5 real users; watched up to ${WATCH_MS / 1000} s`,
      () => silentEngines(server),
    );
    await probe(
      rows,
      FINDING,
      '(c) 20 Socket.IO CONNECT packets (40{"socketSecret":…}) on one Engine.IO websocket, sent before the first answer; 5 tries, each a new user',
      () => repeatedConnectTries(server, 5),
    );
    await server.stop();
    return rows;
  },
};
