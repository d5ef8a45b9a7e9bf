import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { stopChild } from '../../scripts/contract/stop-child.js';

// How contract-live stops the server it started: it must not hang on a server that already died.

/** A Node child running `code`, once it has started (it prints `ready`). */
async function child(code: string): Promise<ChildProcess> {
  const started = spawn(process.execPath, ['-e', `${code}; console.log('ready')`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await once(started.stdout, 'data');
  return started;
}

describe('contract-live: stopChild', () => {
  it('returns at once, false, for a child that exited before it was asked to stop', async () => {
    const dead = await child('setTimeout(() => process.exit(3), 10)');
    await once(dead, 'exit');
    const before = Date.now();
    assert.equal(await stopChild(dead, 5000), false);
    assert.ok(Date.now() - before < 1000);
  });

  it('stops a running child with SIGTERM', async () => {
    const running = await child('setInterval(() => {}, 1000)');
    assert.equal(await stopChild(running, 5000), true);
    assert.equal(running.signalCode, 'SIGTERM');
  });

  it('kills a child that ignores SIGTERM after the timeout', async () => {
    const stubborn = await child("process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)");
    assert.equal(await stopChild(stubborn, 300), true);
    assert.equal(stubborn.signalCode, 'SIGKILL');
  });
});
