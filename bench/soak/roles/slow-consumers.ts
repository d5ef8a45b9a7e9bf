// Slow consumers: every so often a Socket.IO client stops reading while it keeps asking for a page of
// room history (about 400 KB each). The server must cut it off once more than MAX_BUFFERED_BYTES waits
// for it, instead of holding ever more memory for it.
import { WireClient } from '../../../test/helpers/wire.js';
import { LightClient } from '../../lib/light-client.js';
import { now } from '../../lib/stats.js';
import { every, NO_ANSWER, within } from '../pace.js';
import type { Role } from '../role.js';
import { SoakStats } from '../stats.js';

const ROOM = 'soak-big';
/** A body of about 4 KB, under MAX_MESSAGE_BYTES: a page of 100 is about 400 KB. */
const BIG_BODY = { text: 'x'.repeat(4000) };
const START_EVERY_MS = 15_000;
/** A consumer not cut off this long after it stopped reading is reported. */
const CUT_OFF_WITHIN_MS = 30_000;

/** Fills the room with a hundred big messages, so that one history page is about 400 KB. */
async function fillRoom(url: string, socketSecret: string, stats: SoakStats): Promise<void> {
  const filler = await LightClient.connect('switchboard', url, { socketSecret });
  stats.answered(await filler.join(ROOM), 'join-room');
  for (let i = 0; i < 100; i++) stats.answered(await filler.publish(ROOM, BIG_BODY), 'send-message');
  filler.close();
}

export const slowConsumers: Role = async ({ url, users }) => {
  const stats = new SoakStats();
  const [filler, consumer] = users;
  if (!filler || !consumer) throw new Error('slow consumers need two users');
  await fillRoom(url, filler.socketSecret, stats);
  const loop = every(
    START_EVERY_MS,
    async () => {
      const client = await WireClient.connect(url, { socketSecret: consumer.socketSecret });
      client.stopReading();
      stats.count('slow consumers');
      const started = now();
      let asked = 0;
      const flood = setInterval(() => {
        for (let i = 0; i < 10 && client.isOpen; i++)
          client.send(`42${++asked}["room-history",{"room":"${ROOM}","limit":100}]`);
      }, 5);
      const cut = await within(client.closed, CUT_OFF_WITHIN_MS);
      clearInterval(flood);
      if (cut !== NO_ANSWER) {
        stats.count('slow consumers cut off');
        stats.count('milliseconds to cut-off', now() - started);
      } else {
        stats.problem(`a slow consumer was not cut off within ${CUT_OFF_WITHIN_MS / 1000} s`);
        client.close();
      }
    },
    (err) => stats.problem(`slow consumer: ${err}`),
    START_EVERY_MS / 3,
  );
  return {
    stop: async () => {
      await loop.stop();
      return stats.toJSON();
    },
  };
};
