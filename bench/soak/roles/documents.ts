// Document writes over REST with subscribers: writers create, replace, patch and delete documents in a
// repository everyone may read, and every subscriber (Socket.IO subscribe-db, or /ws join db-<repo>)
// must receive every change.
import type { Document } from '../../../generated/types.js';
import type { BenchUser } from '../../lib/clients.js';
import { EnvelopeClient } from '../../lib/envelope-client.js';
import { LightClient } from '../../lib/light-client.js';
import { every, type Loop, NO_ANSWER, until, within } from '../pace.js';
import type { Role } from '../role.js';
import { SoakStats } from '../stats.js';

/** The owner reads and writes, everyone reads (`_744_`): each subscriber hears of every write. */
const REPO = 'soak_744_';
const WRITERS = 3;
/** Per writer: ten writes a second in all. */
const WRITE_EVERY_MS = 300;
/** Documents a writer keeps: past it, it deletes the oldest instead of creating. */
const KEEP = 20;
const ANSWER_MS = 10_000;

/** One REST write; resolves the HTTP status and the body. */
async function write(
  url: string,
  user: BenchUser,
  method: string,
  path: string,
  body?: object,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}/api/db/${REPO}${path}`, {
    method,
    headers: { authorization: `Bearer ${user.sessionToken}`, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

export const documents: Role = async ({ url, users }) => {
  const stats = new SoakStats();
  let stopping = false;
  const closed = (what: string) => (code: number) => {
    if (!stopping) stats.unexpectedClose(what, code);
  };
  const subscribers = users.slice(WRITERS);
  const closers: (() => void)[] = [];
  for (const [i, user] of subscribers.entries()) {
    if (i % 2 === 0) {
      const client = await LightClient.connect('switchboard', url, { socketSecret: user.socketSecret });
      client.onEvent = (text) => {
        if (text.startsWith('42["db_')) stats.count('db events');
      };
      client.onClose = closed('Socket.IO subscriber');
      stats.answered(await client.request('subscribe-db', { repo: REPO }), 'subscribe-db');
      closers.push(() => client.close());
    } else {
      const client = await EnvelopeClient.open(url, user.sessionToken);
      client.onPush = (envelope) => {
        if (envelope.type.startsWith('db_')) stats.count('db events');
      };
      client.onClose = closed('/ws subscriber');
      stats.answered(await client.request('join', `db-${REPO}`), 'join db-');
      closers.push(() => client.close());
    }
  }

  const loops: Loop[] = users.slice(0, WRITERS).map((writer, w) => {
    const kept: string[] = [];
    let n = 0;
    /** Creates up to KEEP documents, then deletes, replaces and patches them in turn. */
    const nextWrite = (): [string, string, object?] => {
      n += 1;
      if (kept.length < KEEP) return ['POST', '', { writer: w, n }];
      if (n % 3 === 0) return ['DELETE', `/${kept.shift()}`];
      return n % 3 === 1
        ? ['PUT', `/${kept[0]}`, { writer: w, n, replaced: true }]
        : ['PATCH', `/${kept[0]}`, { n, patched: true }];
    };
    return every(
      WRITE_EVERY_MS,
      async () => {
        const [method, path, body] = nextWrite();
        const answer = await within(write(url, writer, method, path, body), ANSWER_MS);
        if (answer === NO_ANSWER) return stats.unanswered(`${method} /api/db`);
        if (!stats.answered(answer.body, `${method} /api/db`)) return;
        if (method === 'POST') kept.push((answer.body as Document).id);
        stats.count('writes');
        stats.count('expected db events', subscribers.length);
      },
      (err) => stopping || stats.problem(`REST write: ${err}`),
      (w * WRITE_EVERY_MS) / WRITERS,
    );
  });

  return {
    stop: async () => {
      await Promise.all(loops.map((loop) => loop.stop()));
      await until(() => stats.get('db events') >= stats.get('expected db events'), 5000);
      stopping = true;
      for (const close of closers) close();
      return stats.toJSON();
    },
  };
};
