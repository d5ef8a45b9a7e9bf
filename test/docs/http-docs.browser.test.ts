import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { launchBrowser, openPage, screenshot } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

interface Operation {
  summary: string;
  tags: string[];
  responses: Record<string, unknown>;
}

const openapi = parse(readFileSync('generated/spec/openapi.yaml', 'utf8'));
const operations: Operation[] = Object.values(
  openapi.paths as Record<string, Record<string, Operation>>,
).flatMap((item) => Object.values(item));

// What the page's own document loaded, as the browser counts it (gzipped bytes on the wire).
const TRANSFERRED = `performance.getEntries().reduce((sum, e) => sum + (e.transferSize ?? 0), 0)`;

describe('HTTP docs and landing page in a browser', function () {
  // Clicking through every operation of Redoc takes about 20 s here, and several times that on a loaded machine.
  this.timeout(300_000);
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

  it('shows every tag, operation and status of /api/docs, loading nothing from elsewhere', async () => {
    const opened = await openPage(browser, `${server.url}/api/docs`);
    const { page } = opened;
    // Redoc creates its workers and images after the load event: wait until the network is quiet.
    await page.waitForLoadState('networkidle');
    const bytes = (await page.evaluate(TRANSFERRED)) as number;
    console.log(
      `      /api/docs: ${(bytes / 1024).toFixed(0)} KiB transferred, loaded in ${opened.loadMs} ms`,
    );
    await screenshot(page, 'http-docs');
    // Redoc 3 shows one tag per page (#/<tag>); each page lists its operations.
    for (const tag of openapi.tags as { name: string }[]) {
      await page.goto(`${server.url}/api/docs#/${tag.name}`);
      await page.waitForLoadState('networkidle');
      const ops = operations.filter((op) => op.tags.includes(tag.name));
      for (const op of ops) {
        // An operation's own page shows its summary and every response status.
        const before = page.url();
        await page.getByText(op.summary, { exact: true }).first().click();
        await page.waitForURL((url) => url.href !== before);
        await page.getByRole('heading', { name: op.summary }).first().waitFor();
        // Redoc renders an operation's responses after its heading: wait (up to 15 s, on a loaded machine)
        // until the page shows them all, then say which one is missing if one is.
        const statuses = Object.keys(op.responses);
        await page
          .waitForFunction(
            ([summary, wanted]) => {
              const body = (globalThis as unknown as { document: { body: { innerText: string } } }).document
                .body;
              return (
                body.innerText.includes(summary as string) &&
                (wanted as string[]).every((s) => body.innerText.includes(s))
              );
            },
            [op.summary, statuses] as const,
            { timeout: 15_000 },
          )
          .catch(() => undefined);
        const text = await page.innerText('body');
        assert.ok(text.includes(op.summary), `${tag.name}: "${op.summary}" is visible`);
        for (const status of statuses)
          assert.ok(text.includes(status), `${op.summary}: status ${status} is shown`);
        await page.goto(`${server.url}/api/docs#/${tag.name}`);
      }
    }
    assert.deepEqual(opened.consoleErrors, []);
    assert.deepEqual(opened.failedRequests, []);
    assert.deepEqual(opened.externalRequests, []);
  });

  it('shows the landing page without errors, every link answering 200', async () => {
    const opened = await openPage(browser, `${server.url}/`);
    await opened.page.waitForLoadState('networkidle');
    await screenshot(opened.page, 'landing');
    const hrefs = await opened.page.$$eval('a', (as) => as.map((a) => a.href));
    assert.ok(hrefs.length >= 7, hrefs.join(' '));
    for (const href of hrefs) assert.equal((await fetch(href)).status, 200, href);
    const bytes = (await opened.page.evaluate(TRANSFERRED)) as number;
    console.log(`      /: ${bytes} bytes transferred, loaded in ${opened.loadMs} ms`);
    assert.deepEqual(opened.consoleErrors, []);
    assert.deepEqual(opened.failedRequests, []);
    assert.deepEqual(opened.externalRequests, []);
  });
});
