import type { Socket } from 'node:net';
import fc from 'fast-check';
import type WebSocket from 'ws';

/**
 * What a client can do to a connection that is not a request: a WebSocket message that is not the
 * transport's protocol, or bytes written to the TCP connection as they are (no WebSocket framing at all),
 * after which the client ends its side. Either may cost that one connection, nothing more.
 */
export type Garbage =
  | { kind: 'message'; data: string | Uint8Array; binary: boolean }
  | { kind: 'stream'; bytes: Uint8Array };

const text = (data: string): Garbage => ({ kind: 'message', data, binary: false });
const binaryMessage = fc.uint8Array({ minLength: 1, maxLength: 32 }).map(
  (data): Garbage => ({
    kind: 'message',
    data,
    binary: true,
  }),
);
const stream = fc
  .uint8Array({ minLength: 1, maxLength: 64 })
  .map((bytes): Garbage => ({ kind: 'stream', bytes }));

/**
 * For an Engine.IO session that joined `/`: Engine.IO packets a client does not send (open, ping, a pong
 * nobody asked for, upgrade), Socket.IO packets it must not (a second CONNECT, CONNECT_ERROR, another
 * namespace, reserved event names, attachments that never come, JSON that is not an array), and bytes
 * that are neither.
 */
export const engineIoGarbage: fc.Arbitrary<Garbage> = fc.oneof(
  fc
    .constantFrom(
      '',
      'hello',
      '0',
      '0{"sid":"x"}',
      '1',
      '2',
      '2probe',
      '3',
      '5',
      '6',
      '7',
      '9',
      'bAAAA',
      '4',
      '40',
      '40{}',
      '40/admin,',
      '41/admin,',
      '43',
      '4399999["x"]',
      '44{"message":"x"}',
      '45',
      '451-',
      '451-["echo",{"_placeholder":true,"num":0}]',
      '452-["echo",{"_placeholder":true,"num":7}]',
      '46',
      '47',
      '4x',
      '42[',
      '42{}',
      '42"echo"',
      '42["connect"]',
      '42["disconnect",{}]',
      '42["newListener",{}]',
      '42[null]',
      '42[{}]',
      '42[[]]',
      '42/admin,["echo",{"data":"x"}]',
    )
    .map(text),
  fc.string().map(text),
  fc
    .tuple(fc.constantFrom('4', '42', '45', '43'), fc.string())
    .map(([prefix, rest]) => text(`${prefix}${rest}`)),
  binaryMessage,
  stream,
);

/** For an authenticated /ws connection: text frames that are not UTF-8, a frame past four times MAX_FRAME_BYTES, raw bytes. */
export function rawGarbage(maxFrameBytes: number): fc.Arbitrary<Garbage> {
  return fc.oneof(
    fc.tuple(fc.uint8Array({ maxLength: 16 }), fc.constantFrom(0xff, 0xc0, 0xed)).map(
      ([bytes, bad]): Garbage => ({
        kind: 'message',
        data: new Uint8Array([...bytes, bad]),
        binary: false,
      }),
    ),
    fc.constant(text('x'.repeat(4 * maxFrameBytes + 1))),
    binaryMessage,
    stream,
  );
}

/** For the HTTP port itself, before any request: bytes that are not HTTP (or are, barely). */
export const httpGarbage: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 64 }),
  fc
    .constantFrom(
      'GARBAGE\r\n\r\n',
      'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
      '\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03',
      'GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nUpgrade: websocket\r\n\r\n',
      'GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 99\r\n\r\n',
    )
    .map((s) => new TextEncoder().encode(s)),
);

/** The TCP connection under a `ws` WebSocket. */
const tcpOf = (ws: WebSocket): Socket => (ws as unknown as { _socket: Socket })._socket;

/** Does to the connection what `garbage` says. */
export function sendGarbage(ws: WebSocket, garbage: Garbage): void {
  if (garbage.kind === 'message') ws.send(garbage.data, { binary: garbage.binary });
  else tcpOf(ws).end(garbage.bytes);
}

/** Garbage as readable text, for failure messages. */
export function describeGarbage(garbage: Garbage): string {
  if (garbage.kind === 'message' && !garbage.binary && typeof garbage.data === 'string')
    return JSON.stringify(garbage.data).slice(0, 200);
  const bytes = garbage.kind === 'stream' ? garbage.bytes : (garbage.data as Uint8Array);
  return `${garbage.kind === 'stream' ? 'TCP bytes' : garbage.binary ? 'binary' : 'text bytes'} ${Buffer.from(bytes).toString('hex').slice(0, 200)}`;
}
