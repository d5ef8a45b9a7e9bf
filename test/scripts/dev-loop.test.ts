import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../helpers/server-process.js';
import { processesIn, repo, runScript, type Script, until } from './processes.js';

/** What the dev loop runs and watches, copied, so that the test edits a scratch checkout, never this one. */
function scratchCheckout(): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'switchboard-dev-')));
  for (const entry of ['src', 'spec', 'templates', 'generated', 'clients', 'scripts', 'demo'])
    cpSync(path.join(repo, entry), path.join(root, entry), { recursive: true });
  for (const file of ['redocly.yaml', 'package.json', 'tsconfig.json'])
    cpSync(path.join(repo, file), path.join(root, file));
  symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'));
  return root;
}

// `make dev` as a person uses it: edit, save, look. The server's own output tells which code runs: each
// edit of src/main.ts adds a line it prints once started.
describe('make dev', function () {
  this.timeout(180_000);

  let root: string;
  let port: number;
  let dev: Script;
  let mainSource: string;
  const main = () => path.join(root, 'src', 'main.ts');
  const presence = () => path.join(root, 'spec', 'realtime', 'presence.yaml');
  const startDev = () =>
    runScript('scripts/dev.ts', ['--root', root, '--no-docs'], {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: path.join(root, 'data'),
    });
  const answers = async () => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/api/health/live`)).status === 200;
    } catch {
      return false;
    }
  };
  /** What the loop printed since `mark` (an earlier length of its output). */
  const since = (mark: number) => dev.output().slice(mark);
  const printed = (mark: number, text: string) => () => since(mark).includes(text);

  before(async () => {
    root = scratchCheckout();
    port = await freePort();
    mainSource = readFileSync(main(), 'utf8');
    dev = startDev();
  });
  after(async () => {
    if (dev.child.exitCode === null && dev.child.signalCode === null) {
      dev.child.kill('SIGKILL');
      await until('the dev loop to stop', () => processesIn(root).length === 0);
    }
    rmSync(root, { recursive: true, force: true });
  });

  it('generates and starts the server', async () => {
    await until('the server to answer', answers);
    assert.match(dev.output(), /\[dev\] watching src\/, spec\/ and templates\//);
    assert.match(dev.output(), /generated \d+ files/);
  });

  it('restarts the server when a file under src/ changes, the old one stopped first', async () => {
    const mark = dev.output().length;
    writeFileSync(main(), `${mainSource}console.log('running edit 1');\n`);
    await until('the edited server to start', printed(mark, 'running edit 1'));
    await until('the server to answer', answers);
    assert.match(since(mark), /\[dev\] src\/main\.ts changed/);
    assert.match(since(mark), /shutting down[\s\S]*\bstopped\b[\s\S]*running edit 1/);
    assert.doesNotMatch(since(mark), /the server exited/);
    assert.doesNotMatch(since(mark), /EADDRINUSE/);
  });

  it('keeps watching after the server crashes on start, and starts it at the next change', async () => {
    let mark = dev.output().length;
    writeFileSync(main(), `throw new Error('broken edit');\n${mainSource}`);
    await until('the crash to be reported', printed(mark, 'the server exited (1): waiting for a change'));
    assert.match(since(mark), /broken edit/);
    assert.equal(await answers(), false);

    mark = dev.output().length;
    writeFileSync(main(), `${mainSource}console.log('running edit 2');\n`);
    await until('the fixed server to start', printed(mark, 'running edit 2'));
    await until('the server to answer', answers);
  });

  it('prints the generator’s error for a bad spec edit and keeps the running server until it is fixed', async () => {
    const spec = readFileSync(presence(), 'utf8');
    let mark = dev.output().length;
    writeFileSync(presence(), spec.replace('action: receive', 'action: recieve'));
    await until('the generator to fail', printed(mark, 'generation failed (above)'));
    assert.match(since(mark), /spec\/realtime\/presence\.yaml:\d+:\d+ error .*Did you mean receive\?/);
    assert.equal(await answers(), true, 'the previous server still runs');
    assert.doesNotMatch(since(mark), /shutting down/);

    mark = dev.output().length;
    writeFileSync(presence(), spec);
    await until('the spec to be generated again', printed(mark, 'generated '));
    await until('the server to restart', printed(mark, 'running edit 2'));
    await until('the server to answer', answers);
    assert.match(since(mark), /generated \d+ files \(0 changed\)[\s\S]*\bstopped\b[\s\S]*running edit 2/);
  });

  it('stops the server and itself on Ctrl-C, leaving no process behind', async () => {
    dev.child.kill('SIGINT');
    const exit = await dev.exited;
    assert.equal(exit.code, 0, dev.output());
    assert.match(dev.output(), /\[dev\] SIGINT: stopping/);
    assert.equal(await answers(), false);
    assert.deepEqual(processesIn(root), []);
  });

  it('takes its server with it when it is killed outright', async () => {
    dev = startDev();
    await until('the server to answer', answers);
    dev.child.kill('SIGKILL');
    await dev.exited;
    await until('the orphaned server to stop', () => processesIn(root).length === 0);
    assert.equal(await answers(), false);
  });
});
