import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, parseDocument } from 'yaml';
import { AllowlistError, judge, parseAllowlist } from '../../scripts/contract/lint/allowlist.js';
import type { Finding } from '../../scripts/contract/lint/findings.js';

const repo = path.resolve('.');

/** Runs `make contract-lint`'s script on a spec folder; Spectral takes a few seconds. */
function lint(specDir: string): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(repo, 'scripts/contract/lint.ts'), `--spec=${specDir}`],
      { cwd: repo },
      (err, stdout, stderr) => {
        const code = err ? (err as { code?: number }).code : 0;
        if (typeof code !== 'number') reject(new Error(`lint did not run: ${err?.message}\n${stderr}`));
        else resolve({ code, stdout: stdout + stderr });
      },
    );
  });
}

/** The failing findings the lint printed, as `file:line rule pointer`. */
function reported(stdout: string): string[] {
  const out: string[] = [];
  for (const line of stdout.split('\n')) {
    const finding = /^(\S+):(\d+):\d+ (?:error|warning) (\S+): .* \(at (\S+)\)$/.exec(line);
    if (finding) out.push(`${finding[1]}:${finding[2]} ${finding[3]} ${finding[4]}`);
  }
  return out.sort();
}

function editYaml(file: string, change: (doc: ReturnType<typeof parseDocument>) => void): void {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  change(doc);
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}

/** 1-based line of the first line matching, in the file as planted; with `after`, of the first one after it. */
function lineOf(file: string, pattern: RegExp, after?: RegExp): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const from = after ? lines.findIndex((line) => after.test(line)) : 0;
  const index = lines.findIndex((line, i) => i >= from && pattern.test(line));
  assert.ok(from >= 0 && index >= 0, `${pattern} not in ${file}`);
  return index + 1;
}

/**
 * A copy of the spec with one problem of each kind: an operation without a summary or description
 * (in a feature file, and in the OpenAPI document), a tag the document does not declare, unused
 * components (a library schema, a feature file's and a document's), an error code the ErrorCode enum
 * does not document and one an x-errors map lists without saying when, a ref Spectral cannot trace
 * findings through, and a stale allowlist entry.
 */
function plantProblems(spec: string): void {
  cpSync(path.join(repo, 'spec'), spec, { recursive: true });
  editYaml(path.join(spec, 'realtime/connection.yaml'), (doc) => {
    doc.deleteIn(['operations', 'echo', 'summary']);
    doc.deleteIn(['operations', 'echo', 'description']);
    doc.setIn(['operations', 'sendWelcome', 'tags'], doc.createNode([{ name: 'greetings' }]));
  });
  editYaml(path.join(spec, 'openapi.yaml'), (doc) => {
    doc.deleteIn(['paths', '/api/health', 'get', 'summary']);
    doc.deleteIn(['paths', '/api/health', 'get', 'description']);
    doc.setIn(['components', 'schemas', 'Leftover'], doc.createNode({ type: 'string' }));
    doc.setIn(['components', 'schemas', 'RoomKind', '$ref'], './common/rooms.yaml#/RoomKind');
  });
  editYaml(path.join(spec, 'realtime/rooms.yaml'), (doc) => {
    doc.setIn(['components', 'schemas', 'Forgotten'], doc.createNode({ type: 'integer' }));
    doc.setIn(['operations', 'createRoom', 'reply', 'x-errors', 'NOT_FOUND'], '');
  });
  editYaml(path.join(spec, 'common/rooms.yaml'), (doc) => {
    doc.set('Orphan', doc.createNode({ type: 'string', description: 'Referred to by nothing.' }));
  });
  editYaml(path.join(spec, 'common/errors.yaml'), (doc) => {
    doc.addIn(['ErrorCode', 'enum'], 'TEAPOT');
  });
  appendFileSync(
    path.join(spec, 'lint-allowlist.yaml'),
    '- rule: switchboard-unused-component\n  file: spec/common/rooms.yaml\n  pointer: /Gone\n  reason: A schema since removed.\n',
  );
}

