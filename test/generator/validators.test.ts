import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Findings } from '../../scripts/lib/diagnostics.js';
import { emitValidators } from '../../scripts/lib/emit-validators.js';
import { loadAsyncApi } from '../../scripts/lib/load-specs.js';
import { compareText, type SchemaSet } from '../../scripts/lib/schemas.js';
import { buildSocketModel } from '../../scripts/lib/socket-model.js';
import { StepCache } from '../../scripts/lib/step-cache.js';
import { cacheDir, repo } from './scratch.js';

/** Lines in one text and not in the other, counted with repetition: the size of a diff. */
function changedLines(a: string, b: string): number {
  const count = new Map<string, number>();
  for (const line of a.split('\n')) count.set(line, (count.get(line) ?? 0) + 1);
  for (const line of b.split('\n')) count.set(line, (count.get(line) ?? 0) - 1);
  return [...count.values()].reduce((sum, n) => sum + Math.abs(n), 0);
}

function emit(schemas: SchemaSet): Promise<string> {
  return emitValidators({ dialect: 'draft-07', schemas, exported: [...schemas.keys()].sort(compareText) });
}

describe('generator: validators', () => {
  let schemas: SchemaSet;
  let dir: string;
  before(async () => {
    const spec = path.join(repo, 'spec', 'asyncapi.yaml');
    const { doc, locate } = await loadAsyncApi(spec, await StepCache.open(cacheDir));
    const findings = new Findings(spec, locate);
    schemas = buildSocketModel(doc, findings).schemas;
    assert.deepEqual(findings.list, []);
    dir = mkdtempSync(path.join(tmpdir(), 'switchboard-validators-'));
    // The standalone module requires AJV's runtime, as generated/validators/*.js do.
    symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('names each validator after its schema, so two schemas more change only their own lines', async () => {
    const before = await emit(schemas);
    const after = await emit(
      new Map([...schemas, ['Aardvark', { type: 'string' }], ['Zebra', { type: 'string', maxLength: 3 }]]),
    );
    assert.doesNotMatch(after, /\b(validate|schema|pattern|func|formats)\d+\b/, 'no counter-numbered names');
    assert.match(after, /export const EchoRequest = validate_EchoRequest;/);
    // Each new schema brings its export, its schema constant and its function (a dozen lines or so);
    // with AJV's counters every validator after Aardvark was renumbered (over 600 lines).
    const changed = changedLines(before, after);
    assert.ok(changed < 80, `${changed} lines changed`);

    const file = path.join(dir, 'asyncapi.js');
    writeFileSync(file, after);
    const validators = await import(pathToFileURL(file).href);
    assert.equal(validators.Zebra('abc'), true);
    assert.equal(validators.Zebra('abcd'), false);
    assert.equal(validators.EchoRequest({ data: 'hi' }), true);
    assert.equal(validators.EchoRequest({}), false);
  });
});
