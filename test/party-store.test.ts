import assert from 'node:assert/strict';
import type { Redis } from 'ioredis';
import type { PartyPresence } from '../generated/types.js';
import { MemoryPartyStore } from '../src/core/parties/memory-party-store.js';
import { type PartyRefusal, PartyRefused, type PartyStore } from '../src/core/parties/party-store.js';
import { RedisPartyStore } from '../src/core/parties/redis-party-store.js';
import { connectRedis, dropPrefix, keysUnder, uniquePrefix } from './helpers/presence-redis.js';

const who = (n: number, user = n): PartyPresence => ({
  connectionId: `conn-${n}`,
  userId: `00000000-0000-4000-8000-${String(user).padStart(12, '0')}`,
  username: `user${user}`,
});
const limits = { maxPerUser: 2, maxRequests: 2 };
const P = '3f2b8c1e-9a4d-4e7b-8c21-5d6f7a8b9c0d';

async function refusal(operation: Promise<unknown>): Promise<PartyRefusal> {
  try {
    await operation;
  } catch (err) {
    if (err instanceof PartyRefused) return err.reason;
    throw err;
  }
  assert.fail('the operation was not refused');
}

/** The same behaviour from both stores: the in-memory one and the one every process of a cluster shares. */
function behaves(name: string, make: () => Promise<PartyStore>, leftover?: () => Promise<string[]>) {
  describe(`${name} party store`, () => {
    let store: PartyStore;
    beforeEach(async () => {
      store = await make();
    });

    it('keeps members in join order and passes the lead to the longest-standing', async () => {
      const created = await store.create({ partyId: P, open: true, maxSize: 3 }, who(1), limits);
      assert.deepEqual(created, { partyId: P, open: true, maxSize: 3, leader: who(1), members: [who(1)] });
      assert.deepEqual(await store.join(P, who(2), limits), {
        joined: true,
        party: { ...created, members: [who(1), who(2)] },
      });
      await store.join(P, who(3), limits);
      assert.equal(await refusal(store.join(P, who(4), limits)), 'full');
      assert.equal(await refusal(store.join(P, who(2), limits)), 'already-member');
      const left = await store.leave(P, 'conn-1');
      assert.deepEqual(left.newLeader, who(2));
      assert.deepEqual(left.party?.members, [who(2), who(3)]);
      assert.deepEqual(await store.partiesOf('conn-1'), []);
      assert.deepEqual(await store.partiesOf('conn-2'), [P]);
      assert.equal((await store.leave(P, 'conn-3')).newLeader, undefined);
      const last = await store.leave(P, 'conn-2');
      assert.deepEqual([last.wasMember, last.party], [true, undefined]);
      assert.equal(await refusal(store.member(P, 'conn-2')), 'no-party');
    });

    it('files, lists, accepts and rejects requests to a closed party, leader only', async () => {
      await store.create({ partyId: P, open: false, maxSize: 2 }, who(1), limits);
      assert.deepEqual(await store.join(P, who(2), limits), { joined: false, leader: who(1) });
      await store.join(P, who(3), limits);
      assert.equal(await refusal(store.join(P, who(4), limits)), 'request-limit');
      assert.equal(await refusal(store.join(P, who(2), limits)), 'already-requested');
      assert.deepEqual(await store.requests(P, 'conn-1'), [who(2), who(3)]);
      assert.equal(await refusal(store.requests(P, 'conn-2')), 'not-member');
      assert.equal(await refusal(store.accept(P, 'conn-1', 'conn-9')), 'no-request');
      const { party, accepted } = await store.accept(P, 'conn-1', 'conn-2');
      assert.deepEqual([party.members, accepted], [[who(1), who(2)], who(2)]);
      assert.equal(await refusal(store.accept(P, 'conn-1', 'conn-3')), 'full');
      assert.equal(await refusal(store.accept(P, 'conn-2', 'conn-3')), 'not-leader');
      assert.deepEqual(await store.reject(P, 'conn-1', 'conn-3'), who(3));
      assert.deepEqual(await store.partiesOf('conn-3'), []);
      assert.deepEqual(await store.requests(P, 'conn-1'), []);
    });

    it('promotes, removes (never the leader itself) and closes, giving back what each user held', async () => {
      const few = { maxPerUser: 1, maxRequests: 4 };
      await store.create({ partyId: P, open: false, maxSize: 4 }, who(1), few);
      await store.join(P, who(2), few);
      await store.accept(P, 'conn-1', 'conn-2');
      await store.join(P, who(3), few);
      // User 2 holds one party: a second connection of theirs may not join another.
      const other = '4f2b8c1e-9a4d-4e7b-8c21-5d6f7a8b9c0d';
      await store.create({ partyId: other, open: true, maxSize: 4 }, who(5), few);
      assert.equal(await refusal(store.join(other, who(6, 2), few)), 'user-limit');
      assert.equal(await refusal(store.remove(P, 'conn-1', 'conn-1')), 'self');
      assert.equal(await refusal(store.promote(P, 'conn-1', 'conn-3')), 'target-not-member');
      assert.deepEqual((await store.promote(P, 'conn-1', 'conn-2')).leader, who(2));
      assert.deepEqual((await store.remove(P, 'conn-2', 'conn-1')).removed, who(1));
      assert.deepEqual(await store.close(P, 'conn-2'), { members: [who(2)], waiting: [who(3)] });
      assert.equal(await refusal(store.close(P, 'conn-2')), 'no-party');
      await store.join(other, who(6, 2), few);
      await store.leave(other, 'conn-6');
      await store.leave(other, 'conn-5');
      assert.deepEqual(await leftover?.(), leftover && [], 'nothing is left once every party ended');
    });
  });
}

describe('party stores', () => {
  behaves('in-memory', async () => new MemoryPartyStore());

  let redis: Redis | undefined;
  let prefix = '';
  behaves(
    'Redis',
    async () => {
      redis ??= await connectRedis();
      if (prefix) await dropPrefix(redis, prefix);
      prefix = uniquePrefix('party');
      return new RedisPartyStore(redis, prefix);
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
