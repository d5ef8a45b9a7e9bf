import assert from 'node:assert/strict';
import type { Redis } from 'ioredis';
import type { MatchPresence } from '../generated/types.js';
import type { MatchStore } from '../src/core/matches/match-store.js';
import { MemoryMatchStore } from '../src/core/matches/memory-match-store.js';
import { RedisMatchStore } from '../src/core/matches/redis-match-store.js';
import { connectRedis, dropPrefix, keysUnder, uniquePrefix } from './helpers/presence-redis.js';

const who = (n: number, user = n): MatchPresence => ({
  connectionId: `conn-${n}`,
  userId: `00000000-0000-4000-8000-${String(user).padStart(12, '0')}`,
  username: `user${user}`,
});
const M = '3f2b8c1e-9a4d-4e7b-8c21-5d6f7a8b9c0d';
const N = '4f2b8c1e-9a4d-4e7b-8c21-5d6f7a8b9c0d';
const sorted = async (ids: Promise<string[]>) => (await ids).sort();

/** The same behaviour from both stores: the in-memory one and the one every process of a cluster shares. */
function behaves(name: string, make: () => Promise<MatchStore>, leftover?: () => Promise<string[]>) {
  describe(`${name} match store`, () => {
    let store: MatchStore;
    beforeEach(async () => {
      store = await make();
    });

    it('knows the matches of a connection (what a dead process’s connections leave), until it leaves them', async () => {
      assert.deepEqual(await store.matchesOf('conn-1'), []);
      await store.create(M, 3, who(1), 2);
      await store.create(N, 3, who(2), 2);
      await store.join(N, who(1), 2);
      assert.deepEqual(await sorted(store.matchesOf('conn-1')), [M, N]);
      // Joining again changes nothing; refusals add nothing.
      assert.equal(((await store.join(N, who(1), 2)) as { joined: boolean }).joined, false);
      assert.deepEqual(await store.join(M, who(3, 1), 2), { refused: 'user-limit' });
      assert.deepEqual(await store.matchesOf('conn-3'), []);
      assert.deepEqual(await store.leave(M, who(1)), { ended: true });
      assert.deepEqual(await store.matchesOf('conn-1'), [N]);
      assert.deepEqual(await store.leave(M, who(1)), { refused: 'not-found' });
      assert.deepEqual(await store.leave(N, who(1)), { ended: false });
      assert.deepEqual(await store.matchesOf('conn-1'), []);
      assert.deepEqual(await store.matchesOf('conn-2'), [N]);
      // The user's memberships were given back with the leaves.
      assert.equal(((await store.join(N, who(3, 1), 2)) as { joined: boolean }).joined, true);
      await store.leave(N, who(3, 1));
      assert.deepEqual(await store.leave(N, who(2)), { ended: true });
      assert.deepEqual(await store.matchesOf('conn-2'), []);
      assert.deepEqual(await leftover?.(), leftover && [], 'nothing is left once every match ended');
    });
  });
}

describe('match stores', () => {
  behaves('in-memory', async () => new MemoryMatchStore());

  let redis: Redis | undefined;
  let prefix = '';
  behaves(
    'Redis',
    async () => {
      redis ??= await connectRedis();
      if (prefix) await dropPrefix(redis, prefix);
      prefix = uniquePrefix('match');
      return new RedisMatchStore(redis, prefix);
    },
    () => keysUnder(redis as Redis, prefix),
  );

  after(async () => {
    if (redis) {
      await dropPrefix(redis, prefix);
      redis.disconnect();
    }
  });
});
