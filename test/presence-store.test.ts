import assert from 'node:assert/strict';
import type { Redis } from 'ioredis';
import { MemoryPresenceStore } from '../src/core/presence/memory-presence-store.js';
import type { PresenceStore, PresentUser, StoredActivity } from '../src/core/presence/presence-store.js';
import { RedisPresenceStore } from '../src/core/presence/redis-presence-store.js';
import { connectRedis, dropPrefix, keysUnder, silentLog, uniquePrefix } from './helpers/presence-redis.js';

const ada = { id: 'c-ada-1', userId: 'u-ada', username: 'ada' };
const ada2 = { id: 'c-ada-2', userId: 'u-ada', username: 'ada' };
const bob = { id: 'c-bob-1', userId: 'u-bob', username: 'bob' };
const cy = { id: 'c-cy-1', userId: 'u-cy', username: 'cy' };

const online = (since: number): StoredActivity => ({ state: 'online', since, automatic: true });
const chosen = (state: StoredActivity['state'], since: number | undefined): StoredActivity => ({
  state,
  since,
  automatic: false,
});
// The memory store hands out its own entries, which carry more than a PresentUser: compare only that.
const byId = (users: PresentUser[]) =>
  users
    .map(({ userId, username, activity }) => ({ userId, username, activity }))
    .sort((a, b) => a.userId.localeCompare(b.userId));

interface Subject {
  store: PresenceStore;
  done(): Promise<void>;
}

const subjects: [string, () => Promise<Subject>][] = [
  ['the memory store', async () => ({ store: new MemoryPresenceStore(), done: async () => {} })],
  [
    'the Redis store',
    async () => {
      const redis: Redis = await connectRedis();
      const prefix = uniquePrefix('presence-store');
      const store = new RedisPresenceStore(redis, { prefix, log: silentLog });
      await store.start(() => {});
      return {
        store,
        done: async () => {
          await store.stop();
          await dropPrefix(redis, prefix);
          redis.disconnect();
        },
      };
    },
  ],
];

