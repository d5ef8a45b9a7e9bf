import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { parseCommandLine } from '../../scripts/lib/args.js';
import { repo } from './processes.js';

/** Every script a person or the Makefile runs, and how it is run. */
const SCRIPTS: ReadonlyArray<[string, string[]]> = [
  ['src/main.ts', ['--import', 'tsx']],
  ['scripts/generate.ts', ['--import', 'tsx']],
  ['scripts/build-docs.ts', ['--import', 'tsx']],
  ['scripts/dev.ts', ['--import', 'tsx']],
  ['scripts/mock/main.ts', ['--import', 'tsx']],
  ['scripts/cluster.ts', ['--import', 'tsx']],
  ['scripts/contract/breaking.ts', ['--import', 'tsx']],
  ['scripts/contract/lint.ts', ['--import', 'tsx']],
  ['scripts/contract/live.ts', ['--import', 'tsx']],
  ['scripts/conformance/bin.js', []],
  ['bench/run.ts', ['--import', 'tsx']],
  ['bench/soak.ts', ['--import', 'tsx']],
  ['bench/attacks/run.ts', ['--import', 'tsx']],
];

function run(nodeArgs: string[], file: string, arg: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [...nodeArgs, file, arg], { cwd: repo }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

// A flag nobody knows is refused before anything runs (a typo must not start a benchmark or regenerate
// when a check was meant), and --help answers without running anything either.
describe('scripts: their command lines', function () {
  this.timeout(60_000);

  for (const [file, nodeArgs] of SCRIPTS) {
    it(`${file} answers --help and refuses --bogus`, async () => {
      const [help, bogus] = await Promise.all([
        run(nodeArgs, file, '--help'),
        run(nodeArgs, file, '--bogus'),
      ]);
      assert.equal(help.code, 0, help.stderr);
      assert.match(help.stdout, /^Usage: /);
      assert.match(help.stdout, /-h, --help/);
      assert.equal(bogus.code, 2, bogus.stderr);
      assert.match(bogus.stderr, /^unknown option '--bogus'\n\nUsage: /);
      assert.equal(bogus.stdout, '', 'nothing ran');
    });
  }

  it('names what is wrong: a missing value, a stray argument, a value given to a switch', () => {
    const command = {
      usage: 'Usage: x',
      options: { base: { type: 'string' }, json: { type: 'boolean' } },
    } as const;
    const refused = (argv: string[]) => {
      const outcome = parseCommandLine(command, argv);
      assert.ok(!outcome.run && outcome.code === 2);
      return outcome.stderr?.split('\n')[0];
    };
    assert.match(refused(['--base']) ?? '', /--base <value>' argument missing/);
    assert.equal(refused(['stray']), "unexpected argument 'stray'");
    assert.match(refused(['--json=yes']) ?? '', /--json' does not take an argument/);
    const parsed = parseCommandLine(command, ['--base=main', '--json']);
    assert.ok(parsed.run);
    assert.deepEqual({ ...parsed.values }, { base: 'main', json: true });
  });
});
