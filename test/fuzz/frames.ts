// The fuzzed frames of both transports, shared by the fuzz test (test/fuzz.test.ts) and the soak's trickle
// of bad input (bench/soak/). They live under test/ because the benchmarks already build on the test
// helpers (servers, clients) and never the other way round: the test suite needs nothing from bench/.
import fc from 'fast-check';
import { type FuzzJson, jsonText, nastyJson, nestedText, RawJson } from './json-text.js';
import { isObject, mutated } from './mutations.js';
import { envelopeSeeds, type FuzzTargets, socketSeeds } from './seeds.js';

/**
 * The fuzz frames are sized for the default MAX_FRAME_BYTES (64 KiB): some are over it (PAYLOAD_TOO_LARGE),
 * none reaches four times it, which closes the connection by design.
 */
const MAX_FUZZ_FRAME_BYTES = 3 * 64 * 1024;

// Socket.IO's parser refuses these as event names, which closes the connection: protocol garbage, not input.
const RESERVED_EVENTS = [
  'connect',
  'connect_error',
  'disconnect',
  'disconnecting',
  'newListener',
  'removeListener',
];

/** A Socket.IO EVENT packet, `42<ack id><data>`; the ack id is the sender's to choose. */
export interface SocketFrame {
  /** The packet's data, `[event, ...args]` as JSON text; empty for a packet with no data at all. */
  data: string;
  /** Whether the packet carries an ack id, asking for an acknowledgement. */
  ack: boolean;
}

export const socketFrameText = (frame: SocketFrame, ackId: number): string =>
  `42${frame.ack ? ackId : ''}${frame.data}`;

/** The event name as the server reads it: the data's first element as a string ('' without data). */
export function eventOf(frame: SocketFrame): string {
  if (frame.data === '') return '';
  return String((JSON.parse(frame.data) as unknown[])[0]);
}

