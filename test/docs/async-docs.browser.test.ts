import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchBrowser, openPage, screenshot } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

type Node = Record<string, unknown>;

// The callbacks of page.$$eval and page.evaluate run in the browser; the project compiles without the DOM
// library, so they name the little of it they use.
interface BrowserElement {
  id: string;
  innerText: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  cloneNode(deep: boolean): BrowserElement;
  querySelectorAll(selector: string): Iterable<{ remove(): void }>;
}
interface BrowserDocument {
  getElementById(id: string): unknown;
  getElementsByTagName(name: string): { length: number };
  documentElement: { scrollWidth: number };
}

const spec = parse(readFileSync('generated/spec/asyncapi.yaml', 'utf8')) as Node;

/** Follows `$ref`s, chains included (the stream's messages refer to the Socket.IO events' own). */
function at(ref: unknown): Node {
  let node = ref as Node;
  for (let hops = 0; typeof (node as { $ref?: unknown }).$ref === 'string' && hops < 16; hops++)
    node = String((node as { $ref: string }).$ref)
      .slice(2)
      .split('/')
      .reduce<unknown>((acc, key) => (acc as Node)[key], spec) as Node;
  return node;
}

/** What the spec says each operation's section must show, as text a reader sees. */
interface Expected {
  id: string;
  events: string[];
  direction: string;
  transport: string;
  errorCodes: string[];
  audience?: string;
}

function expectations(): Expected[] {
  return Object.entries(spec.operations as Record<string, Node>).map(([id, raw]) => {
    const op = at(raw);
    const channel = at(op.channel);
    const errorCodes = new Set<string>();
    const reply = op.reply as Node | undefined;
    if (reply) {
      for (const code of Object.keys((reply['x-errors'] as Node | undefined) ?? {})) errorCodes.add(code);
      for (const server of (channel.servers as unknown[]) ?? [])
        for (const code of Object.keys((at(server)['x-request-errors'] as Node | undefined) ?? {}))
          errorCodes.add(code);
    }
    return {
      id,
      events: (op.messages as unknown[]).map((m) => String(at(m).name)),
      direction: op.action === 'receive' ? 'client → server' : 'server → client',
      transport:
        channel['x-switchboard-transport'] === 'raw-websocket'
          ? '/ws envelope type'
          : channel['x-switchboard-transport'] === 'sse'
            ? 'event of the GET /api/events stream'
            : 'Socket.IO event',
      errorCodes: [...errorCodes],
      audience: (op['x-audience'] as Node | undefined)?.to as string | undefined,
    };
  });
}

/**
 * Checks, in the rendered page, that every operation's section shows its event name, direction,
 * transport, error codes or audience as visible text. Returns what is missing, so a test can also
 * show that the check notices a page that lies.
 */
async function missingFacts(page: Page): Promise<string[]> {
  const sections = new Map(
    await page.$$eval('section.op', (els) =>
      (els as unknown as BrowserElement[]).map((el) => [el.id, el.innerText] as const),
    ),
  );
  const problems: string[] = [];
  for (const want of expectations()) {
    const text = sections.get(`op-${want.id}`);
    if (text === undefined) {
      problems.push(`${want.id}: no section`);
      continue;
    }
    const heading = text.split('\n')[0] ?? '';
    for (const event of want.events)
      if (!heading.includes(event)) problems.push(`${want.id}: event name ${event} is not in its heading`);
    for (const needed of [
      want.direction,
      want.transport,
      ...want.errorCodes,
      ...(want.audience ? [want.audience] : []),
    ])
      if (!text.includes(needed)) problems.push(`${want.id}: "${needed}" is not visible`);
  }
  return problems;
}

