/**
 * How the check reaches a server it does not trust: URLs under the base URL's path (a server behind a
 * prefix, `https://host/switchboard/`), and answers read with a size cap, so a hostile or broken server
 * can neither send the check elsewhere nor make it run out of memory.
 */

/** The most the check reads of one answer (a document, a response body). */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * The URL of an absolute path of the documents (`/api/spec/openapi.json`, `/socket.io/`) on a server
 * whose base URL may carry a path prefix: `http://host/prefix` + `/api/x` is `http://host/prefix/api/x`.
 */
export function urlAt(baseUrl: string, path: string): URL {
  if (!path.startsWith('/')) throw new Error(`not an absolute path: ${path}`);
  const base = new URL(baseUrl);
  const url = new URL(base.origin);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}${path}`;
  return url;
}

/** The base URL's origin and its path prefix (`''` when none): Socket.IO takes them apart. */
export function splitBase(baseUrl: string): { origin: string; prefix: string } {
  const base = new URL(baseUrl);
  return { origin: base.origin, prefix: base.pathname.replace(/\/+$/, '') };
}

/**
 * Reads a body chunk by chunk, refusing it once it passes `maxBytes` (a declared `content-length` over
 * the cap is refused before reading). The request's own signal bounds the time.
 */
export async function readBody(response: Response, what: string, maxBytes = MAX_BODY_BYTES): Promise<string> {
  const tooLarge = () =>
    new Error(`${what}: the answer is over ${maxBytes} bytes, more than the check reads`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** What a failed fetch says, with the time limit named when that is what ended it. */
export function fetchError(err: unknown, what: string, timeoutMs: number): Error {
  const error = err as Error & { cause?: unknown };
  if (error.name === 'TimeoutError' || error.name === 'AbortError')
    return new Error(`${what}: no complete answer within ${timeoutMs} ms`);
  return new Error(`${what}: ${error.cause ?? error.message}`);
}
