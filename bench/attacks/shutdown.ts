/**
 * Finding 7: SIGTERM waits for a stalled request, commits messages whose senders never get the ack,
 * and drops /ws clients without a close frame.
 */
import { errorCode, rawHttpSocket } from './http.js';
import { type Attack, type Outcome, probe, type Row, secs, sleep, tally, within } from './lib.js';
import { type ServerHandle, startServer } from './server.js';
import { registerUser, registerUsers } from './users.js';
import { RawWsClient, SioClient } from './wire.js';

const FINDING = '7 shutdown';
const EXIT_CAP_MS = 20_000;

/** SIGTERM, then how long until the process is gone (SIGKILL past the cap). */
async function terminate(server: ServerHandle): Promise<{ exitMs: number | null; exit: unknown }> {
  const started = Date.now();
  server.child.kill('SIGTERM');
  const exited = await within(server.exited, EXIT_CAP_MS);
  if (exited) return { exitMs: exited.at - started, exit: exited };
  server.child.kill('SIGKILL');
  return { exitMs: null, exit: await server.exited };
}

async function stalledRequest(repo: string) {
  const server = await startServer(repo);
  const stalled = await rawHttpSocket(server);
  stalled.socket.write(
    'POST /api/users/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"username":"half',
  );
  // The server has to have the request under way when the signal comes.
  await sleep(500);
  const signalledAt = Date.now();
  const { exitMs, exit } = await terminate(server);
  // The process is gone, so its sockets are too: the client's close event may still be on its way.
  await within(stalled.closed, 1000);
  const closedAt = stalled.closedAt();
  const client = `the stalled client got ${stalled.status() ?? 'no answer'}${closedAt === undefined ? '' : `, its connection closed after ${secs(closedAt - signalledAt)}`}`;
  stalled.socket.destroy();
  await server.stop();
  return {
    outcome: `${exitMs === null ? `still running ${EXIT_CAP_MS / 1000} s after SIGTERM (killed)` : `exited ${secs(exitMs)} after SIGTERM`}; ${client}`,
    figures: {
      exitMs,
      exit,
      capMs: EXIT_CAP_MS,
      stalledStatus: stalled.status() ?? null,
      stalledClosedAfterMs: closedAt === undefined ? null : closedAt - signalledAt,
    },
  };
}

/** Sends on one connection, 8 at a time, until it closes; keeps the seq of every acknowledged message. */
async function sendUntilClosed(client: SioClient, acked: number[], failures: string[]): Promise<void> {
  const lane = async () => {
    while (client.open) {
      try {
        const reply = await client.request('send-message', { room: 'shut', body: { t: Date.now() } }, 10_000);
        const code = errorCode(reply);
        if (code) {
          failures.push(code);
          await sleep(50);
        } else acked.push((reply as { seq: number }).seq);
      } catch (err) {
        failures.push((err as Error).message.replace(/\d+ ms/, 'N ms'));
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, lane));
}

async function midSend(repo: string): Promise<{ stored: Outcome; closes: Outcome }> {
  const server = await startServer(repo);
  const rawUser = await registerUser(server, 'shut');
  const senderUsers = await registerUsers(server, 20, 'shut');
  const senders = await Promise.all(
    senderUsers.map((u) => SioClient.connect(server.url, { auth: { socketSecret: u.socketSecret } })),
  );
  await Promise.all(senders.map((c) => c.request('join-room', { room: 'shut' })));
  const raw = await RawWsClient.open(server.url);
  await raw.auth(rawUser.token);
  const acked: number[] = [];
  const failures: string[] = [];
  const sending = Promise.all(senders.map((c) => sendUntilClosed(c, acked, failures)));
  // The signal comes mid-stream, as it would in a deploy.
  await sleep(1500);
  const ackedBeforeSignal = acked.length;
  const { exitMs } = await terminate(server);
  await sending;
  const rawClose = await within(raw.closed, 2000);
  const sioClose = tally(
    senders.map(
      (c) =>
        `${c.closeCode}${c.sawDisconnect ? ' after a DISCONNECT packet' : ''}${c.closingReason ? `, closing: ${c.closingReason}` : ''}`,
    ),
  );

  const again = await startServer(repo, { dataDir: server.dataDir });
  const checker = await SioClient.connect(again.url, { auth: { socketSecret: rawUser.socketSecret } });
  const joined = (await checker.request('join-room', { room: 'shut' })) as { room: { lastSeq: number } };
  checker.close();
  await again.stop();
  const lastSeq = joined.room.lastSeq;
  const lost = acked.filter((seq) => seq > lastSeq).length;
  const stored: Outcome = {
    outcome: `${lastSeq} stored vs ${acked.length} acknowledged: ${lastSeq - acked.length + lost} committed but never acknowledged, ${lost} acknowledged but lost; failures ${JSON.stringify(tally(failures))}; exit ${exitMs === null ? 'capped' : secs(exitMs)} after SIGTERM`,
    figures: {
      stored: lastSeq,
      acked: acked.length,
      ackedBeforeSignal,
      committedUnacked: lastSeq - acked.length + lost,
      ackedLost: lost,
      failures: tally(failures),
      exitMs,
    },
  };
  const closes: Outcome = {
    outcome: `/ws: ${rawClose ? `close code ${rawClose.code}${rawClose.reason ? ` "${rawClose.reason}"` : ''}` : 'not closed within 2 s'}; Socket.IO: ${JSON.stringify(sioClose)}`,
    figures: { rawClose, socketIoCloses: sioClose },
  };
  return { stored, closes };
}

export const attack: Attack = {
  name: 'shutdown',
  async run(repo) {
    const rows: Row[] = [];
    await probe(
      rows,
      FINDING,
      '(a) a POST that sent its headers and half its body, then stalls; SIGTERM the server',
      () => stalledRequest(repo),
    );
    // One run answers both: what was stored, and how the clients saw the close.
    const mid = midSend(repo);
    await probe(
      rows,
      FINDING,
      '(b) 20 connections sending send-message (8 in flight each) with acks; SIGTERM after 1.5 s; restart on the same DATA_DIR',
      async () => (await mid).stored,
    );
    await probe(
      rows,
      FINDING,
      '(c) close seen by clients on SIGTERM: a /ws client, the 20 Socket.IO clients',
      async () => (await mid).closes,
    );
    return rows;
  },
};
