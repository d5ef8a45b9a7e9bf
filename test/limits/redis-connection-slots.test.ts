import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Redis } from 'ioredis';
import type { SlotScope } from '../../src/core/limits/connection-slots.js';
import {
  RedisConnectionSlots,
  type RedisConnectionSlotsOptions,
} from '../../src/core/limits/redis-connection-slots.js';
import { createLogger } from '../../src/logger.js';
import { dropPrefix, keysUnder } from '../helpers/presence-redis.js';
import { SHARED_REDIS_URL, uniquePrefix } from '../helpers/redis-server.js';
import { clusterClient } from './redis.js';

const HOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'slots-holder.ts');
const quiet = createLogger({ logLevel: 'silent' });

describe('limits: connection slots in Redis, across nodes', () => {
  let redis: Redis;
  let other: Redis;
  let prefix: string;
  let clock: number;
  const nodes: RedisConnectionSlots[] = [];

  before(async () => {
    redis = await clusterClient();
    other = await clusterClient();
  });
  beforeEach(() => {
    prefix = uniquePrefix('slots');
    clock = 1_000_000;
  });
  afterEach(async () => {
    for (const node of nodes.splice(0)) await node.close();
    await dropPrefix(redis, prefix);
  });
  after(() => {
    redis.disconnect();
    other.disconnect();
  });

  /** A node on its own Redis connection, on the test's clock, heartbeating when the test says. */
  async function node(options: Partial<RedisConnectionSlotsOptions> = {}): Promise<RedisConnectionSlots> {
    const slots = new RedisConnectionSlots({
      redis: nodes.length % 2 === 0 ? redis : other,
      prefix,
      nodeId: `node-${nodes.length}`,
      log: quiet,
      now: () => clock,
      ...options,
    });
    await slots.register();
    nodes.push(slots);
    return slots;
  }

  const global = (cap: number): SlotScope => ({ name: 'global', cap });
  const user = (id: string, cap: number, replaceOldest = false): SlotScope => ({
    name: `user:${id}`,
    cap,
    replaceOldest,
  });
  const account = (id: string, cap: number): SlotScope => ({ name: `account:${id}`, cap });

  it('leaves no key behind for connections that are gone', async () => {
    const [a, b] = [await node(), await node()];
    await a.acquire('a1', [global(0), user('ann', 1, true), account('acme', 0)]);
    await b.acquire('b1', [global(0), user('ann', 1, true), account('acme', 0)]);
    await b.release('b1');
    assert.deepEqual(await keysUnder(redis, prefix), [`${prefix}nodes`, `${prefix}seq`]);
  });

  it('gives the last slots to exactly as many concurrent connections as there are', async () => {
    const [a, b] = [await node(), await node()];
    const grants = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? a : b).acquire(`c${i}`, [global(5)])),
    );
    assert.equal(grants.filter((g) => g.granted).length, 5);
    assert.equal(await a.count('global'), 5);
  });

  it('releases a silent node’s slots once, however many nodes sweep', async () => {
    const silent = await node();
    const [b, c] = [await node(), await node()];
    for (let i = 0; i < 7; i++) await silent.acquire(`s${i}`, [global(0), user('ann', 0)]);
    await b.acquire('b1', [global(0)]);
    clock += 19_000;
    await Promise.all([b.heartbeat(), c.heartbeat()]);
    assert.equal(await b.sweep(), 0, 'not dead yet');
    clock += 2000;
    const released = await Promise.all([b.sweep(), c.sweep(), b.sweep()]);
    assert.deepEqual(released.sort(), [0, 0, 7]);
    assert.equal(await b.count('global'), 1);
    assert.equal(await b.count('user:ann'), 0);
  });

  it('lets a node the cluster forgot rejoin, its oldest connections first, and names those that no longer fit', async () => {
    const lost: string[][] = [];
    const paused = await node({ onLost: (ids) => lost.push(ids) });
    const b = await node();
    for (let i = 0; i < 7; i++) await paused.acquire(`p${i}`, [global(8), user('ann', 0)]);
    await b.acquire('b1', [global(8)]);
    clock += 21_000;
    await b.heartbeat();
    assert.equal(await b.sweep(), 7);
    await b.acquire('b2', [global(8)]);
    await b.acquire('b3', [global(8)]);
    await paused.heartbeat();
    assert.deepEqual(lost, [['p5', 'p6']]);
    assert.equal(await b.count('global'), 8);
    assert.equal(await b.count('user:ann'), 5);
    await paused.release('p0');
    assert.equal(await b.count('user:ann'), 4, 'a retaken slot is released as any other');
  });

  it('does not take again, on rejoining, the slot of a connection closed while it was being acquired', async () => {
    const paused = await node();
    const b = await node();
    const acquired = paused.acquire('closing', [global(0)]);
    await paused.release('closing');
    assert.equal((await acquired).granted, true);
    await paused.acquire('open', [global(0)]);
    assert.equal(await b.count('global'), 1);
    clock += 21_000;
    await b.heartbeat();
    assert.equal(await b.sweep(), 1);
    await paused.heartbeat();
    assert.equal(await b.count('global'), 1, 'only the open connection took its slot again');
  });

  it('releases a node’s slots in batches when it leaves cleanly', async () => {
    const a = await node({ sweepBatch: 3 });
    for (let i = 0; i < 8; i++) await a.acquire(`a${i}`, [global(0), user(`u${i}`, 1)]);
    nodes.splice(nodes.indexOf(a), 1);
    await a.close();
    assert.equal(await redis.zcard(`${prefix}scope:global`), 0);
    assert.deepEqual(await keysUnder(redis, prefix), [`${prefix}seq`]);
  });

  it('releases the slots of a SIGKILLed node once it has been silent past its deadline', async function () {
    this.timeout(15_000);
    const lines: string[] = [];
    let onLine = () => {};
    const log = createLogger(
      { logLevel: 'info' },
      {
        write: (line: string) => {
          lines.push(line);
          onLine();
        },
      },
    );
    const watcher = await node({ log, now: undefined, heartbeatMs: 100, deadAfterMs: 400 });
    await watcher.start();
    const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, SHARED_REDIS_URL, prefix, '5', '100'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const holder = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
      child.stdout.on('data', (chunk: Buffer) => {
        const match = /holding as (\S+)/.exec(chunk.toString());
        if (match) resolve(match[1] as string);
      });
    });
    child.removeAllListeners('exit');
    assert.equal(await watcher.count('user:held'), 5);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    await new Promise<void>((resolve) => {
      onLine = () => {
        if (
          lines.some((l) => l.includes('released the connection slots of a dead node') && l.includes(holder))
        ) {
          resolve();
        }
      };
      onLine();
    });
    assert.equal(await watcher.count('user:held'), 0);
    assert.equal(await watcher.count('global'), 0);
  });
});
