import { Decoder, Encoder, type Packet } from 'socket.io-parser';

/** The size in bytes of the frame an event arrived in, set on the event's argument array. */
export const FRAME_BYTES = Symbol('frameBytes');

export type SizedEvent = unknown[] & { [FRAME_BYTES]?: number };

function bytesOf(chunk: unknown): number {
  if (typeof chunk === 'string') return Buffer.byteLength(chunk, 'utf8');
  return (chunk as { byteLength?: number }).byteLength ?? 0;
}

/**
 * Socket.IO's own parser, whose decoder also records how many bytes each event took on the wire.
 * Socket.IO hands the same argument array to `socket.use()` middleware, where the dispatcher refuses
 * events over MAX_FRAME_BYTES with PAYLOAD_TOO_LARGE and keeps the connection open. An event whose
 * parts (a binary event's header and attachments) add up past `hardLimit` is a decoding error, which
 * closes the connection, as Engine.IO does for a single packet past its limit.
 */
export function sizedParser(hardLimit: number) {
  class SizedDecoder extends Decoder {
    private bytes = 0;

    constructor() {
      super();
      // Registered before Socket.IO's client registers its own listener, so it runs first.
      this.on('decoded', (packet: Packet) => {
        if (Array.isArray(packet.data))
          Object.defineProperty(packet.data, FRAME_BYTES, { value: this.bytes });
        this.bytes = 0;
      });
    }

    override add(chunk: unknown): void {
      this.bytes += bytesOf(chunk);
      if (this.bytes > hardLimit) throw new Error(`event larger than ${hardLimit} bytes`);
      super.add(chunk);
    }
  }
  return { Encoder, Decoder: SizedDecoder };
}
