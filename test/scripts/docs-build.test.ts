import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { processesMentioning, runScript, until } from './processes.js';

// `make docs` interrupted: a person's Ctrl-C, the dev loop's next spec change (SIGTERM), or a SIGKILL.
// Each build is stopped once its renderer is running (a process named with the staging folder exists),
// so it is stopped in the middle, whatever the machine's speed.
describe('make docs, interrupted', function () {
  this.timeout(180_000);

  let dir: string;
  let docsDir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'switchboard-docs-'));
    docsDir = path.join(dir, 'docs');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const leftovers = () => readdirSync(dir).filter((entry) => entry !== 'docs');
  const build = (...args: string[]) => runScript('scripts/build-docs.ts', args, { DOCS_DIR: docsDir });
  const snapshot = () =>
    ['.spec-hash', 'http/index.html', 'async/index.html'].map((f) => readFileSync(path.join(docsDir, f)));

  /** Starts a build, stops it with `signal` while its renderer runs; returns the staging folder's name. */
  async function interrupt(signal: NodeJS.Signals, ...args: string[]) {
    const script = build(...args);
    const staging = `${docsDir}.tmp-${script.child.pid}`;
    await until('the renderer to run', () => processesMentioning(staging).length > 0);
    script.child.kill(signal);
    const exit = await script.exited;
    // Its renderer goes with it, even after a SIGKILL, so nothing writes into the folder afterwards.
    await until('the renderer to stop', () => processesMentioning(staging).length === 0);
    return { exit, staging, output: script.output() };
  }

  it('leaves nothing behind when stopped with SIGTERM during a first build', async () => {
    const { exit, output } = await interrupt('SIGTERM');
    assert.equal(exit.code, 143, output);
    assert.match(output, /docs build interrupted \(SIGTERM\)/);
    assert.deepEqual(leftovers(), []);
    assert.equal(existsSync(docsDir), false, 'no half-built docs where the server reads them');
  });

  it('after a SIGKILL, the next build removes the abandoned folder and builds everything', async () => {
    const { exit, staging } = await interrupt('SIGKILL');
    assert.equal(exit.signal, 'SIGKILL');
    assert.deepEqual(leftovers(), [path.basename(staging)], 'a killed build cannot clean up');
    assert.equal(existsSync(docsDir), false);

    const next = build();
    assert.equal((await next.exited).code, 0, next.output());
    assert.match(next.output(), /built docs into/, 'the abandoned folder did not count as built docs');
    assert.deepEqual(leftovers(), []);
    assert.deepEqual(readdirSync(docsDir).sort(), ['.spec-hash', 'async', 'http']);
  });

  it('keeps the previous docs whole when a rebuild is interrupted, and a later build finds them up to date', async () => {
    const before = snapshot();
    const stopped = await interrupt('SIGINT', '--force');
    assert.equal(stopped.exit.code, 130, stopped.output);
    assert.deepEqual(leftovers(), []);
    assert.deepEqual(snapshot(), before);

    const killed = await interrupt('SIGKILL', '--force');
    assert.deepEqual(leftovers(), [path.basename(killed.staging)]);
    assert.deepEqual(snapshot(), before);

    const next = build();
    assert.equal((await next.exited).code, 0, next.output());
    assert.match(next.output(), /docs are up to date/);
    assert.deepEqual(leftovers(), [], 'even a build with nothing to do removes abandoned folders');
  });
});
