import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { connect as tcpConnect } from 'node:net';
import { io } from 'socket.io-client';
import { WebSocket } from 'ws';
import { startMock } from '../../scripts/mock/mock-server.js';
import { session, socketServer, specs, useMock } from './mock-fixture.js';

// Hostile clients: each request or frame here once ended the mock's process (an unhandled rejection, an
// `error` event nobody listened to). Each test checks the answer the server gives, then that the mock
// still answers.

const raw = socketServer('localRaw');
const socketio = socketServer('local');
// Nested past the server's MAX_JSON_DEPTH (64) by far: deep enough to overflow a recursive validator.
const DEEP = 20_000;
const deepArray = `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`;

type ErrorBody = { error: { code: string; field?: string } };

/** A GET with a target fetch would normalise (`%E0%A4`, `//[`), sent as written. */
function getRaw(base: string, target: string, token?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      base,
      { path: target, headers: token ? { authorization: `Bearer ${token}` } : {} },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** A copy of the document in which no operation declares `code` (every `x-errors`, `x-request-errors`). */
function withoutErrorCode(node: unknown, code: string): unknown {
  if (Array.isArray(node)) return node.map((item) => withoutErrorCode(item, code));
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if ((key === 'x-errors' || key === 'x-request-errors') && typeof value === 'object' && value !== null) {
        const { [code]: _dropped, ...rest } = value as Record<string, unknown>;
        return [key, rest];
      }
      return [key, withoutErrorCode(value, code)];
    }),
  );
}

/** The close code a raw WebSocket connection ends with. */
function closeCode(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => ws.once('close', (code) => resolve(code)));
}

function opened(ws: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
}

/**
 * Upgrades a bare TCP connection to a WebSocket at `path`, sends one masked frame with `opcode`, and
 * resolves with the close code of the server's close frame (0 when the connection ends without one).
 */
function frameWithOpcode(base: string, path: string, opcode: number): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = tcpConnect(Number(port), hostname);
    let received = Buffer.alloc(0);
    let upgraded = false;
    socket.on('error', reject);
    socket.on('connect', () =>
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      ),
    );
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (!upgraded) {
        const end = received.indexOf('\r\n\r\n');
        if (end < 0) return;
        assert.match(received.subarray(0, end).toString(), /^HTTP\/1\.1 101/);
        upgraded = true;
        received = received.subarray(end + 4);
        // FIN + the opcode, a masked empty payload (a client's frames are masked).
        socket.write(Buffer.from([0x80 | opcode, 0x80, 0, 0, 0, 0]));
      }
      // Frames the server sent first (init) are skipped: the answer wanted is the close frame (opcode 8).
      for (;;) {
        if (received.length < 2) return;
        const length = (received[1] ?? 0) & 0x7f;
        const header = length === 126 ? 4 : 2;
        const size = length === 126 ? received.readUInt16BE(2) : length;
        if (received.length < header + size) return;
        if (((received[0] ?? 0) & 0x0f) === 8) {
          resolve(size >= 2 ? received.readUInt16BE(header) : 0);
          socket.destroy();
          return;
        }
        received = received.subarray(header + size);
      }
    });
    socket.on('close', () => resolve(0));
  });
}

