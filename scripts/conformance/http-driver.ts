import type { Json } from './documents.js';
import { fetchError, readBody, urlAt } from './fetching.js';

/** One HTTP request as the plan builds it. */
export interface HttpRequest {
  method: string;
  /** The path with its parameters filled in. */
  path: string;
  query: [string, string][];
  body?: { mediaType: string; value: Json };
  token?: string;
}

export interface HttpAnswer {
  status: number;
  /** The media type without parameters (`application/json`), or undefined when there is no header. */
  mediaType: string | undefined;
  text: string;
}

/** Fills `{name}` placeholders of a path, each value URL-encoded. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}

/** Sends one request with fetch; a transport failure (refused, reset, timeout) is an error. */
export async function sendHttp(
  baseUrl: string,
  request: HttpRequest,
  timeoutMs: number,
): Promise<HttpAnswer> {
  const url = urlAt(baseUrl, request.path);
  for (const [name, value] of request.query) url.searchParams.append(name, value);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  let body: string | undefined;
  if (request.body) {
    headers['content-type'] = request.body.mediaType;
    body = JSON.stringify(request.body.value);
  }
  try {
    const response = await fetch(url, {
      method: request.method.toUpperCase(),
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await readBody(response, 'the response');
    const contentType = response.headers.get('content-type');
    return { status: response.status, mediaType: contentType?.split(';')[0]?.trim().toLowerCase(), text };
  } catch (err) {
    throw fetchError(err, 'the request', timeoutMs);
  }
}
