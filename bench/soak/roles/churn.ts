// Churn: short-lived connections on both transports in turn (connect, join a room, maybe send, leave,
// disconnect), and long-lived connections that keep joining and leaving rooms.
import type { BenchUser } from '../../lib/clients.js';
import { EnvelopeClient } from '../../lib/envelope-client.js';
import { LightClient } from '../../lib/light-client.js';
import { every, type Loop, NO_ANSWER, within } from '../pace.js';
import { type Role, refusalCode } from '../role.js';
import { SoakStats } from '../stats.js';

const CONNECT_EVERY_MS = 200;
const JOIN_LEAVE_EVERY_MS = 200;
const ROOMS = 10;
/** Users that hold one long-lived connection each: two on Socket.IO, one on /ws. */
const LONG_LIVED = 3;
const ANSWER_MS = 10_000;

/** A request on either transport, as the churn uses them: true when it succeeded. */
type Ask = (what: string, request: () => Promise<unknown>) => Promise<boolean>;

/** A connection of either transport, reduced to what the churn does with it. */
interface Member {
  join(room: string): Promise<unknown>;
  send(room: string): Promise<unknown>;
  leave(room: string): Promise<unknown>;
  close(): void;
}

async function connectMember(
  url: string,
  user: BenchUser,
  transport: 'socketio' | 'raw',
  onClose: (code: number) => void,
): Promise<Member> {
  if (transport === 'socketio') {
    const client = await LightClient.connect('switchboard', url, { socketSecret: user.socketSecret });
    client.onClose = onClose;
    return {
      join: (room) => client.join(room),
      send: (room) => client.publish(room, { text: 'passing through' }),
      leave: (room) => client.request('leave-room', { room }),
      close: () => client.close(),
    };
  }
  const client = await EnvelopeClient.open(url, user.sessionToken);
  client.onClose = onClose;
  return {
    join: (room) => client.request('join', room),
    send: (room) => client.request('chan_in', 'passing through', room),
    leave: (room) => client.request('leave', room),
    close: () => client.close(),
  };
}

export const churn: Role = async ({ url, users }) => {
  const stats = new SoakStats();
  let stopping = false;
  const ask: Ask = async (what, request) => {
    const answer = await within(request(), ANSWER_MS);
    if (answer === NO_ANSWER) {
      stats.unanswered(what);
      return false;
    }
    return stats.answered(answer, what);
  };

  const churners = users.slice(LONG_LIVED);
  let connections = 0;
  const connecting = every(
    CONNECT_EVERY_MS,
    async () => {
      connections += 1;
      const transport = connections % 2 === 0 ? 'socketio' : 'raw';
      const user = churners[connections % churners.length] as BenchUser;
      const room = `soak-churn-${connections % ROOMS}`;
      let closing = false;
      let member: Member;
      try {
        member = await connectMember(url, user, transport, (code) => {
          if (!closing) stats.unexpectedClose(`short-lived ${transport} connection`, code);
        });
      } catch (err) {
        const code = refusalCode(err);
        if (code) stats.refused(code, `${transport} connect`);
        else stats.problem(`${transport} connect: ${err}`);
        return;
      }
      stats.count(`${transport === 'socketio' ? 'Socket.IO' : '/ws'} connections`);
      if (await ask('join', () => member.join(room))) {
        if (connections % 4 < 2) await ask('send', () => member.send(room));
        await ask('leave', () => member.leave(room));
      }
      closing = true;
      member.close();
    },
    (err) => stopping || stats.problem(`churn: ${err}`),
  );

  const longLived: Member[] = [];
  const loops: Loop[] = [connecting];
  for (const [i, user] of users.slice(0, LONG_LIVED).entries()) {
    const transport = i < LONG_LIVED - 1 ? 'socketio' : 'raw';
    const member = await connectMember(url, user, transport, (code) => {
      if (!stopping) stats.unexpectedClose(`long-lived ${transport} connection`, code);
    });
    longLived.push(member);
    const joined = new Set<string>();
    let turn = 0;
    loops.push(
      every(
        JOIN_LEAVE_EVERY_MS,
        async () => {
          const room = `soak-churn-${turn++ % ROOMS}`;
          if (joined.has(room)) {
            joined.delete(room);
            if (await ask('leave', () => member.leave(room))) stats.count('leaves');
          } else if (await ask('join', () => member.join(room))) {
            joined.add(room);
            stats.count('joins');
          }
        },
        (err) => stopping || stats.problem(`join/leave: ${err}`),
        Math.random() * JOIN_LEAVE_EVERY_MS,
      ),
    );
  }

  return {
    stop: async () => {
      await Promise.all(loops.map((loop) => loop.stop()));
      stopping = true;
      for (const member of longLived) member.close();
      return stats.toJSON();
    },
  };
};
