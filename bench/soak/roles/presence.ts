// Presence changes: users who set a new activity every few seconds (under ACTIVITY_RATE_LIMIT), on
// connections that also hear everyone's changes (SERVER_ACTIVITIES_BROADCAST=all, the default).
import type { SetActivityRequest } from '../../../generated/types.js';
import { LightClient } from '../../lib/light-client.js';
import { every, type Loop, NO_ANSWER, within } from '../pace.js';
import type { Role } from '../role.js';
import { SoakStats } from '../stats.js';

/** Every three seconds is 20 a minute, under the default ACTIVITY_RATE_LIMIT of 30. */
const CHANGE_EVERY_MS = 3000;
const ANSWER_MS = 10_000;

const ACTIVITIES: SetActivityRequest[] = [
  { state: 'busy', status: 'in a meeting' },
  { state: 'playing', game: { id: 'mindustry', name: 'Mindustry' } },
  { state: 'away' },
  { state: 'offline' },
  { state: 'online' },
];

export const presence: Role = async ({ url, users }) => {
  const stats = new SoakStats();
  let stopping = false;
  const loops: Loop[] = [];
  const clients: LightClient[] = [];
  for (const user of users) {
    const client = await LightClient.connect('switchboard', url, { socketSecret: user.socketSecret });
    client.onEvent = (text) => {
      if (text.startsWith('42["activity"')) stats.count('activity events');
    };
    client.onClose = (code) => {
      if (!stopping) stats.unexpectedClose('presence client', code);
    };
    clients.push(client);
    let next = 0;
    loops.push(
      every(
        CHANGE_EVERY_MS,
        async () => {
          const activity = ACTIVITIES[next++ % ACTIVITIES.length] as SetActivityRequest;
          const answer = await within(client.request('set-activity', { ...activity }), ANSWER_MS);
          if (answer === NO_ANSWER) stats.unanswered('set-activity');
          else if (stats.answered(answer, 'set-activity')) stats.count('activity changes');
        },
        (err) => stopping || stats.problem(`set-activity: ${err}`),
        Math.random() * CHANGE_EVERY_MS,
      ),
    );
  }
  return {
    stop: async () => {
      await Promise.all(loops.map((loop) => loop.stop()));
      stopping = true;
      for (const client of clients) client.close();
      return stats.toJSON();
    },
  };
};