describe('contract lint (Spectral with .spectral.yaml)', function () {
  this.timeout(120_000);

  // Both runs start at once: each is a few seconds of Spectral, mostly on one CPU.
  let dir: string;
  let spec: string;
  let clean: Promise<{ code: number; stdout: string }>;
  let planted: Promise<{ code: number; stdout: string }>;
  before(() => {
    clean = lint(path.join(repo, 'spec'));
    dir = mkdtempSync(path.join(tmpdir(), 'switchboard-lint-'));
    spec = path.join(dir, 'spec');
    plantProblems(spec);
    planted = lint(spec);
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('finds nothing in the committed spec that spec/lint-allowlist.yaml does not accept', async () => {
    const { code, stdout } = await clean;
    assert.equal(code, 0, stdout);
    assert.match(stdout, /✔ contract lint: clean/);
    assert.deepEqual(reported(stdout), []);
  });

  describe('on a copy of the spec with planted problems', () => {
    let result: { code: number; stdout: string };
    before(async () => {
      result = await planted;
    });

    it('fails with exit code 1', () => {
      assert.equal(result.code, 1, result.stdout);
      assert.match(result.stdout, /✖ contract lint: 9 finding\(s\) and 1 stale allowlist entry/);
    });

    it('reports each planted problem with its rule, in the file to edit, at its line and pointer', () => {
      const at = (file: string, pattern: RegExp, after?: RegExp) =>
        `spec/${file}:${lineOf(path.join(spec, file), pattern, after)}`;
      assert.deepEqual(
        reported(result.stdout),
        [
          `${at('realtime/connection.yaml', /^ {2}echo:$/)} switchboard-operation-described /operations/echo`,
          `${at('realtime/connection.yaml', /- name: greetings$/)} switchboard-operation-tagged /operations/sendWelcome/tags/0`,
          `${at('openapi.yaml', /^ {4}get:$/, /^ {2}\/api\/health:$/)} switchboard-operation-described /paths/~1api~1health/get`,
          `${at('openapi.yaml', /^ {4}Leftover:$/)} switchboard-unused-component /components/schemas/Leftover`,
          `${at('openapi.yaml', /\$ref: '\.\/common\/rooms.yaml#\/RoomKind'$/)} switchboard-ref-traceable /components/schemas/RoomKind/$ref`,
          `${at('realtime/rooms.yaml', /^ {4}Forgotten:$/)} switchboard-unused-component /components/schemas/Forgotten`,
          `${at('realtime/rooms.yaml', /^ {8}NOT_FOUND: ""$/)} switchboard-error-code-documented /operations/createRoom/reply/x-errors/NOT_FOUND`,
          `${at('common/rooms.yaml', /^Orphan:$/)} switchboard-unused-component /Orphan`,
          `${at('common/errors.yaml', /^ {4}- TEAPOT$/)} switchboard-error-code-documented /ErrorCode/enum/21`,
        ].sort(),
      );
    });

    it('says what is wrong in words a designer can act on', () => {
      assert.match(result.stdout, /operation `echo` has neither a summary nor a description/);
      assert.match(result.stdout, /`GET \/api\/health` has neither a summary nor a description/);
      assert.match(result.stdout, /tagged `greetings`, which the document's tag list does not declare/);
      assert.match(
        result.stdout,
        /schema `Orphan` is declared but neither spec\/asyncapi.yaml nor spec\/openapi.yaml uses it/,
      );
      assert.match(result.stdout, /error code `TEAPOT` is not documented/);
      assert.match(result.stdout, /error code `NOT_FOUND` is listed in x-errors without saying when/);
    });

    it('fails on an allowlist entry that matches no finding any more', () => {
      assert.match(
        result.stdout,
        /spec\/lint-allowlist.yaml:\d+ stale: switchboard-unused-component at spec\/common\/rooms.yaml#\/Gone matches no finding/,
      );
    });
  });
});

describe("the lint's $ref resolver (scripts/contract/spectral/ref-resolver.cjs)", () => {
  interface Resolver {
    resolve(
      source: unknown,
      opts: { baseUri: string; parseResolveResult: (o: { result: unknown }) => Promise<{ result: unknown }> },
    ): Promise<{ result: unknown; errors: unknown[] }>;
  }
  const resolver = createRequire(import.meta.url)(
    '../../scripts/contract/spectral/ref-resolver.cjs',
  ) as Resolver;

  /** Where a `$ref` is left in a resolved document, as `pointer -> ref`. */
  function refsLeft(value: unknown, at = ''): string[] {
    if (value === null || typeof value !== 'object') return [];
    const ref = (value as { $ref?: unknown }).$ref;
    const here = typeof ref === 'string' ? [`${at} -> ${ref}`] : [];
    return here.concat(Object.entries(value).flatMap(([key, child]) => refsLeft(child, `${at}/${key}`)));
  }

  // Spectral's own resolver shares one runner per file whose "uri stack" only grows; past 100 entries it
  // skips a file's remote refs without an error (our spec passed that when parties came): no ref may be left.
  it('resolves every $ref of spec/asyncapi.yaml, across all its files, without errors', async function () {
    this.timeout(60_000);
    const file = path.join(repo, 'spec/asyncapi.yaml');
    const { result, errors } = await resolver.resolve(parse(readFileSync(file, 'utf8')), {
      baseUri: file,
      parseResolveResult: async (o) => ({ ...o, result: parse(String(o.result)) }),
    });
    assert.deepEqual(errors, []);
    assert.deepEqual(refsLeft(result), []);
    const channels = Object.entries(
      (result as { channels: Record<string, { servers: { host?: string }[] }> }).channels,
    );
    for (const [name, channel] of channels)
      assert.ok(channel.servers[0]?.host, `channel ${name} has a server with a host`);
  });
});

describe('lint allowlist', () => {
  const finding = (rule: string, pointer: string): Finding => ({
    rule,
    severity: 'warning',
    file: 'spec/openapi.yaml',
    line: 2,
    column: 6,
    pointer,
    message: 'm',
  });
  const entry = (rule: string, pointer: string) =>
    `- rule: ${rule}\n  file: spec/openapi.yaml\n  pointer: ${pointer}\n  reason: a reason\n`;

  it('accepts a finding of its rule at its file and pointer, and nothing else', () => {
    const entries = parseAllowlist(
      entry('info-contact', '/info') + entry('info-contact', '/gone'),
      'list.yaml',
    );
    const judged = judge([finding('info-contact', '/info'), finding('info-contact', '/paths')], entries);
    assert.deepEqual(
      judged.accepted.map((a) => a.finding.pointer),
      ['/info'],
    );
    assert.deepEqual(
      judged.unlisted.map((f) => f.pointer),
      ['/paths'],
    );
    assert.deepEqual(
      judged.stale.map((e) => [e.pointer, e.line]),
      [['/gone', 5]],
    );
  });

  it('refuses an entry without a reason, with an unknown field or listed twice, naming its line', () => {
    assert.throws(
      () => parseAllowlist('- rule: r\n  file: f\n  pointer: /a\n  reason: ""\n', 'list.yaml'),
      new AllowlistError('list.yaml:1 (entry 1): say why in reason'),
    );
    assert.throws(
      () => parseAllowlist(`${entry('r', '/a')}  path: x\n`, 'list.yaml'),
      /list.yaml:1 \(entry 1\): unknown field path/,
    );
    assert.throws(
      () => parseAllowlist(entry('r', '/a') + entry('r', '/a'), 'list.yaml'),
      /list.yaml:5 \(entry 2\): the same rule, file and pointer are listed twice/,
    );
    assert.throws(() => parseAllowlist(entry('r', 'info'), 'list.yaml'), /pointer is a JSON pointer/);
  });

  it('reads an empty allowlist as accepting nothing', () => {
    assert.deepEqual(parseAllowlist('# nothing accepted\n', 'list.yaml'), []);
  });
});
