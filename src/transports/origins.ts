import type { IncomingMessage } from 'node:http';
import type { AllowedOrigins } from '../config.js';

/** How long a browser may reuse a preflight's answer, on HTTP and Engine.IO alike (browsers cap it: Chromium at 2 hours). */
export const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * Which other web origins may use the server from a browser (ALLOWED_ORIGINS), for all three ways in:
 * CORS on HTTP (http/cors.ts), Engine.IO's `cors` and `allowRequest` (socketio/server.ts), and the raw
 * `/ws` upgrade (server.ts). One policy, so a page is never allowed on one transport and refused on another.
 *
 * Origin checks protect browsers only: any other client can send whatever Origin it likes. They stop a
 * page on a site not listed from using the server with its visitor's help; the session token, never a
 * cookie, is what authenticates HTTP, so no response ever allows credentials (cookies, HTTP auth). The
 * one cookie there is, the socket cookie (core/auth/socket-cookie.ts), opens realtime connections only,
 * and only from origins `admitsCookie` accepts.
 */
export class OriginPolicy {
  private readonly any: boolean;
  private readonly listed: ReadonlySet<string>;

  constructor(allowed: AllowedOrigins) {
    this.any = allowed === '*';
    this.listed = new Set(allowed === '*' ? [] : allowed);
  }

  /** ALLOWED_ORIGINS is set: cross-origin browsers get CORS headers when listed, and realtime upgrades are checked. */
  get enabled(): boolean {
    return this.any || this.listed.size > 0;
  }

  /**
   * The Access-Control-Allow-Origin value for a request sent from `origin`: `*` when any origin is
   * allowed (browsers then refuse credentials, which we never need), the origin itself when it is
   * listed, undefined otherwise (no CORS headers: the browser keeps the response from the page).
   */
  allowOriginValue(origin: string | undefined): string | undefined {
    if (!origin) return undefined;
    if (this.any) return '*';
    return this.listed.has(origin) ? origin : undefined;
  }

  /** Whether ALLOWED_ORIGINS names this origin (not through `*`). */
  lists(origin: string): boolean {
    return this.listed.has(origin);
  }

  /**
   * Whether a realtime connection (an Engine.IO handshake, a WebSocket upgrade) may open. With the
   * setting off, any may, as before it existed. With it on: a request with no Origin (not a browser) may,
   * one from the server's own origin (its Host) may, so pages the server serves itself keep working,
   * and one from a listed origin may.
   */
  admitsConnection(req: IncomingMessage): boolean {
    if (!this.enabled) return true;
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    return isSameOrigin(origin, req.headers.host) || this.allowOriginValue(origin) !== undefined;
  }
}

/**
 * Whether a handshake may authenticate with the socket cookie: from no browser (no Origin), from the
 * server's own origin, or from one ALLOWED_ORIGINS lists by name. Stricter than `admitsConnection`: with
 * the setting off, or `*`, another origin's page could otherwise open a connection as its visitor (a
 * cross-site WebSocket hijack); SameSite=Strict stops other sites, this stops the same site's other origins.
 */
export function admitsCookie(policy: OriginPolicy, req: Pick<IncomingMessage, 'headers'>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return isSameOrigin(origin, req.headers.host) || policy.lists(origin);
}

/**
 * The Origin names the Host the request was sent to. Schemes are not compared: behind a TLS-terminating
 * proxy the page is https and the server sees http, and the proxy must pass Host through either way.
 */
function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host === new URL(`http://${host}`).host;
  } catch {
    return false;
  }
}
