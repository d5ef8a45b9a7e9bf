/**
 * Finding 6: deeply nested JSON, small enough for every size limit, overflows the stack of a recursive
 * walk somewhere after parsing: answered as a server bug (INTERNAL, logged with a stack) or worse.
 */
import { errorCode, http } from './http.js';
import { type Attack, probe, type Row, sleep } from './lib.js';
import { type LogLine, type ServerHandle, startServer } from './server.js';
import { registerUser } from './users.js';
import { answerOf, RawWsClient, SioClient } from './wire.js';

const FINDING = '6 deep JSON';

const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** What the server logged at error level or above while `act` ran (and shortly after). */
async function errorLogs(server: ServerHandle, act: () => Promise<string>) {
  const mark = server.logMark();
  const answer = await act();
  // The log line is written around the answer and comes over a pipe: a moment for it to arrive.
  await sleep(300);
  const errors = server.logsSince(mark).filter((l: LogLine) => l.level >= 50);
  const withStack = errors.filter((l) => JSON.stringify(l).includes('"stack"')).length;
  const messages = [
    ...new Set(
      errors.map((l) =>
        `${l.msg ?? ''} ${String((l.err as { message?: string } | undefined)?.message ?? '')}`.trim(),
      ),
    ),
  ];
  return {
    outcome:
      `answered ${answer}; error-level log lines: ${errors.length}${errors.length ? ` (${withStack} with a stack: ${messages.join('; ').slice(0, 160)})` : ''}` +
      (server.alive() ? '' : '; the server DIED'),
    figures: { answer, errorLines: errors.length, withStack, messages, serverAlive: server.alive() },
  };
}

export const attack: Attack = {
  name: 'deep-json',
  async run(repo) {
    const rows: Row[] = [];
    const server = await startServer(repo);
    const user = await registerUser(server, 'deep');

    for (const [shape, body] of [
      ['arrays', `{"d":${deepArray(4500)}}`],
      ['objects', `{"d":${deepObject(4500)}}`],
    ] as const) {
      await probe(
        rows,
        FINDING,
        `POST /api/db/notes with ${shape} nested 4,500 deep (${body.length.toLocaleString('en')} bytes)`,
        () =>
          errorLogs(server, async () => {
            const reply = await http(server, 'POST', '/api/db/notes', { token: user.token, body });
            return `${reply.status} ${errorCode(reply.json) ?? ''}`.trim();
          }),
      );
    }

    const client = await SioClient.connect(server.url, { auth: { socketSecret: user.socketSecret } });
    await client.request('join-room', { room: 'deep' });
    const deep = deepArray(20_000);
    for (const [event, payload] of [
      ['send-message', `{"room":"deep","body":{"a":${deep}}}`],
      ['echo', `{"data":${deep}}`],
      ['no-such-event', `{"a":${deep}}`],
    ] as const) {
      await probe(
        rows,
        FINDING,
        `Socket.IO ${event} with a payload nested 20,000 deep (${payload.length.toLocaleString('en')} bytes)`,
        () =>
          errorLogs(server, async () => {
            const answer = await answerOf(client.requestText(event, payload));
            return `${answer}${client.open ? '' : `, connection closed (${client.closeCode})`}`;
          }),
      );
    }
    client.close();

    const raw = await RawWsClient.open(server.url);
    const envelope = `{"sid":"${raw.sid}","type":${deep},"data":""}`;
    await probe(
      rows,
      FINDING,
      `/ws envelope whose type is nested 20,000 deep (${envelope.length.toLocaleString('en')} bytes)`,
      () =>
        errorLogs(server, async () => {
          raw.ws.send(envelope);
          const answer = await answerOf(raw.next(['error', 'echo']));
          return `${answer}${raw.open ? '' : `, connection closed (${(await raw.closed).code})`}`;
        }),
    );
    raw.close();
    await server.stop();
    return rows;
  },
};
