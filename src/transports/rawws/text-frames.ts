import type { Duplex } from 'node:stream';
import type WebSocket from 'ws';

/** A WebSocket text frame, server to client: its header, then its payload from `payloadAt`. */
export interface TextFrame {
  bytes: Buffer;
  payloadAt: number;
}

/** The header's length for a payload of `length` bytes (RFC 6455 §5.2: unmasked, as a server sends). */
function headerLength(length: number): number {
  return length < 126 ? 2 : length < 65_536 ? 4 : 10;
}

/**
 * A text frame whose payload is `head` (text) followed by `tail` (bytes), in one buffer: the payload
 * is written once, header and all, rather than framed by `ws` at every send.
 */
export function textFrame(head: string, tail: Buffer): TextFrame {
  const length = Buffer.byteLength(head) + tail.length;
  const payloadAt = headerLength(length);
  const bytes = Buffer.allocUnsafe(payloadAt + length);
  bytes[0] = 0x81; // FIN, opcode 1 (text)
  if (payloadAt === 2) bytes[1] = length;
  else if (payloadAt === 4) {
    bytes[1] = 126;
    bytes.writeUInt16BE(length, 2);
  } else {
    bytes[1] = 127;
    bytes.writeBigUInt64BE(BigInt(length), 2);
  }
  tail.copy(bytes, payloadAt + bytes.write(head, payloadAt));
  return { bytes, payloadAt };
}

/** What of `ws`'s WebSocket this file reads: private in its typings, so read with care. */
interface WsInternals {
  _socket?: Duplex;
  _sender?: { _state?: unknown; _firstFragment?: unknown };
}
// ws's Sender state when it is neither compressing nor waiting for a blob's bytes.
const SENDER_IDLE = 0;

/**
 * Sends a text frame. When `ws` would itself write the frame straight to the TCP socket (the connection
 * is open, nothing compressed or queued, no fragmented message under way: always so on /ws, which has
 * no compression), the frame is written there as it is: one write of one buffer, where `ws.send` frames
 * the payload again and writes header and payload as two. `bufferedAmount` counts it either way (it
 * reads the socket's buffer), so the slow-consumer cut-off still sees it. Otherwise `ws.send` sends the
 * payload.
 */
export function sendTextFrame(ws: WebSocket, frame: TextFrame): void {
  const { _socket: socket, _sender: sender } = ws as unknown as WsInternals;
  if (
    ws.readyState === ws.OPEN &&
    socket?.writable === true &&
    sender?._state === SENDER_IDLE &&
    sender._firstFragment === true
  )
    socket.write(frame.bytes);
  else ws.send(frame.bytes.subarray(frame.payloadAt), { binary: false });
}
