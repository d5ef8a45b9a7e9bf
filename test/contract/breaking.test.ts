import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Change } from '../../scripts/contract/diff/change.js';
import { compareSpecs } from '../../scripts/contract/diff/gate.js';
import { formatHuman, formatJson } from '../../scripts/contract/diff/report.js';
import { loadSpecDocuments, type SpecDocuments } from '../../scripts/contract/load.js';
import { EDITS, type Naming, verdictOf } from './edits.js';

const run = promisify(execFile);
const repo = path.resolve('.');
const redocly = path.join(repo, 'redocly.yaml');

function matches(change: Change, naming: Naming): boolean {
  return (
    change.subject.includes(naming.subject) &&
    change.message.includes(naming.message) &&
    (naming.field === undefined || change.field === naming.field) &&
    (naming.pointer === undefined || change.pointer === naming.pointer)
  );
}

function show(changes: Change[]): string {
  return changes
    .map((c) => `  ${c.severity} ${c.subject} [${c.field}] ${c.pointer}: ${c.message}`)
    .join('\n');
}

/** The spec's own AsyncAPI version, which each feature's minor raise moves on. */
const asyncApiVersion = (docs: SpecDocuments) =>
  (docs.asyncapi as { info?: { version?: string } }).info?.version ?? '';

describe('breaking-change gate', () => {
  let current: SpecDocuments;

  before(async () => {
    current = await loadSpecDocuments(path.join(repo, 'spec'), redocly);
  });

  it('finds no change between the spec and itself', () => {
    const result = compareSpecs(current, structuredClone(current));
    assert.deepEqual(result.changes, []);
    assert.equal(result.fails, false);
  });

  describe('the fixture matrix', () => {
    for (const edit of EDITS) {
      it(`${edit.name} → ${edit.verdict}${edit.fails ? ', fails' : ''}`, () => {
        const base = structuredClone(current);
        edit.base?.(base);
        const edited = structuredClone(base);
        edit.apply(edited);
        const result = compareSpecs(base, edited);
        assert.equal(verdictOf(result.changes), edit.verdict, `changes:\n${show(result.changes)}`);
        assert.equal(result.fails, edit.fails);
        if (edit.expect) {
          const naming = edit.expect;
          assert.ok(
            result.changes.some((c) => c.severity === edit.verdict && matches(c, naming)),
            `no ${edit.verdict} change named ${JSON.stringify(naming)} among:\n${show(result.changes)}`,
          );
        }
      });
    }
  });

  it('reads the spec files: an edit to spec/realtime/connection.yaml is found in the bundle', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'switchboard-breaking-'));
    try {
      cpSync(path.join(repo, 'spec'), dir, { recursive: true });
      const file = path.join(dir, 'realtime', 'connection.yaml');
      const text = readFileSync(file, 'utf8');
      assert.ok(text.includes('maxLength: 4096'));
      writeFileSync(file, text.replace('maxLength: 4096', 'maxLength: 8'));
      const result = compareSpecs(current, await loadSpecDocuments(dir, redocly));
      assert.equal(verdictOf(result.changes), 'breaking');
      assert.ok(
        result.changes.some((c) => c.subject === 'the event `echo`' && c.field === 'data'),
        show(result.changes),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints each breaking change with its subject, field, pointer and reason, and the way to declare it', () => {
    const edited = structuredClone(current);
    EDITS[2]?.apply(edited);
    const result = compareSpecs(current, edited);
    const text = formatHuman(result, 'HEAD~1', { verbose: false });
    for (const expected of [
      'BREAKING  [asyncapi] the event `echo`',
      'field    data',
      'pointer  #/components/schemas/EchoRequest/properties/data/maxLength',
      'clients that send 9–4096 characters are now refused',
      `asyncapi: FAILS: 1 breaking change(s) and info.version's major part was not raised (${asyncApiVersion(current)})`,
      'raise the major part',
    ])
      assert.ok(text.includes(expected), `missing ${expected} in:\n${text}`);
    const json = JSON.parse(formatJson(result, 'HEAD~1'));
    assert.equal(json.fails, true);
    assert.equal(json.changes[0].field, 'data');
    assert.deepEqual(json.changes[0].subjects, ['the event `echo`']);
  });

  it('groups one change met in many places into one finding that lists them', () => {
    const edited = structuredClone(current);
    (
      (edited.asyncapi.components as { schemas: Record<string, { enum: string[] }> }).schemas.ErrorCode
        ?.enum ?? []
    ).push('TEAPOT');
    const json = JSON.parse(formatJson(compareSpecs(current, edited), 'base'));
    const finding = json.changes.find(
      (c: { pointer: string }) => c.pointer === '#/components/schemas/ErrorCode/enum',
    );
    assert.ok(finding, 'the ErrorCode enum change is reported');
    assert.equal(finding.severity, 'warning');
    assert.ok(finding.subjects.length > 10, `${finding.subjects.length} places`);
  });
});