describe('mock server: hostile clients', () => {
  const ctx = useMock();
  let token: string;
  let socketSecret: string;
  before(async () => {
    ({ token, socketSecret } = await session(ctx.mock));
  });
  afterEach(async () => {
    const health = await fetch(`${ctx.mock.url}/api/health`);
    assert.equal(health.status, 200, 'the mock no longer answers');
  });

  describe('HTTP', () => {
    it('refuses a path parameter that is not UTF-8 (%E0%A4) as the server does: 401, then 400 naming it', async () => {
      assert.equal((await getRaw(ctx.mock.url, '/api/db/%E0%A4')).status, 401);
      const refused = await getRaw(ctx.mock.url, '/api/db/%E0%A4', token);
      assert.equal(refused.status, 400);
      const { error } = JSON.parse(refused.body) as ErrorBody;
      assert.deepEqual([error.code, error.field], ['BAD_INPUT', 'path.repo']);
    });

    it('answers 404 for a request target that is no URL', async () => {
      const missing = await getRaw(ctx.mock.url, '//[');
      assert.equal(missing.status, 404);
      assert.equal((JSON.parse(missing.body) as ErrorBody).error.code, 'NOT_FOUND');
    });

    it('refuses a body nested 20,000 deep with 400 BAD_INPUT, invalid JSON with 400 MALFORMED, 1 MiB with 413', async () => {
      const post = (body: string) =>
        fetch(`${ctx.mock.url}/api/users/register`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
      // A document's data takes any JSON, so only the depth limit refuses it, as on the server.
      const deep = await fetch(`${ctx.mock.url}/api/db/tasks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: `{"title":${deepArray}}`,
      });
      assert.equal(deep.status, 400);
      const { error } = (await deep.json()) as ErrorBody & { error: { message: string } };
      assert.equal(error.code, 'BAD_INPUT');
      assert.match(error.message, /MAX_JSON_DEPTH/);
      const malformed = await post('{"username": "ada",');
      assert.equal(malformed.status, 400);
      assert.equal(((await malformed.json()) as ErrorBody).error.code, 'MALFORMED');
      const huge = await post(JSON.stringify({ username: 'x'.repeat(1024 * 1024) })).catch(() => undefined);
      // The mock closes the connection after the answer, as the server does: the client may see either.
      if (huge) assert.equal(huge.status, 413);
    });
  });

  describe('raw WebSocket', () => {
    const url = () => `${ctx.mock.url.replace(/^http/, 'ws')}${raw.pathname}`;

    it('closes with 1009 after a frame over 256 KiB', async () => {
      const ws = new WebSocket(url());
      await opened(ws);
      const closed = closeCode(ws);
      ws.send('x'.repeat(256 * 1024 + 1));
      assert.equal(await closed, 1009);
    });

    it('closes with 1007 after a text frame that is not UTF-8', async () => {
      const ws = new WebSocket(url());
      await opened(ws);
      const closed = closeCode(ws);
      ws.send(Buffer.from([0x7b, 0xe0, 0xa4, 0x7d]), { binary: false });
      assert.equal(await closed, 1007);
    });

    it('closes with 1002 after a frame with a reserved opcode', async () => {
      assert.equal(await frameWithOpcode(ctx.mock.url, raw.pathname, 0x3), 1002);
    });

    it('logs a refusal with a code its operation does not declare, and keeps serving', async () => {
      const lines: Record<string, unknown>[] = [];
      const asyncapi = withoutErrorCode(specs.asyncapi.doc, 'BAD_INPUT') as typeof specs.asyncapi.doc;
      const mock = await startMock({
        port: 0,
        specs: { ...specs, asyncapi: { ...specs.asyncapi, doc: asyncapi } },
        log: (line) => lines.push(line),
      });
      try {
        const ws = new WebSocket(`${mock.url.replace(/^http/, 'ws')}${raw.pathname}`);
        await opened(ws);
        // A wrong sid is BAD_INPUT, which this copy of the spec no longer lets `echo` answer.
        ws.send(JSON.stringify({ sid: 'not-this-connection', type: 'echo', data: 'hello' }));
        for (let i = 0; i < 200 && !lines.some((l) => l.level === 'error'); i++)
          await new Promise((resolve) => setTimeout(resolve, 10));
        assert.match(
          String(lines.find((l) => l.level === 'error')?.error),
          /BAD_INPUT, which it does not declare/,
        );
        ws.close();
        assert.equal((await fetch(`${mock.url}/api/health`)).status, 200);
      } finally {
        await mock.close();
      }
    });

    it('refuses an envelope nested 20,000 deep with BAD_INPUT', async () => {
      const ws = new WebSocket(url());
      const messages: { type: string; code?: string; data?: string }[] = [];
      ws.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString('utf8'))));
      await opened(ws);
      ws.send(`{"type":"echo","data":${deepArray}}`);
      for (let i = 0; i < 200 && !messages.some((m) => m.type === 'error'); i++)
        await new Promise((resolve) => setTimeout(resolve, 10));
      const refusal = messages.find((m) => m.type === 'error');
      assert.equal(refusal?.code, 'BAD_INPUT');
      assert.match(refusal?.data ?? '', /MAX_JSON_DEPTH/);
      ws.close();
    });
  });

  describe('Socket.IO', () => {
    const engineUrl = () =>
      `${ctx.mock.url.replace(/^http/, 'ws')}${socketio.pathname}?EIO=4&transport=websocket`;

    it('refuses a payload nested 100 deep with BAD_INPUT through the acknowledgement', async () => {
      const socket = io(ctx.mock.url, {
        path: socketio.pathname,
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        auth: { socketSecret },
      });
      let payload: unknown = 'deep';
      for (let i = 0; i < 100; i++) payload = { data: payload };
      const reply = (await socket.timeout(2000).emitWithAck('echo', payload)) as ErrorBody & {
        error: { message: string };
      };
      assert.equal(reply.error.code, 'BAD_INPUT');
      assert.match(reply.error.message, /MAX_JSON_DEPTH/);
      socket.close();
    });

    it('survives malformed, oversized and 20,000-deep Engine.IO frames, closing the connection', async () => {
      for (const frame of [
        '4{not a packet',
        '42["echo",',
        `42["echo",${deepArray}]`,
        'x'.repeat(2_000_000),
      ]) {
        const ws = new WebSocket(engineUrl());
        await opened(ws);
        const closed = closeCode(ws);
        ws.send('40');
        ws.send(frame);
        // Not authenticated (no secret in the handshake) or refused: either way the connection ends.
        const timer = setTimeout(() => ws.terminate(), 2000);
        await closed;
        clearTimeout(timer);
      }
    });
  });
});
