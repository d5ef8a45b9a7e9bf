import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, type OpenedPage, openPage, screenshot } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const PASSWORD = 'correct horse battery';

/** Fills the sign-in form and presses Register, then waits until the page shows it is connected. */
async function register(page: Page, username: string): Promise<void> {
  await page.getByPlaceholder('username').fill(username);
  await page.getByPlaceholder('password (8+ characters)').fill(PASSWORD);
  await page.getByRole('button', { name: 'Register' }).click();
  await page.locator('#connection[data-state="connected"]').waitFor();
}

/** Waits until the presence list shows `username` with `state`. */
async function seesPerson(page: Page, username: string, state: string): Promise<void> {
  await page.locator('#people li', { hasText: username }).filter({ hasText: state }).waitFor();
}

/** The chat's messages as "author text" lines, in the order the page shows them. */
async function messageLines(page: Page): Promise<string[]> {
  return (await page.locator('#messages li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

function pageProblems(opened: OpenedPage): string[] {
  return [...opened.consoleErrors, ...opened.failedRequests, ...opened.externalRequests];
}

/**
 * A second origin: a plain static server on another port serving copies of the demo's page, script and
 * client bundle, taken from `api`, with the page's <meta name="switchboard-server"> naming `api`.
 */
class SecondOrigin {
  private files = new Map<string, { type: string; body: string }>();
  private constructor(private readonly server: Server) {}

  static async start(): Promise<SecondOrigin> {
    const server = createServer();
    const origin = new SecondOrigin(server);
    server.on('request', (req, res) => {
      const file = origin.files.get(req.url ?? '');
      res.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' });
      res.end(file?.body ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return origin;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Copies the demo from `api`, pointed at it. */
  async copyFrom(api: string): Promise<void> {
    const read = async (path: string) => {
      const res = await fetch(`${api}${path}`);
      assert.equal(res.status, 200, path);
      return { type: res.headers.get('content-type') ?? '', body: await res.text() };
    };
    const page = await read('/demo');
    page.body = page.body.replace(
      '<meta name="switchboard-server" content="">',
      `<meta name="switchboard-server" content="${api}">`,
    );
    assert.ok(page.body.includes(api), 'the copy names the API server');
    this.files = new Map([
      ['/demo', page],
      ['/demo.js', await read('/demo.js')],
      ['/client.js', await read('/client.js')],
    ]);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('the demo page in a browser', function () {
  this.timeout(120_000);
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser?.close());

  describe('served by the server', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer();
    });
    after(() => server?.close());

    it('lets two users register, see each other online, chat, share a note, and keep the chat across a reload', async () => {
      const ada = await openPage(browser, `${server.url}/demo`);
      const grace = await openPage(browser, `${server.url}/demo`);
      await register(ada.page, 'ada');
      await register(grace.page, 'grace');

      await seesPerson(ada.page, 'grace', 'online');
      await seesPerson(grace.page, 'ada', 'online');

      await ada.page.getByLabel('message').fill('hello grace');
      await ada.page.getByRole('button', { name: 'Send' }).click();
      await grace.page.locator('#messages li', { hasText: 'hello grace' }).waitFor();
      await grace.page.getByLabel('message').fill('hello ada');
      await grace.page.getByRole('button', { name: 'Send' }).click();
      await ada.page.locator('#messages li', { hasText: 'hello ada' }).waitFor();
      assert.deepEqual(await messageLines(ada.page), ['ada hello grace', 'grace hello ada']);

      await ada.page.getByLabel('your activity').selectOption('busy');
      await ada.page.getByPlaceholder('status line').fill('writing tests');
      await ada.page.getByRole('button', { name: 'Set' }).click();
      await seesPerson(grace.page, 'ada', 'busy: writing tests');
      await seesPerson(ada.page, 'ada', 'busy: writing tests');

      await grace.page.getByLabel('note').fill('buy milk');
      await grace.page.getByRole('button', { name: 'Add' }).click();
      await ada.page.locator('#notes li', { hasText: 'buy milk' }).waitFor();

      // A reload keeps the session (this tab's sessionStorage) and shows the room's history.
      await grace.page.reload();
      await grace.page.locator('#connection[data-state="connected"]').waitFor();
      await grace.page.locator('#messages li', { hasText: 'hello ada' }).waitFor();
      assert.deepEqual(await messageLines(grace.page), ['ada hello grace', 'grace hello ada']);
      await grace.page.locator('#notes li', { hasText: 'buy milk' }).waitFor();
      await seesPerson(grace.page, 'ada', 'busy: writing tests');
      await screenshot(ada.page, 'demo');

      for (const opened of [ada, grace]) assert.deepEqual(pageProblems(opened), []);
      await ada.page.close();
      await grace.page.close();
    });
  });

  describe('offline and back', () => {
    let server: TestServer;
    // A short heartbeat: the page notices the dead link in well under a second.
    before(async () => {
      server = await startTestServer({ heartbeatIntervalMs: 300, heartbeatTimeoutMs: 400 });
    });
    after(() => server?.close());

    it('gets exactly the messages sent while it was offline, in order, with no duplicates', async () => {
      const ada = await openPage(browser, `${server.url}/demo`);
      const grace = await openPage(browser, `${server.url}/demo`);
      await register(ada.page, 'ada');
      await register(grace.page, 'grace');
      const say = async (text: string) => {
        await ada.page.getByLabel('message').fill(text);
        await ada.page.getByRole('button', { name: 'Send' }).click();
        await ada.page.locator('#messages li', { hasText: text }).waitFor();
      };
      await say('before');
      await grace.page.locator('#messages li', { hasText: 'before' }).waitFor();

      await grace.page.context().setOffline(true);
      await grace.page.locator('#connection[data-state="reconnecting"]').waitFor();
      for (const text of ['one', 'two', 'three']) await say(text);
      assert.deepEqual(await messageLines(grace.page), ['ada before'], 'nothing reached the offline page');

      await grace.page.context().setOffline(false);
      await grace.page.locator('#connection[data-state="connected"]').waitFor();
      await grace.page.locator('#messages li', { hasText: 'three' }).waitFor();
      assert.match(await grace.page.locator('#connection').innerText(), /3 missed messages caught up/);
      await say('after');
      await grace.page.locator('#messages li', { hasText: 'after' }).waitFor();
      assert.deepEqual(await messageLines(grace.page), [
        'ada before',
        'ada one',
        'ada two',
        'ada three',
        'ada after',
      ]);
      // Offline, the page's reconnection attempts fail as requests: only the other page must be spotless.
      assert.deepEqual(pageProblems(ada), []);
      await ada.page.close();
      await grace.page.close();
    });
  });

  describe('served from another origin', () => {
    let second: SecondOrigin;
    let server: TestServer | undefined;
    before(async () => {
      second = await SecondOrigin.start();
    });
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });
    after(() => second?.close());

    it('works when ALLOWED_ORIGINS lists that origin', async () => {
      server = await startTestServer({ allowedOrigins: [second.url] });
      await second.copyFrom(server.url);
      const opened = await openPage(browser, `${second.url}/demo`);
      await register(opened.page, 'ada');
      await seesPerson(opened.page, 'ada', 'online');
      await opened.page.getByLabel('message').fill('from afar');
      await opened.page.getByRole('button', { name: 'Send' }).click();
      await opened.page.locator('#messages li', { hasText: 'from afar' }).waitFor();
      assert.deepEqual(opened.consoleErrors, []);
      await opened.page.close();
    });

    it('is refused without ALLOWED_ORIGINS, and says why on the page', async () => {
      server = await startTestServer();
      await second.copyFrom(server.url);
      const opened = await openPage(browser, `${second.url}/demo`);
      await opened.page.getByPlaceholder('username').fill('ada');
      await opened.page.getByPlaceholder('password (8+ characters)').fill(PASSWORD);
      await opened.page.getByRole('button', { name: 'Register' }).click();
      const alert = opened.page.getByRole('alert');
      await alert.filter({ hasText: 'cannot reach the server' }).waitFor();
      assert.match(await alert.innerText(), /Failed to fetch.*ALLOWED_ORIGINS/);
      assert.equal(await opened.page.locator('#connection').getAttribute('data-state'), 'signed-out');
      await screenshot(opened.page, 'demo-refused');
      await opened.page.close();
    });
  });
});
