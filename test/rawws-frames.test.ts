import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { sendTextFrame, textFrame } from '../src/transports/rawws/text-frames.js';

/** A real ws server and client: what the server sends with sendTextFrame, as the client receives it. */
async function pair(): Promise<{ server: WebSocket; client: WebSocket; close(): Promise<void> }> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
  await once(wss, 'listening');
  const accepted = once(wss, 'connection');
  const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`);
  const [server] = (await accepted) as [WebSocket];
  await once(client, 'open');
  return {
    server,
    client,
    close: async () => {
      client.terminate();
      await new Promise((resolve) => wss.close(resolve));
    },
  };
}

describe('/ws text frames written whole (text-frames.ts)', () => {
  it('arrives as the same text message, whatever the length encoding (7-bit, 16-bit, 64-bit)', async () => {
    const { server, client, close } = await pair();
    try {
      for (const size of [0, 1, 125, 126, 65_535, 65_536, 200_000]) {
        const tail = Buffer.from('é'.repeat(Math.floor(size / 2)) + 'x'.repeat(size % 2));
        const received = once(client, 'message');
        sendTextFrame(server, textFrame('{"sid":"s",', tail));
        const [data, isBinary] = (await received) as [Buffer, boolean];
        assert.equal(isBinary, false, `size ${size}`);
        assert.equal(data.toString(), `{"sid":"s",${tail.toString()}`, `size ${size}`);
      }
    } finally {
      await close();
    }
  });

  it('keeps frames in order with ws.send between them, and sends nothing once the connection closes', async () => {
    const { server, client, close } = await pair();
    try {
      const texts: string[] = [];
      client.on('message', (data) => texts.push(data.toString()));
      sendTextFrame(server, textFrame('a', Buffer.from('1')));
      server.send('b2');
      sendTextFrame(server, textFrame('c', Buffer.from('3')));
      server.send('end');
      while (texts.at(-1) !== 'end') await once(client, 'message');
      assert.deepEqual(texts, ['a1', 'b2', 'c3', 'end']);
      const closed = once(client, 'close');
      server.close(1000, 'bye');
      sendTextFrame(server, textFrame('late', Buffer.from('')));
      await closed;
      assert.equal(texts.at(-1), 'end');
    } finally {
      await close();
    }
  });
});
