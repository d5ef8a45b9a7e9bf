import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

// Debian's chromium, never one Playwright downloads: playwright-core has no install step, and nothing
// here asks it for a browser (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 in the Makefile says the same).
const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT_DIR = 'test-output/screenshots';

// Flags that keep a test browser quiet: no GPU, no QUIC, and none of the background traffic (updates,
// sync, field trials) that would show up as requests to other hosts or wait on a network there is not.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium). Each launch gets a fresh
 * profile: Playwright refuses `--user-data-dir` in `args` from `launch()` and instead gives every
 * launched browser a new temporary user-data-dir of its own, removed when the browser closes.
 * Throws, never skips, when the executable is missing: a browser test that passes without a browser
 * checks nothing.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium is not installed at ${executablePath}: run \`make browser\` (or \`apt-get install -y chromium\`), or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface OpenedPage {
  page: Page;
  /** Console messages of type error, and uncaught exceptions in the page. */
  consoleErrors: string[];
  /** Requests that failed at the network level, or were answered 4xx/5xx. */
  failedRequests: string[];
  /** Requests to any origin but the page's own (a page that works offline makes none). */
  externalRequests: string[];
  /** From navigation start to the load event, in milliseconds. */
  loadMs: number;
}

/** Opens `url` in a new context (its own cookies and cache), watching what the page logs and loads. */
export async function openPage(
  browser: Browser,
  url: string,
  opts: { width?: number; height?: number } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
  });
  const page = await context.newPage();
  page.on('close', () => void context.close());
  const origin = new URL(url).origin;
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  const externalRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(`uncaught: ${err.message}`));
  page.on('request', (request) => {
    const target = request.url();
    // data: and blob: URLs are the page's own content, not requests to anyone.
    if (/^https?:|^wss?:/.test(target) && new URL(target).origin !== origin) externalRequests.push(target);
  });
  page.on('requestfailed', (request) =>
    failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.url()}: ${response.status()}`);
  });
  const started = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  const loadMs = Math.round(performance.now() - started);
  return { page, consoleErrors, failedRequests, externalRequests, loadMs };
}

/** Saves a full-page PNG to test-output/screenshots/<name>.png and returns its path. */
const MAX_CAPTURE_HEIGHT = 12_000;

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  // The whole page, up to a height Chromium renders in one go: the realtime docs of a large spec are
  // taller than that, and a full capture of them takes longer than the test's timeout. The top of the
  // page is what a person looks at the capture for.
  const height = (await page.evaluate('document.documentElement.scrollHeight')) as number;
  const width = page.viewportSize()?.width ?? 1280;
  await page.screenshot({
    path: file,
    fullPage: true,
    ...(height > MAX_CAPTURE_HEIGHT && { clip: { x: 0, y: 0, width, height: MAX_CAPTURE_HEIGHT } }),
  });
  return file;
}