/** A frame's text cut to a readable length, for failure messages: long strings and deep nesting abridged. */
export function abridged(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max - 80)}…(${text.length} chars)…${text.slice(-60)}`;
}

const unknownEvent = (known: readonly string[]): fc.Arbitrary<FuzzJson> =>
  fc.oneof(
    fc.string().filter((name) => !known.includes(name) && !RESERVED_EVENTS.includes(name)),
    fc.constantFrom('Echo', 'echo ', '__proto__', 'constructor', 'frame-error', 'welcome', 'x'.repeat(300)),
    // Socket.IO's parser takes numbers as event names too.
    fc.oneof(fc.integer(), fc.constantFrom(new RawJson('1e999'), new RawJson('-0'), 1.5)),
  );

/** fc.oneof with weights, as [weight, arbitrary] pairs. */
const weighted = <T>(...pairs: [number, fc.Arbitrary<T>][]) =>
  fc.oneof(...pairs.map(([weight, arbitrary]) => ({ weight, arbitrary })));

/**
 * Frames for every operation of the spec and for unknown events (string and numeric names): payloads
 * mutated from valid ones, or none, or two; a few packets with no data at all; most with an ack id.
 */
export function socketFrame(targets: FuzzTargets): fc.Arbitrary<SocketFrame> {
  const seeds = socketSeeds(targets) as unknown as Record<string, FuzzJson[]>;
  const known = Object.keys(seeds);
  const call = weighted<[FuzzJson, FuzzJson]>(
    [
      6,
      fc
        .constantFrom(...known)
        .chain((event) =>
          fc.tuple(fc.constant(event), fc.constantFrom(...(seeds[event] ?? [])).chain(mutated)),
        ),
    ],
    [1, fc.tuple(unknownEvent(known), nastyJson)],
  );
  const args = call.chain(([event, payload]) =>
    weighted<FuzzJson[]>(
      [8, fc.constant([event, payload])],
      [1, fc.constant([event])],
      [1, nastyJson.map((second) => [event, payload, second])],
    ),
  );
  return fc
    .record({
      data: weighted([40, args.map(jsonText)], [1, fc.constant('')]),
      ack: weighted([6, fc.constant(true)], [1, fc.constant(false)]),
    })
    .filter((frame) => Buffer.byteLength(frame.data) < MAX_FUZZ_FRAME_BYTES);
}

/** One of the connection's own credentials, filled in when the frame is sent. */
export class OwnCredential {
  constructor(readonly which: 'sid' | 'token') {}
}

/** A /ws frame: an envelope (a JSON object, its credentials filled in when sent), other text, or binary. */
export type RawFrame =
  | { kind: 'envelope'; fields: { [key: string]: FuzzJson | OwnCredential } }
  | { kind: 'text'; text: string }
  | { kind: 'binary'; bytes: Uint8Array };

export interface Credentials {
  sid: string;
  token: string;
}

/** What goes on the wire for a frame, on a connection with these credentials. */
export function rawFrameData(
  frame: RawFrame,
  own: Credentials,
): { data: string | Uint8Array; binary: boolean } {
  if (frame.kind === 'binary') return { data: frame.bytes, binary: true };
  if (frame.kind === 'text') return { data: frame.text, binary: false };
  const fields = Object.entries(frame.fields).map(
    ([key, value]) =>
      `${JSON.stringify(key)}:${value instanceof OwnCredential ? JSON.stringify(own[value.which]) : jsonText(value)}`,
  );
  return { data: `{${fields.join(',')}}`, binary: false };
}

/** The connection's own sid or token, mostly; sometimes none, sometimes anything else. */
const credential = (which: OwnCredential['which']) =>
  weighted<FuzzJson | OwnCredential | undefined>(
    [8, fc.constant(new OwnCredential(which))],
    [1, fc.constant(undefined)],
    [1, nastyJson],
  );

const ECHO_TEXT = '{"type":"echo","data":"hello"}';

/** Text that is not a JSON object: malformed, cut short, deep beyond any limit, or another JSON value. */
const notAnEnvelope: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '{', '}', "{'type':'echo'}", '[1,]', `${ECHO_TEXT}x`, `\ufeff${ECHO_TEXT}`, 'NaN'),
  fc.nat({ max: ECHO_TEXT.length - 1 }).map((cut) => ECHO_TEXT.slice(0, cut)),
  fc.constantFrom(nestedText(20_000, 'array').text, nestedText(5000, 'object').text),
  nastyJson.filter((value) => !isObject(value)).map(jsonText),
);

/**
 * Envelopes of every request type with mutated fields and the connection's sid and token (or none, or
 * wrong ones), envelopes of unknown types, text that is no envelope at all, and binary frames.
 */
export function rawFrame(targets: FuzzTargets): fc.Arbitrary<RawFrame> {
  const seeds = envelopeSeeds(targets) as unknown as Record<string, FuzzJson[]>;
  const types = Object.keys(seeds);
  const body = weighted<FuzzJson>(
    [6, fc.constantFrom(...types).chain((type) => fc.constantFrom(...(seeds[type] ?? [])).chain(mutated))],
    [1, fc.record({ type: fc.oneof(fc.string(), nastyJson), data: nastyJson })],
  );
  const envelope = fc
    .tuple(body, credential('sid'), credential('token'))
    .map(([fields, sid, token]): RawFrame => {
      if (!isObject(fields)) return { kind: 'text', text: jsonText(fields) };
      return {
        kind: 'envelope',
        fields: {
          ...(sid === undefined ? {} : { sid }),
          ...fields,
          ...(token === undefined ? {} : { token }),
        },
      };
    });
  const binary = fc
    .oneof(fc.uint8Array({ maxLength: 64 }), fc.constant(new TextEncoder().encode(ECHO_TEXT)))
    .map((bytes): RawFrame => ({ kind: 'binary', bytes }));
  const placeholder: Credentials = { sid: '', token: '' };
  return weighted<RawFrame>(
    [12, envelope],
    [1, notAnEnvelope.map((text): RawFrame => ({ kind: 'text', text }))],
    [1, binary],
  ).filter((frame) => Buffer.byteLength(rawFrameData(frame, placeholder).data) < MAX_FUZZ_FRAME_BYTES);
}
