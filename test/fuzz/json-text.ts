import fc from 'fast-check';

/**
 * Text written into a frame as is, for what no JavaScript value serializes to: `1e999` (JSON.stringify
 * writes Infinity as null), a number past double precision, or nesting thousands of levels deep (the
 * serializer below recurses; the text is built flat).
 */
export class RawJson {
  constructor(readonly text: string) {}
}

/** A JSON value as the fuzzer builds it: plain JSON, with raw text anywhere a value goes. */
export type FuzzJson = null | boolean | number | string | RawJson | FuzzJson[] | { [key: string]: FuzzJson };

/** The JSON text of a fuzz value. Strings go through JSON.stringify, which escapes NUL and lone surrogates. */
export function jsonText(value: FuzzJson): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** `[[[…]]]` or `{"a":{"a":…}}`, `depth` levels, as text. */
export function nestedText(depth: number, kind: 'array' | 'object'): RawJson {
  return kind === 'array'
    ? new RawJson(`${'['.repeat(depth)}${']'.repeat(depth)}`)
    : new RawJson(`${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`);
}

/** Sizes in bytes of JSON text around the spec's bounds (32, 64, 128, 256, 2048, 4096) and past the frame limit. */
const LENGTHS = [0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 129, 257, 513, 1025, 2049, 4097, 5000, 70_000];

/** Numbers at the edges: past double range (as text), past safe integers, tiny, negative zero. */
export const nastyNumber: fc.Arbitrary<FuzzJson> = fc.oneof(
  fc.constantFrom<FuzzJson>(
    new RawJson('1e999'),
    new RawJson('-1e999'),
    new RawJson('1e-999'),
    new RawJson('123456789012345678901234567890'),
    new RawJson('-0'),
    new RawJson('0.0000000000000000000001'),
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    -Number.MAX_SAFE_INTEGER - 2,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    2 ** 31,
    -1,
    0,
    1,
    1.5,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Bytes a string takes in JSON text: NUL and a lone surrogate are written as six-character escapes. */
const textBytes = (s: string) => Buffer.byteLength(JSON.stringify(s)) - 2;

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Strings with NUL or a lone surrogate (which PostgreSQL cannot take), at the spec's length bounds, or odd. */
export const nastyString: fc.Arbitrary<FuzzJson> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  { weight: 2, arbitrary: fc.tuple(fc.string(), loneSurrogate, fc.string()).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}\u0000${b}`) },
  fc
    .tuple(fc.constantFrom(...LENGTHS), fc.constantFrom('x', 'é', '😀', '\u0000', '\ud800'))
    .map(([bytes, c]) => c.repeat(Math.ceil(bytes / textBytes(c)))),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'dm:a:b',
    'db-notes',
    'db-',
    '../../etc/passwd',
    "'; DROP TABLE users; --",
    '%s%s%n',
    '\u202e',
    ' general ',
    'GENERAL',
  ),
  fc.uuid(),
);

const nastyLeaf: fc.Arbitrary<FuzzJson> = fc.oneof(
  // The last is how Socket.IO marks a binary attachment's place, here in a packet that has none.
  fc.constantFrom<FuzzJson>(null, true, false, [], {}, { _placeholder: true, num: 0 }),
  nastyNumber,
  nastyString,
  fc
    .tuple(fc.constantFrom(63, 64, 65, 100, 1000, 5000), fc.constantFrom('array' as const, 'object' as const))
    .map(([depth, kind]) => nestedText(depth, kind)),
);

/** A key of an object the fuzzer adds: ordinary, empty, dotted, prototype-ish or very long. */
export const nastyKey: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('', '__proto__', 'constructor', 'prototype', 'a.b', 'k'.repeat(600), 'room', 'data'),
);

/**
 * Any value a field could hold that the spec does not expect, or does at its edges: wrong types, numbers
 * JSON can write but JavaScript cannot hold, strings with NUL, lone surrogates or many thousand
 * characters, deep nesting, and small arbitrary JSON built of those.
 */
export const nastyJson: fc.Arbitrary<FuzzJson> = fc.letrec<{ value: FuzzJson }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyLeaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(nastyKey, tie('value'), { maxKeys: 4 }),
  ),
})).value;
