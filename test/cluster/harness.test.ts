import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { type Cluster, startCluster } from '../helpers/cluster.js';
import { requirePostgres } from '../helpers/postgres.js';
import { type PrivateRedis, startPrivateRedis } from '../helpers/redis-server.js';
import { freePort } from '../helpers/server-process.js';

async function health(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}/api/health`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('cluster harness', () => {
  let cluster: Cluster | undefined;

  before(async function () {
    this.timeout(90_000);
    cluster = await startCluster({ size: 3, redis: 'private' });
  });
  after(async function () {
    this.timeout(60_000);
    await cluster?.close();
  });

  it('starts three processes on one schema, each answering its health check on its own port', async () => {
    const c = cluster as Cluster;
    assert.equal(new Set(c.nodes.map((node) => node.port)).size, 3);
    for (const node of c.nodes) {
      const { status, body } = await health(node.url);
      assert.equal(status, 200, c.dump());
      assert.equal(body.status, 'ok');
    }
  });

  it('survives one process SIGKILLed, and brings it back on the same port', async function () {
    this.timeout(60_000);
    const c = cluster as Cluster;
    const { port } = c.nodes[1] as { port: number };
    assert.deepEqual(await c.kill(1), { code: null, signal: 'SIGKILL' });
    await assert.rejects(fetch(`http://127.0.0.1:${port}/api/health`));
    assert.equal((await health(c.url(0))).status, 200);
    assert.equal((await health(c.url(2))).status, 200);

    const again = await c.restart(1);
    assert.equal(again.port, port);
    assert.equal((await health(again.url)).status, 200);
  });

  it('stops a process cleanly with SIGTERM and collects what it logged', async function () {
    this.timeout(60_000);
    const c = cluster as Cluster;
    assert.deepEqual(await c.kill(2, 'SIGTERM'), { code: 0, signal: null });
    assert.ok(
      c.nodes[2]?.logs.some((line) => line.msg === 'stopped'),
      c.dump(),
    );
    await c.restart(2);
    assert.ok(await c.waitForLog(2, (line) => line.msg === 'listening'));
  });

  it('stops and starts its own Redis for fault tests, on the same port', async () => {
    const redis = (cluster as Cluster).redis as PrivateRedis;
    await redis.stop();
    await assert.rejects(reach(redis.port), /ECONNREFUSED/);
    await redis.start();
    await reach(redis.port);
  });

  it('fails saying so when PostgreSQL does not answer', async () => {
    const url = `postgres://postgres@127.0.0.1:${await freePort()}/test`;
    await assert.rejects(
      requirePostgres(url),
      /^Error: PostgreSQL at 127\.0\.0\.1:\d+ does not answer .*the cluster tests need it/,
    );
  });

  it('fails saying so when redis-server is not installed', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await assert.rejects(startPrivateRedis(), /^Error: redis-server is not installed/);
    } finally {
      process.env.PATH = path;
    }
  });
});

/** Resolves once a TCP connection to the port is accepted. */
function reach(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', reject);
  });
}