/** In-page links (`#…`) whose target is not on the page. */
async function brokenAnchors(page: Page): Promise<{ total: number; broken: string[] }> {
  return page.$$eval('a[href^="#"]', (links) => {
    const doc = (globalThis as unknown as { document: BrowserDocument }).document;
    const hrefs = (links as unknown as BrowserElement[]).map((a) => a.getAttribute('href') ?? '');
    const broken = hrefs.filter((h) => h.length > 1 && !doc.getElementById(decodeURIComponent(h.slice(1))));
    return { total: hrefs.length, broken: [...new Set(broken)] };
  });
}

describe('realtime docs in a browser (/api/docs/async)', function () {
  this.timeout(60_000);
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    browser = await launchBrowser();
    server = await startTestServer();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows every operation with its event name, direction, transport and error codes or audience', async () => {
    const opened = await openPage(browser, `${server.url}/api/docs/async`);
    try {
      const { page } = opened;
      assert.deepEqual(await missingFacts(page), []);
      assert.deepEqual(opened.consoleErrors, [], 'no console error');
      assert.deepEqual(opened.failedRequests, [], 'no failed request');
      assert.deepEqual(opened.externalRequests, [], 'nothing from other hosts');

      const anchors = await brokenAnchors(page);
      assert.deepEqual(anchors.broken, [], `${anchors.total} in-page links`);

      // Markdown is rendered, not shown: outside code blocks no backtick or ** is left.
      const prose = await page.$eval('main', (main) => {
        const copy = (main as unknown as BrowserElement).cloneNode(true);
        for (const pre of copy.querySelectorAll('pre')) pre.remove();
        return copy.textContent ?? '';
      });
      assert.ok(
        !prose.includes('`'),
        `a literal backtick in: …${prose.slice(prose.indexOf('`') - 60, prose.indexOf('`') + 40)}…`,
      );
      assert.ok(!prose.includes('**'), 'a literal ** in the prose');

      // Readable at 1280 px: the contents column is shown and the text does not run under it.
      const nav = await page.locator('nav.sidebar').boundingBox();
      const main = await page.locator('main').boundingBox();
      assert.ok(nav && nav.width > 150, 'the contents column is visible at 1280 px');
      assert.ok(main && nav && main.x >= nav.x + nav.width - 1, 'the text starts right of the contents');
      const wide = await page.evaluate(
        () => (globalThis as unknown as { document: BrowserDocument }).document.documentElement.scrollWidth,
      );
      assert.ok(wide <= 1280, `no horizontal scrolling at 1280 px (${wide} px wide)`);

      const html = await (await fetch(`${server.url}/api/docs/async`)).text();
      const gzipped = gzipSync(html).length;
      const nodes = await page.evaluate(
        () =>
          (globalThis as unknown as { document: BrowserDocument }).document.getElementsByTagName('*').length,
      );
      console.log(
        `      /api/docs/async: ${expectations().length} operations, ${anchors.total} in-page links, ${(html.length / 1024).toFixed(0)} KiB (${(gzipped / 1024).toFixed(0)} KiB gzipped), ${nodes} elements, loaded in ${opened.loadMs} ms`,
      );
      assert.ok(gzipped < 1024 * 1024, 'under 1 MB transferred');
      await screenshot(page, 'async-docs');
    } finally {
      await opened.page.close();
    }
  });

  it('notices a page that leaves out an event name (the check above can fail)', async () => {
    const html = await (await fetch(`${server.url}/api/docs/async`)).text();
    // The section of set-activity, with its wire name taken out wherever the section shows it.
    const start = html.indexOf('<section class="op" id="op-setActivity"');
    const end = html.indexOf('</section>', start);
    assert.ok(start > 0 && end > start);
    const broken = `${html.slice(0, start)}${html.slice(start, end).replaceAll('set-activity', 'setactivity')}${html.slice(end)}`;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.setContent(broken);
      const problems = await missingFacts(page);
      assert.ok(
        problems.some((p) => p.startsWith('setActivity: event name set-activity')),
        problems.join('\n'),
      );
      assert.equal(problems.filter((p) => !p.startsWith('setActivity')).length, 0, problems.join('\n'));
    } finally {
      await context.close();
    }
  });
});