for (const [name, make] of subjects) {
  describe(`presence records in ${name}`, () => {
    let subject: Subject;
    let store: PresenceStore;
    beforeEach(async () => {
      subject = await make();
      store = subject.store;
    });
    afterEach(() => subject.done());

    it('makes a user who chose nothing online, automatically, when a connection appears online', async () => {
      assert.deepEqual(await store.addConnection(ada, true, 1000), { before: null, after: online(1000) });
      assert.deepEqual(await store.addConnection(ada2, true, 2000), {
        before: online(1000),
        after: online(1000),
      });
      assert.deepEqual(byId(await store.get(['u-ada'])), [
        { userId: 'u-ada', username: 'ada', activity: online(1000) },
      ]);
    });

    it('keeps a user connected only invisibly without an activity, and out of the visible list', async () => {
      assert.deepEqual(await store.addConnection(ada, false, 1000), { before: null, after: null });
      assert.deepEqual(byId(await store.get(['u-ada'])), [
        { userId: 'u-ada', username: 'ada', activity: null },
      ]);
      assert.deepEqual(await store.visible(), []);
      assert.deepEqual(await store.addConnection(ada2, true, 2000), { before: null, after: online(2000) });
    });

    it('keeps a chosen activity, offline included, when another connection appears online', async () => {
      await store.addConnection(ada, true, 1000);
      await store.setActivity('u-ada', chosen('busy', 1500));
      assert.deepEqual(await store.addConnection(ada2, true, 2000), {
        before: chosen('busy', 1500),
        after: chosen('busy', 1500),
      });
      await store.addConnection(bob, true, 1000);
      await store.setActivity('u-bob', chosen('offline', 1200));
      const bob2 = { ...bob, id: 'c-bob-2' };
      assert.deepEqual(await store.addConnection(bob2, true, 3000), {
        before: chosen('offline', 1200),
        after: chosen('offline', 1200),
      });
      assert.deepEqual(
        (await store.visible()).map((u) => u.userId),
        ['u-ada'],
      );
    });

    it('drops the automatic online with the last connection that appears online', async () => {
      await store.addConnection(ada, false, 1000);
      await store.addConnection(ada2, true, 2000);
      assert.deepEqual(await store.removeConnection(ada2.id, 'u-ada'), {
        before: online(2000),
        after: null,
        remaining: 1,
      });
      assert.deepEqual(byId(await store.get(['u-ada'])), [
        { userId: 'u-ada', username: 'ada', activity: null },
      ]);
      assert.deepEqual(await store.visible(), []);
    });

    it('keeps a chosen activity while any connection is open, and drops the record with the last', async () => {
      await store.addConnection(ada, true, 1000);
      await store.addConnection(ada2, false, 1000);
      await store.setActivity('u-ada', chosen('playing', 1100));
      assert.deepEqual(await store.removeConnection(ada.id, 'u-ada'), {
        before: chosen('playing', 1100),
        after: chosen('playing', 1100),
        remaining: 1,
      });
      assert.deepEqual(await store.removeConnection(ada2.id, 'u-ada'), {
        before: chosen('playing', 1100),
        after: null,
        remaining: 0,
      });
      assert.deepEqual(await store.get(['u-ada']), []);
    });

    it('answers a connection it does not hold with the record unchanged', async () => {
      await store.addConnection(ada, true, 1000);
      assert.deepEqual(await store.removeConnection('c-unknown', 'u-ada'), {
        before: online(1000),
        after: online(1000),
        remaining: 1,
      });
      assert.deepEqual(await store.removeConnection('c-unknown', 'u-nobody'), {
        before: null,
        after: null,
        remaining: 0,
      });
    });

    it('counts a connection added twice once', async () => {
      await store.addConnection(ada, true, 1000);
      assert.deepEqual(await store.addConnection(ada, true, 2000), {
        before: online(1000),
        after: online(1000),
      });
      assert.deepEqual(await store.removeConnection(ada.id, 'u-ada'), {
        before: online(1000),
        after: null,
        remaining: 0,
      });
      assert.deepEqual(await store.get(['u-ada']), []);
    });

    it('sets an activity only for a connected user, keeping its game, status and unknown since', async () => {
      assert.equal(await store.setActivity('u-ada', chosen('busy', 1000)), undefined);
      await store.addConnection(ada, true, 1000);
      const playing: StoredActivity = {
        state: 'playing',
        since: 2000,
        automatic: false,
        game: { id: 'g1', name: 'Chess' },
        status: 'e4',
      };
      assert.deepEqual(await store.setActivity('u-ada', playing), { before: online(1000), after: playing });
      assert.deepEqual((await store.get(['u-ada']))[0]?.activity, playing);
      const hidden = chosen('offline', undefined);
      assert.deepEqual(await store.setActivity('u-ada', hidden), { before: playing, after: hidden });
      assert.deepEqual((await store.get(['u-ada']))[0]?.activity, hidden);
    });

    it('lists as visible exactly the connected users whose activity is set and not offline', async () => {
      await store.addConnection(ada, true, 1000);
      await store.addConnection(bob, false, 1000);
      await store.addConnection(cy, true, 1000);
      await store.setActivity('u-cy', chosen('away', 1500));
      assert.deepEqual(byId(await store.visible()), [
        { userId: 'u-ada', username: 'ada', activity: online(1000) },
        { userId: 'u-cy', username: 'cy', activity: chosen('away', 1500) },
      ]);
      await store.setActivity('u-cy', chosen('offline', 1500));
      await store.setActivity('u-bob', chosen('busy', 1600));
      assert.deepEqual(
        byId(await store.visible()).map((u) => u.userId),
        ['u-ada', 'u-bob'],
      );
    });

    it('gets only the connected users among the ids, under the name of their first connection', async () => {
      await store.addConnection(ada, true, 1000);
      await store.addConnection({ ...ada2, username: 'renamed' }, true, 1000);
      await store.addConnection(bob, false, 1000);
      assert.deepEqual(await store.get([]), []);
      assert.deepEqual(
        byId(await store.get(['u-ada', 'u-nobody', 'u-bob'])).map((u) => [u.userId, u.username]),
        [
          ['u-ada', 'ada'],
          ['u-bob', 'bob'],
        ],
      );
    });
  });
}

describe('presence records in the Redis store, kept tidy', () => {
  it('leaves no key behind once every connection is gone and the node stopped', async () => {
    const redis = await connectRedis();
    const prefix = uniquePrefix('presence-tidy');
    try {
      const store = new RedisPresenceStore(redis, { prefix, log: silentLog });
      await store.start(() => {});
      await store.addConnection(ada, true, 1000);
      await store.addConnection(bob, false, 1000);
      await store.setActivity('u-bob', chosen('busy', 1000));
      await store.removeConnection(ada.id, 'u-ada');
      assert.deepEqual(
        (await store.stop()).map((c) => [c.userId, c.username, c.before?.state, c.after]),
        [['u-bob', 'bob', 'busy', null]],
      );
      assert.deepEqual(await keysUnder(redis, prefix), []);
    } finally {
      await dropPrefix(redis, prefix);
      redis.disconnect();
    }
  });
});
