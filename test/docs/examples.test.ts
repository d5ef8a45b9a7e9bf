import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

// The README and the guides under docs/ are kept true by running them (docs/contributing.md, "Examples in
// the docs"): every ```sh block of a page runs, in order, in one bash with `set -euo pipefail`, against a
// real server, with http://localhost:3000 (what `make run` serves, so a reader can paste the blocks) turned
// into that server's address. A block fenced ```sh no-test is shown, never run (make targets, installs);
// a ```text output block right after a ```sh block is what that block must print, `…` standing for any text.

const root = fileURLToPath(new URL('../../', import.meta.url));
const README_LIMIT = 12 * 1024;
const pages = [
  'README.md',
  ...readdirSync(path.join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

interface Block {
  info: string;
  line: number;
  text: string;
}

/** The fenced blocks of a Markdown page, with their info string and the line their fence opens on. */
function fencedBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(.*)$/.exec(lines[i] as string);
    if (!open) continue;
    const [, indent, fence, info] = open as unknown as [string, string, string, string];
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] as string;
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line);
    }
    blocks.push({ info: info.trim(), line: i + 1, text: body.join('\n') });
    i = j;
  }
  return blocks;
}

/** Markdown with its fenced blocks and inline code blanked out, where links are looked for. */
function prose(markdown: string): string {
  let inFence = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(`{3,}|~{3,})/.test(line)) {
        inFence = !inFence;
        return '';
      }
      return inFence ? '' : line.replace(/`[^`]*`/g, '``');
    })
    .join('\n');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2… */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(`{3,}|~{3,})/.test(line)) inFence = !inFence;
    const heading = !inFence && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const slug = (heading[1] as string)
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

const shellFences = /^(bash|shell|console|zsh|shell-session)\b/;
const runnable = (block: Block) => /^sh\s*$/.test(block.info);

describe('docs: README and guides', () => {
  it(`keeps README.md under ${README_LIMIT} bytes`, () => {
    const size = statSync(path.join(root, 'README.md')).size;
    assert.ok(size < README_LIMIT, `README.md is ${size} bytes: move detail into docs/`);
  });

  it('links only to files and headings that exist', () => {
    const broken: string[] = [];
    for (const page of [...pages, 'clients/js/README.md']) {
      const text = prose(readFileSync(path.join(root, page), 'utf8'));
      for (const [, target] of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target as string)) continue; // http:, mailto:…
        const [file, anchor] = (target as string).split('#') as [string, string | undefined];
        const resolved =
          file === '' ? path.join(root, page) : path.resolve(path.dirname(path.join(root, page)), file);
        if (!existsSync(resolved)) {
          broken.push(`${page}: ${target} (no such file)`);
          continue;
        }
        if (
          anchor !== undefined &&
          resolved.endsWith('.md') &&
          !anchors(readFileSync(resolved, 'utf8')).has(anchor)
        )
          broken.push(`${page}: ${target} (no such heading in ${path.relative(root, resolved)})`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('fences shell examples as ```sh (run) or ```sh no-test (shown only)', () => {
    const wrong = pages.flatMap((page) =>
      fencedBlocks(readFileSync(path.join(root, page), 'utf8'))
        .filter(
          (b) => shellFences.test(b.info) || (/^sh\b/.test(b.info) && !/^sh(\s+no-test)?$/.test(b.info)),
        )
        .map((b) => `${page}:${b.line} \`\`\`${b.info}`),
    );
    assert.deepEqual(wrong, [], 'use ```sh for an example the test runs, ```sh no-test for one it must not');
  });

  describe('shell examples, run against a live server', function () {
    this.timeout(180_000);
    let server: TestServer;

    before(async () => {
      const docsDir = loadConfig({ DOCS_DIR: process.env.DOCS_DIR }).docsDir;
      if (!existsSync(path.join(docsDir, 'http', 'index.html')))
        throw new Error(
          `the HTML docs are not built in ${docsDir}: run \`make docs\` (make test does it first)`,
        );
      server = await startTestServer();
    });

    after(async () => {
      await server?.close();
    });

    for (const page of pages) {
      const blocks = fencedBlocks(readFileSync(path.join(root, page), 'utf8'));
      if (!blocks.some(runnable)) continue;
      it(`${page}: every \`\`\`sh block exits 0 and prints what its output block shows`, async () => {
        await runPage(page, blocks, server.url);
      });
    }
  });
});

/** Runs a page's ```sh blocks in order in one bash, then checks each block's exit and expected output. */
async function runPage(page: string, blocks: Block[], url: string): Promise<void> {
  const steps: { block: Block; expected?: Block }[] = [];
  blocks.forEach((block, i) => {
    if (!runnable(block)) return;
    const next = blocks[i + 1];
    steps.push({ block, expected: next?.info === 'text output' ? next : undefined });
  });
  const origin = new URL(url);
  const localize = (text: string) =>
    text
      .replaceAll('http://localhost:3000', `http://${origin.host}`)
      .replaceAll('ws://localhost:3000', `ws://${origin.host}`);
  // A marker on both streams before each block says which block a line, or the failure, belongs to.
  const script = [
    'set -euo pipefail',
    '__example() { printf \'\\n<<<example %s>>>\\n\' "$1"; printf \'\\n<<<example %s>>>\\n\' "$1" >&2; }',
    ...steps.flatMap(({ block }, i) => [`__example ${i}`, localize(block.text)]),
    `__example ${steps.length}`,
  ].join('\n');
  const { code, stdout, stderr } = await bash(script);
  const split = (out: string) => {
    const parts = new Map<number, string>();
    const pieces = out.split(/\n?<<<example (\d+)>>>\n/);
    for (let i = 1; i < pieces.length; i += 2) parts.set(Number(pieces[i]), pieces[i + 1] ?? '');
    return parts;
  };
  const outs = split(stdout);
  const errs = split(stderr);
  for (const [i, { block, expected }] of steps.entries()) {
    const where = `${page}:${block.line}`;
    if (!outs.has(i + 1)) {
      assert.fail(
        `${where}: the block failed (bash exited ${code})\n--- stdout\n${outs.get(i) ?? ''}\n--- stderr\n${errs.get(i) ?? stderr}`,
      );
    }
    if (expected) {
      const actual = (outs.get(i) ?? '').trimEnd();
      const pattern = expected.text
        .trimEnd()
        .split('…')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[\\s\\S]*?');
      assert.match(
        actual,
        new RegExp(`^${pattern}$`),
        `${where} printed\n${actual}\nbut ${page}:${expected.line} shows\n${expected.text.trimEnd()}`,
      );
    }
  }
  assert.equal(code, 0, `${page}: bash exited ${code}\n${stderr}`);
}

function bash(script: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 150_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
