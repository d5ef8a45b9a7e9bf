import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { StepCache } from '../../scripts/lib/step-cache.js';

describe('generator: the step cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'switchboard-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('computes a step once per input, and again for another input', async () => {
    const cache = await StepCache.open(dir);
    let runs = 0;
    const step = (input: string) =>
      cache.get('double', input, async () => {
        runs += 1;
        return { doubled: input + input };
      });
    assert.deepEqual(await step('ab'), { doubled: 'abab' });
    assert.deepEqual(await step('ab'), { doubled: 'abab' });
    assert.equal(runs, 1);
    assert.deepEqual(await step('cd'), { doubled: 'cdcd' });
    assert.equal(runs, 2);
    // A new process reads what this one stored.
    assert.deepEqual(
      await (await StepCache.open(dir)).get('double', 'ab', async () => assert.fail('recomputed')),
      {
        doubled: 'abab',
      },
    );
  });

  it('computes every time without a folder', async () => {
    const cache = await StepCache.open(undefined);
    let runs = 0;
    for (let i = 0; i < 2; i++) await cache.get('step', 'same', async () => ++runs);
    assert.equal(runs, 2);
  });

  it('keeps generated code as a module and imports it, or uses the fallback without a folder', async () => {
    const code = async () => 'export const answer = 42;\n';
    const stored = await (await StepCache.open(dir)).module<{ answer: number }>(
      'code',
      'v1',
      code,
      async () => assert.fail('the fallback is for no cache'),
    );
    assert.equal(stored.answer, 42);
    assert.equal(readdirSync(dir).filter((f) => f.endsWith('.mjs')).length, 1);
    const direct = await (await StepCache.open(undefined)).module('code', 'v1', code, async () => ({
      answer: 7,
    }));
    assert.equal(direct.answer, 7);
  });
});
