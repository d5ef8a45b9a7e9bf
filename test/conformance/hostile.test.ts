import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { MAX_BODY_BYTES } from '../../scripts/conformance/fetching.js';
import { runConformance } from '../../scripts/conformance/run.js';
import { registerUser } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** A tiny HTTP server that answers every request with `handle`; its URL, and a close that ends its sockets. */
async function hostile(
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => void,
  onUpgrade?: (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => void,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(handle);
  if (onUpgrade) server.on('upgrade', onUpgrade);
  // Upgraded sockets leave the server's own bookkeeping: every socket is kept, to be ended on close.
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A reverse proxy serving `target` under `/prefix` (HTTP and WebSocket upgrades), as behind a gateway. */
function prefixProxy(target: URL) {
  const strip = (url = '/') => (url.startsWith('/prefix/') ? url.slice('/prefix'.length) : undefined);
  return hostile(
    (req, res) => {
      const path = strip(req.url);
      if (!path) {
        res.writeHead(404).end();
        return;
      }
      const upstream = http.request(
        { host: target.hostname, port: target.port, path, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(upstream);
    },
    (req, socket, head) => {
      const path = strip(req.url);
      if (!path) {
        socket.destroy();
        return;
      }
      const upstream = net.connect(Number(target.port), target.hostname, () => {
        const headers = Object.entries(req.headers).map(([k, v]) => `${k}: ${String(v)}`);
        upstream.write(`${req.method} ${path} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`);
        upstream.write(head);
        upstream.pipe(socket).pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    },
  );
}

describe('switchboard-conformance against a hostile or unusual server', () => {
  let closing: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closing) await close();
    closing = [];
  });
  async function start(...args: Parameters<typeof hostile>) {
    const s = await hostile(...args);
    closing.push(s.close);
    return s.url;
  }

  it('gives up on a server that never answers, naming the URL and the time limit', async () => {
    const url = await start(() => undefined);
    const started = Date.now();
    await assert.rejects(
      runConformance({ baseUrl: url, timeoutMs: 300 }),
      /\/api\/spec\/(openapi|asyncapi)\.json: no complete answer within 300 ms/,
    );
    assert.ok(Date.now() - started < 3000);
  });

  it('gives up on a server that trickles its answer', async () => {
    const url = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{');
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    });
    await assert.rejects(
      runConformance({ baseUrl: url, timeoutMs: 400 }),
      /no complete answer within 400 ms/,
    );
  });

  it('names the URL of a document that is not JSON', async () => {
    const url = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>not a document</html>');
    });
    await assert.rejects(
      runConformance({ baseUrl: url, timeoutMs: 1000 }),
      /\/api\/spec\/(openapi|asyncapi)\.json is not JSON \(.*\): "<html>not a document<\/html>"/,
    );
  });

  it('stops reading a document past its size cap, declared or streamed', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const streamed = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      let sent = 0;
      const more = () => {
        while (sent <= MAX_BODY_BYTES && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
      };
      more();
    });
    await assert.rejects(
      runConformance({ baseUrl: streamed, timeoutMs: 10_000 }),
      new RegExp(`the answer is over ${MAX_BODY_BYTES} bytes`),
    );
    const declared = await start((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(MAX_BODY_BYTES * 10),
      });
      res.write('{');
    });
    await assert.rejects(runConformance({ baseUrl: declared, timeoutMs: 10_000 }), /over \d+ bytes/);
  });

  it('skips an operation whose schema asks for a huge value, saying why', async () => {
    const documents: Record<string, unknown> = {
      '/api/spec/openapi.json': {
        openapi: '3.1.0',
        info: { title: 'hostile', version: '1.0.0' },
        paths: {
          '/api/search': {
            get: {
              operationId: 'search',
              parameters: [
                {
                  name: 'q',
                  in: 'query',
                  required: true,
                  schema: { type: 'string', minLength: 2_000_000_000 },
                },
              ],
              responses: { '200': { description: 'found' } },
            },
          },
        },
      },
      '/api/spec/asyncapi.json': { asyncapi: '3.0.0', info: { title: 'hostile', version: '1.0.0' } },
    };
    const url = await start((req, res) => {
      const document = documents[req.url ?? ''];
      if (document) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(document));
      else res.writeHead(404).end();
    });
    const report = await runConformance({ baseUrl: url, readOnly: true, timeoutMs: 1000 });
    const search = report.results.cases.filter((c) => c.operation === 'search');
    assert.deepEqual(
      search.map((c) => [c.outcome, c.problems.join()]),
      [
        [
          'skipped',
          'no value made: minLength 2000000000 at /paths/~1api~1search/get/parameters/0/schema is over the 65536 the check generates',
        ],
      ],
    );
  });

  describe('with the real documents', () => {
    let server: TestServer;
    let documents: Map<string, string>;
    before(async () => {
      server = await startTestServer();
      documents = new Map();
      for (const id of ['openapi', 'asyncapi']) {
        const path = `/api/spec/${id}.json`;
        documents.set(path, await (await fetch(`${server.url}${path}`)).text());
      }
    });
    after(() => server.close());

    it('ends a run that passes its deadline with a failure naming what was running', async () => {
      // The documents, then silence: every operation and every WebSocket upgrade hangs.
      const url = await start(
        (req, res) => {
          const document = documents.get(req.url ?? '');
          if (document) res.writeHead(200, { 'content-type': 'application/json' }).end(document);
        },
        () => undefined,
      );
      const started = Date.now();
      const report = await runConformance({
        baseUrl: url,
        readOnly: true,
        timeoutMs: 10_000,
        deadlineMs: 800,
      });
      assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
      assert.equal(report.passed, false);
      const deadline = report.results.failed.find((c) => c.operation === 'deadline');
      assert.match(
        deadline?.problems[0] ?? '',
        /passed its deadline of 0\.8 s while running: (raw|socketio|http) \w+/,
      );
      assert.match(report.markdown, /passed its deadline/);
    });

    it('keeps the path prefix of the base URL for HTTP, Socket.IO and the raw WebSocket', async () => {
      const proxy = await prefixProxy(new URL(server.url));
      closing.push(proxy.close);
      const user = await registerUser(server);
      const report = await runConformance({
        baseUrl: `${proxy.url}/prefix`,
        readOnly: true,
        token: user.token,
      });
      const failures = report.results.failed.map((c) => `${c.operation}: ${c.problems.join('; ')}`);
      assert.deepEqual(failures, []);
      for (const suite of ['http', 'socketio', 'raw'] as const)
        assert.ok(
          report.results.cases.some((c) => c.suite === suite && c.outcome === 'passed'),
          `no ${suite} case passed through the prefix`,
        );
    });

    it('logs out the sessions it opened with --username/--password', async () => {
      const user = await registerUser(server);
      const report = await runConformance({
        baseUrl: server.url,
        readOnly: true,
        username: user.profile.username,
        password: user.password,
      });
      assert.equal(report.passed, true);
      const teardown = report.results.cases.filter((c) => c.name === 'teardown: log out');
      assert.deepEqual(
        teardown.map((c) => [c.operation, c.outcome, c.detail]),
        [['logoutUser', 'passed', '204']],
      );
    });
  });
});
