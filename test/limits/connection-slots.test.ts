import assert from 'node:assert/strict';
import type { Redis } from 'ioredis';
import {
  type ConnectionSlots,
  MemoryConnectionSlots,
  type SlotScope,
} from '../../src/core/limits/connection-slots.js';
import { RedisConnectionSlots } from '../../src/core/limits/redis-connection-slots.js';
import { createLogger } from '../../src/logger.js';
import { dropPrefix } from '../helpers/presence-redis.js';
import { uniquePrefix } from '../helpers/redis-server.js';
import { clusterClient } from './redis.js';

const global = (cap: number): SlotScope => ({ name: 'global', cap });
const user = (id: string, cap: number, replaceOldest = false): SlotScope => ({
  name: `user:${id}`,
  cap,
  replaceOldest,
});
const account = (id: string, cap: number): SlotScope => ({ name: `account:${id}`, cap });

describe('limits: connection slots, the same decisions in memory and in Redis', () => {
  let redis: Redis;
  let other: Redis;
  let prefix: string;
  const nodes: RedisConnectionSlots[] = [];

  before(async () => {
    redis = await clusterClient();
    other = await clusterClient();
  });
  afterEach(async () => {
    for (const node of nodes.splice(0)) await node.close();
    if (prefix) await dropPrefix(redis, prefix);
  });
  after(() => {
    redis.disconnect();
    other.disconnect();
  });

  /** Two nodes: one process's slots twice, or two nodes on their own Redis connections. */
  const kinds: [string, () => Promise<[ConnectionSlots, ConnectionSlots]>][] = [
    [
      'in memory',
      async () => {
        const one = new MemoryConnectionSlots();
        return [one, one];
      },
    ],
    [
      'in Redis, on two nodes',
      async () => {
        prefix = uniquePrefix('slots');
        const log = createLogger({ logLevel: 'silent' });
        const a = new RedisConnectionSlots({ redis, prefix, log, nodeId: 'node-a' });
        const b = new RedisConnectionSlots({ redis: other, prefix, log, nodeId: 'node-b' });
        nodes.push(a, b);
        await Promise.all([a.register(), b.register()]);
        return [a, b];
      },
    ],
  ];

  for (const [kind, pair] of kinds) {
    describe(kind, () => {
      it('caps a scope over every node’s connections', async () => {
        const [a, b] = await pair();
        assert.equal((await a.acquire('a1', [global(3)])).granted, true);
        assert.equal((await a.acquire('a2', [global(3)])).granted, true);
        assert.equal((await b.acquire('b1', [global(3)])).granted, true);
        assert.deepEqual(await b.acquire('b2', [global(3)]), { granted: false, scope: 'global' });
        await a.release('a1');
        assert.deepEqual(await b.acquire('b2', [global(3)]), { granted: true, evicted: [] });
        assert.equal(await a.count('global'), 3);
      });

      it('takes a slot in every scope or in none, and names the scope that refused', async () => {
        const [a, b] = await pair();
        await a.acquire('a1', [user('ann', 5), account('acme', 2)]);
        await b.acquire('b1', [user('bob', 5), account('acme', 2)]);
        assert.deepEqual(await a.acquire('a2', [global(0), user('ann', 5), account('acme', 2)]), {
          granted: false,
          scope: 'account:acme',
        });
        assert.equal(await a.count('global'), 0, 'no slot kept in the scopes before the one that refused');
        assert.equal(await a.count('user:ann'), 1);
      });

      it('counts a connection once in a scope it already holds, and lets it leave one scope', async () => {
        const [a] = await pair();
        await a.acquire('c1', [global(2), { name: 'pending:10.0.0.1', cap: 1 }]);
        assert.deepEqual(await a.acquire('c1', [global(2), user('ann', 1), account('acme', 1)]), {
          granted: true,
          evicted: [],
        });
        assert.equal(await a.count('global'), 1);
        await a.leave('c1', 'pending:10.0.0.1');
        assert.equal(await a.count('pending:10.0.0.1'), 0);
        assert.equal((await a.acquire('c2', [{ name: 'pending:10.0.0.1', cap: 1 }])).granted, true);
        await a.release('c1');
        for (const scope of ['global', 'user:ann', 'account:acme'])
          assert.equal(await a.count(scope), 0, scope);
      });

      it('releases every slot of a connection, from whichever node asks, and ignores a second release', async () => {
        const [a, b] = await pair();
        await a.acquire('a1', [global(0), user('ann', 0), account('acme', 0)]);
        await b.release('a1');
        await a.release('a1');
        for (const scope of ['global', 'user:ann', 'account:acme'])
          assert.equal(await a.count(scope), 0, scope);
      });

      it('makes room for a user’s newcomer by evicting their oldest connection, on whichever node holds it', async () => {
        const [a, b] = await pair();
        const scopes = [global(0), user('ann', 2, true), account('acme', 0)];
        await a.acquire('first', scopes);
        await b.acquire('second', scopes);
        assert.deepEqual(await a.acquire('third', scopes), {
          granted: true,
          evicted: [{ connectionId: 'first', nodeId: a.nodeId }],
        });
        assert.deepEqual(await a.acquire('fourth', scopes), {
          granted: true,
          evicted: [{ connectionId: 'second', nodeId: b.nodeId }],
        });
        assert.equal(await a.count('user:ann'), 2);
        assert.equal(await a.count('account:acme'), 2, 'the evicted left every scope');
        assert.equal(await a.count('global'), 2);
      });

      it('evicts nobody when a later scope refuses the newcomer anyway', async () => {
        const [a, b] = await pair();
        await a.acquire('ann1', [user('ann', 1, true), account('acme', 2)]);
        await b.acquire('bob1', [user('bob', 1, true), account('acme', 2)]);
        // Replacing ann1 would leave acme at its cap: the newcomer must not count ann1 as gone.
        assert.deepEqual(
          await a.acquire('ann2', [user('ann', 1, true), account('other', 0), account('acme', 1)]),
          {
            granted: false,
            scope: 'account:acme',
          },
        );
        assert.equal(await a.count('user:ann'), 1);
        assert.equal(await a.count('account:other'), 0);
        // Within the cap once ann1 is counted gone: granted, ann1 evicted.
        assert.deepEqual(await a.acquire('ann2', [user('ann', 1, true), account('acme', 2)]), {
          granted: true,
          evicted: [{ connectionId: 'ann1', nodeId: a.nodeId }],
        });
      });
    });
  }
});