describe('breaking-change gate, the command in a git repository', function () {
  // Each gate run is a process that bundles two spec trees (2–4 s here); a test runs up to three.
  this.timeout(60_000);
  let dir: string;
  const git = (...args: string[]) => run('git', args, { cwd: dir });
  const gate = (env: Record<string, string> = {}, checkout = dir) =>
    run(
      process.execPath,
      ['--import', 'tsx', path.join(repo, 'scripts/contract/breaking.ts'), '--repo', checkout, '--json'],
      {
        cwd: repo,
        env: { ...process.env, BASE_REF: '', ...env },
      },
    ).then(
      ({ stdout }) => ({ code: 0, out: JSON.parse(stdout) }),
      (err: { code: number; stdout: string; stderr: string }) => ({
        code: err.code,
        out: err.stdout ? JSON.parse(err.stdout) : { stderr: err.stderr },
      }),
    );
  const narrowEcho = () => {
    const file = path.join(dir, 'spec/realtime/connection.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('maxLength: 4096', 'maxLength: 8'));
  };

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'switchboard-breaking-git-'));
    cpSync(path.join(repo, 'spec'), path.join(dir, 'spec'), { recursive: true });
    await git('init', '-q', '-b', 'main');
    await git('add', '.');
    await git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'spec');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes, saying so, when the repository has a single commit', async () => {
    const { code, out } = await gate();
    assert.equal(code, 0);
    assert.match(out.note, /HEAD is the only commit/);
  });

  it('compares with the previous commit, the merge-base with origin/main, or BASE_REF', async () => {
    narrowEcho();
    await git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-am', 'narrow echo');
    const previous = await gate();
    assert.equal(previous.code, 1);
    assert.match(previous.out.base, /HEAD~1/);
    assert.equal(previous.out.changes[0].subjects[0], 'the event `echo`');

    // origin/main at the first commit and two commits since: the merge-base still sees the narrowing.
    await git('update-ref', 'refs/remotes/origin/main', 'HEAD~1');
    writeFileSync(path.join(dir, 'spec/README'), 'notes\n');
    await git('add', '.');
    await git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'notes');
    const mergeBase = await gate();
    assert.equal(mergeBase.code, 1);
    assert.match(mergeBase.out.base, /merge-base with origin\/main/);

    const chosen = await gate({ BASE_REF: 'HEAD~1' });
    assert.equal(chosen.code, 0);
    assert.equal(chosen.out.base, 'HEAD~1');
  });

  it('checks the last commit in CI, where origin/main is HEAD itself (a clone of main), and BASE_REF a branch', async () => {
    narrowEcho();
    await git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-am', 'narrow echo');
    // On a push to main the merge-base with origin/main is HEAD: comparing with it would check nothing.
    await git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    const onMain = await gate();
    assert.equal(onMain.code, 1);
    assert.match(onMain.out.base, /the previous commit, HEAD~1/);
    assert.equal(onMain.out.changes[0].subjects[0], 'the event `echo`');

    // What CI runs: `git clone <main> X && cd X && CI=true bash .ci/run`.
    const clone = `${dir}-clone`;
    try {
      await run('git', ['clone', '-q', dir, clone]);
      const head = await run('git', ['rev-parse', 'HEAD', 'origin/main'], { cwd: clone });
      const [cloneHead, cloneMain] = head.stdout.trim().split('\n');
      assert.equal(cloneMain, cloneHead, 'a fresh clone has origin/main at HEAD');
      const cloned = await gate({}, clone);
      assert.equal(cloned.code, 1);
      assert.match(cloned.out.base, /HEAD~1/);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }

    // A branch with two commits of its own, checked against main as a whole: BASE_REF=origin/main.
    await git('update-ref', 'refs/remotes/origin/main', 'HEAD~1');
    writeFileSync(path.join(dir, 'spec/README'), 'notes\n');
    await git('add', '.');
    await git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'notes');
    const branch = await gate({ BASE_REF: 'origin/main' });
    assert.equal(branch.code, 1);
    assert.equal(branch.out.base, 'origin/main');
  });

  it('refuses a BASE_REF that is not a commit, with exit status 2', async () => {
    const { code, out } = await gate({ BASE_REF: 'no-such-ref' });
    assert.equal(code, 2);
    assert.match(out.stderr, /BASE_REF no-such-ref is not a commit/);
  });
});
