import { Decoder, Encoder, type Packet } from 'socket.io-parser';

/** The size in bytes of the frame an event arrived in, set on the event's argument array. */
export const FRAME_BYTES = Symbol('frameBytes');

export type SizedEvent = unknown[] & { [FRAME_BYTES]?: number };

function bytesOf(chunk: unknown): number {
  if (typeof chunk === 'string') return Buffer.byteLength(chunk, 'utf8');
  return (chunk as { byteLength?: number }).byteLength ?? 0;
}

/**
 * Socket.IO's own decoder, which also records how many bytes each event took on the wire. Socket.IO
 * hands the same argument array to `socket.use()` middleware, where the dispatcher refuses events over
 * MAX_FRAME_BYTES with PAYLOAD_TOO_LARGE and keeps the connection open (Engine.IO's own limit, four
 * times larger, closes it).
 */
class SizedDecoder extends Decoder {
  private bytes = 0;

  constructor() {
    super();
    // Registered before Socket.IO's client registers its own listener, so it runs first.
    this.on('decoded', (packet: Packet) => {
      if (Array.isArray(packet.data)) Object.defineProperty(packet.data, FRAME_BYTES, { value: this.bytes });
      this.bytes = 0;
    });
  }

  override add(chunk: unknown): void {
    // A binary event arrives as a header and attachments: their sizes add up until it is decoded.
    this.bytes += bytesOf(chunk);
    super.add(chunk);
  }
}

export const sizedParser = { Encoder, Decoder: SizedDecoder };
