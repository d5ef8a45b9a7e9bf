import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import { ApiError } from '../../core/errors.js';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/** True when the request carries a body at all (a length, or chunked transfer). */
function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/**
 * Reads a JSON body: refuses a non-JSON content type (415), a body over `limit` bytes (413, without
 * reading past the limit) and unparseable JSON (MALFORMED). Resolves undefined when there is no body.
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  if (!hasBody(req)) return undefined;
  const [mediaType = '', ...params] = (req.headers['content-type'] ?? '').split(';').map((s) => s.trim());
  if (!JSON_TYPE.test(mediaType)) {
    throw new ApiError(
      'UNSUPPORTED_MEDIA_TYPE',
      `the body must be application/json, not ${mediaType.slice(0, 100) || 'untyped'}`,
      'header.content-type',
    );
  }
  const charset = params
    .find((p) => p.toLowerCase().startsWith('charset='))
    ?.slice(8)
    .replace(/"/g, '')
    .toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    throw new ApiError(
      'UNSUPPORTED_MEDIA_TYPE',
      `the body must be UTF-8, not ${charset.slice(0, 40)}`,
      'header.content-type',
    );
  }
  const tooLarge = new ApiError('PAYLOAD_TOO_LARGE', `the body is larger than ${limit} bytes`, 'body');
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge;

  const bytes = await readUpTo(req, limit, tooLarge);
  // Decoding would silently turn invalid bytes into U+FFFD, and that is what would be stored.
  if (!isUtf8(bytes)) throw new ApiError('MALFORMED', 'the body is not valid UTF-8', 'body');
  const text = bytes.toString('utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ApiError(
      'MALFORMED',
      `the body is not valid JSON: ${(err as Error).message}`.slice(0, 1024),
      'body',
    );
  }
}

/**
 * Collects the body up to `limit` bytes. Past the limit it rejects with `tooLarge` and leaves the request
 * flowing rather than destroying it (as breaking out of `for await` would): the socket has to keep being read
 * for the refusal to reach the client (staged-close.ts).
 */
function readUpTo(req: IncomingMessage, limit: number, tooLarge: ApiError): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stop();
      reject(tooLarge);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    // The client went away mid-upload: its fault, not the server's, and no one is left to answer.
    const onError = () => {
      stop();
      reject(new ApiError('MALFORMED', 'the body ended before it was complete', 'body'));
    };
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', onError);
    req.once('aborted', onError);
  });
}
