import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runGenerate } from '../../scripts/lib/cli.js';
import { generate } from '../../scripts/lib/generate.js';
import { cacheDir, edit, repo, scratchProject } from './scratch.js';

/** Runs the command in this process on a scratch project, keeping what it prints. */
async function run(root: string, ...args: string[]) {
  const out = { log: [] as string[], warn: [] as string[], error: [] as string[] };
  const code = await runGenerate([...args, `--root=${root}`], repo, {
    log: (l) => out.log.push(l),
    warn: (l) => out.warn.push(l),
    error: (l) => out.error.push(l),
  });
  return { code, ...out };
}

// `make generate` and `make check` as their user sees them: files written, what is printed, the exit code.
describe('generator: the command', () => {
  let project: ReturnType<typeof scratchProject>;
  beforeEach(() => {
    project = scratchProject();
  });
  afterEach(() => project.remove());

  const connection = () => path.join(project.specDir, 'realtime', 'connection.yaml');

  it('reports a stale generated/ in check mode and exits 1, writing nothing', async () => {
    edit(connection(), (s) => s.replace('maxLength: 4096', 'maxLength: 2048'));
    const validators = path.join(project.generatedDir, 'validators', 'asyncapi.js');
    const before = readFileSync(validators, 'utf8');
    const result = await run(project.root, '--check');
    assert.equal(result.code, 1);
    assert.match(
      result.error.join('\n'),
      /generated code is stale[\s\S]*generated\/validators\/asyncapi\.js/,
    );
    assert.equal(readFileSync(validators, 'utf8'), before);
  });

  it('prints each spec error as file:line:column and exits 1', async () => {
    edit(project.openapi, (s) =>
      s.replace('      operationId: getMe\n', '      operationId: getMe\n      requestBody: 12\n'),
    );
    const result = await run(project.root);
    assert.equal(result.code, 1);
    assert.ok(
      result.error.some((l) => /^spec\/openapi\.yaml:\d+:\d+ error .*requestBody/.test(l)),
      result.error.join('\n'),
    );
  });

  it('warns about a handler whose operation left the spec, and the check fails on it', async () => {
    edit(project.asyncapi, (s) =>
      s.replace('  echo:\n    $ref: realtime/connection.yaml#/operations/echo\n', ''),
    );
    const generated = await run(project.root);
    assert.equal(generated.code, 0);
    assert.ok(
      generated.warn.some((l) =>
        /^src\/handlers\/socket\/echo\.ts:\d+:1 warning echo handles an operation that is no longer in spec\/asyncapi\.yaml/.test(
          l,
        ),
      ),
      generated.warn.join('\n'),
    );
    const checked = await run(project.root, '--check');
    assert.equal(checked.code, 1);
    assert.match(checked.error.join('\n'), /operation left the spec[\s\S]*src\/handlers\/socket\/echo\.ts/);
    // A helper beside the handlers is not one.
    assert.ok(!checked.error.join('\n').includes('channels.ts'));
  });

  it('never overwrites a handler that exists, and a second run changes nothing', async () => {
    const handler = path.join(project.handlersDir, 'socket', 'echo.ts');
    writeFileSync(handler, `${readFileSync(handler, 'utf8')}// implemented by hand\n`);
    edit(connection(), (s) => s.replace('maxLength: 4096', 'maxLength: 2048'));
    const first = await run(project.root);
    assert.equal(first.code, 0);
    assert.ok(first.log.includes('  wrote generated/validators/asyncapi.js'), first.log.join('\n'));
    assert.match(readFileSync(handler, 'utf8'), /implemented by hand/);
    const again = await generate(project, { check: false, cacheDir });
    assert.deepEqual(again.changed, []);
  });
});
