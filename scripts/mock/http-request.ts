import type { IncomingMessage } from 'node:http';
import { MockHttpError } from './http-errors.js';

/** The server's limit (`MAX_HTTP_BODY_BYTES`, 64 KiB): a bigger body is `413 PAYLOAD_TOO_LARGE`. */
export const MAX_BODY_BYTES = 64 * 1024;

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/** Reads a request body up to the limit; `undefined` when there is none. */
async function readRaw(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new MockHttpError('PAYLOAD_TOO_LARGE', `the body is over ${MAX_BODY_BYTES} bytes`, 'body');
    chunks.push(chunk as Buffer);
  }
  return size === 0 ? undefined : Buffer.concat(chunks);
}

/** A JSON body, as the server reads one: size, then media type, then syntax (`MALFORMED`). */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const raw = await readRaw(req);
  if (raw === undefined) return undefined;
  const type = req.headers['content-type'] ?? '';
  if (!JSON_TYPE.test(type))
    throw new MockHttpError(
      'UNSUPPORTED_MEDIA_TYPE',
      `the body must be application/json, not ${type || 'untyped'}`,
      'header.content-type',
    );
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch (err) {
    throw new MockHttpError('MALFORMED', `the body is not valid JSON: ${(err as Error).message}`, 'body');
  }
}

/** Query parameters as the validators take them: a repeated name becomes an array. */
export function queryValues(search: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of search) {
    const seen = out[name];
    out[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}

/** Of the media types an answer is declared in, the one the client's `Accept` prefers (JSON by default). */
export function negotiate(accept: string | undefined, offered: readonly string[]): string | undefined {
  const wanted = (accept ?? '')
    .split(',')
    .map((part) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find((v) => v !== undefined);
      return { range: range.trim().toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((w) => w.range !== '' && w.q > 0)
    .sort((a, b) => b.q - a.q);
  const json = offered.find((t) => /json/.test(t)) ?? offered[0];
  for (const { range } of wanted) {
    if (range === '*/*') return json;
    const found = offered.find(
      (t) => t === range || (range.endsWith('/*') && t.startsWith(range.slice(0, -1))),
    );
    if (found) return found;
  }
  return json;
}
