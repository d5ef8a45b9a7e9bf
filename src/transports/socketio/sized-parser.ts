import { Decoder, Encoder, type Packet, PacketType } from 'socket.io-parser';
import { recordEvent, specCoverageOn } from '../spec-coverage.js';

/** The size in bytes of the frame an event arrived in, set on the event's argument array. */
export const FRAME_BYTES = Symbol('frameBytes');

export type SizedEvent = unknown[] & { [FRAME_BYTES]?: number };

function bytesOf(chunk: unknown): number {
  if (typeof chunk === 'string') return Buffer.byteLength(chunk, 'utf8');
  return (chunk as { byteLength?: number }).byteLength ?? 0;
}

/**
 * Socket.IO's encoder, which also records for spec coverage every event the server sends: every emit,
 * to one socket or broadcast, is encoded here once, and nothing the outbound validation stopped gets here.
 */
class RecordingEncoder extends Encoder {
  override encode(packet: Packet) {
    if (specCoverageOn()) {
      if (packet.type === PacketType.EVENT || packet.type === PacketType.BINARY_EVENT)
        recordEvent('local', packet.data[0]);
      // A handshake we refused carries our Error as its data; Socket.IO's own refusals (an unknown
      // namespace) carry none and are not the spec's `connect_error`.
      else if (packet.type === PacketType.CONNECT_ERROR && packet.data?.data?.code !== undefined)
        recordEvent('local', 'connect_error');
    }
    return super.encode(packet);
  }
}

/**
 * Socket.IO's own parser, whose decoder also records how many bytes each event took on the wire.
 * Socket.IO hands the same argument array to `socket.use()` middleware, where the dispatcher refuses
 * events over MAX_FRAME_BYTES with PAYLOAD_TOO_LARGE and keeps the connection open. An event whose
 * parts (a binary event's header and attachments) add up past `hardLimit` is a decoding error, which
 * closes the connection, as Engine.IO does for a single packet past its limit. Its encoder records
 * for spec coverage.
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
  return { Encoder: RecordingEncoder, Decoder: SizedDecoder };
}
