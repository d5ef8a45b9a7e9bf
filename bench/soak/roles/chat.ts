// Chatting users: rooms of ten members, eight on Socket.IO and two on /ws, each sending a message about
// every second with an acknowledgement. Every other member of the room must receive it.
import type { BenchUser } from '../../lib/clients.js';
import { EnvelopeClient } from '../../lib/envelope-client.js';
import { Histogram } from '../../lib/histogram.js';
import { LightClient } from '../../lib/light-client.js';
import { now } from '../../lib/stats.js';
import { every, NO_ANSWER, until, within } from '../pace.js';
import type { Role } from '../role.js';
import { SoakStats } from '../stats.js';

const MEMBERS = 10;
const RAW_MEMBERS = 2;
const SEND_EVERY_MS = 1000;
const ANSWER_MS = 10_000;

/** A member of a room on either transport: it counts what it receives and sends what it is told to. */
interface Member {
  /** Sends one message; resolves the answer (the acknowledgement, or the `ok` envelope). */
  send(): Promise<unknown>;
  transport: 'Socket.IO' | '/ws';
  close(): void;
}

export const chat: Role = async ({ url, users }) => {
  const stats = new SoakStats();
  const latency = new Histogram();
  let stopping = false;
  const onClose = (what: string) => (code: number) => {
    if (!stopping) stats.unexpectedClose(what, code);
  };

  const join = async (user: BenchUser, room: string, raw: boolean): Promise<Member> => {
    if (raw) {
      const client = await EnvelopeClient.open(url, user.sessionToken);
      client.onPush = (envelope) => {
        if (envelope.type === 'chan_out') stats.count('deliveries');
      };
      client.onClose = onClose('/ws chat member');
      stats.answered(await client.request('join', room), 'join');
      return {
        send: () => client.request('chan_in', 'hello from /ws', room),
        transport: '/ws',
        close: () => client.close(),
      };
    }
    const client = await LightClient.connect('switchboard', url, { socketSecret: user.socketSecret });
    client.onEvent = (text) => {
      if (text.startsWith('42["message"')) stats.count('deliveries');
    };
    client.onClose = onClose('Socket.IO chat member');
    stats.answered(await client.join(room), 'join-room');
    return {
      send: () => client.publish(room, { text: 'hello, room' }),
      transport: 'Socket.IO',
      close: () => client.close(),
    };
  };

  // Everyone is in before anyone speaks, so every message has all the other members to reach.
  const members: Member[] = [];
  for (let r = 0; r < Math.floor(users.length / MEMBERS); r++)
    for (const [i, user] of users.slice(r * MEMBERS, (r + 1) * MEMBERS).entries())
      members.push(await join(user, `soak-chat-${r}`, i >= MEMBERS - RAW_MEMBERS));

  const loops = members.map((member) =>
    every(
      SEND_EVERY_MS,
      async () => {
        const sent = now();
        const answer = await within(member.send(), ANSWER_MS);
        const what = member.transport === 'Socket.IO' ? 'send-message' : 'chan_in';
        if (answer === NO_ANSWER) return stats.unanswered(what);
        if (!stats.answered(answer, what)) return;
        if (member.transport === 'Socket.IO') {
          latency.record(now() - sent);
          stats.count('messages');
        } else stats.count('messages over /ws');
        stats.count('expected deliveries', MEMBERS - 1);
      },
      (err) => stopping || stats.problem(`sending: ${err}`),
      Math.random() * SEND_EVERY_MS,
    ),
  );

  return {
    stop: async () => {
      await Promise.all(loops.map((loop) => loop.stop()));
      // Deliveries of the last acknowledged messages may still be on their way.
      await until(() => stats.get('deliveries') >= stats.get('expected deliveries'), 5000);
      stopping = true;
      for (const member of members) member.close();
      return stats.toJSON(latency);
    },
  };
};
