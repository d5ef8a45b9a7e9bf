/**
 * The socket cookie: actionhero's fingerprint cookie, made safe. A browser that logged in over HTTP gets
 * its session's socket secret in an HttpOnly cookie, so page script never handles it, and a Socket.IO
 * handshake without a secret authenticates with the cookie. It is scoped to Engine.IO's path (the HTTP
 * API never reads it, so it cannot be used for cross-site requests there), SameSite=Strict (other sites'
 * pages do not send it) and Secure over HTTPS. Handshakes from origins other than the server's own or
 * those ALLOWED_ORIGINS lists are not authenticated by it (transports/origins.ts, admitsCookie).
 */
import { deriveSocketSecret } from './secrets.js';

export const SOCKET_COOKIE = 'switchboard_socket';
const PATH = '/socket.io/';

/** The Set-Cookie value that hands a browser its socket secret, for as long as its session lasts. */
export function socketCookie(secret: string, expiresAt: string, secure: boolean): string {
  const maxAge = Math.max(0, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000));
  return `${SOCKET_COOKIE}=${secret}; Path=${PATH}; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** The cookie of a session just opened (login, registration): its first socket secret. */
export function newSessionCookie(session: { token: string; expiresAt: string }, secure: boolean): string {
  return socketCookie(deriveSocketSecret(session.token, 0), session.expiresAt, secure);
}

/** The Set-Cookie value that removes it (logout). */
export function clearedSocketCookie(secure: boolean): string {
  return `${SOCKET_COOKIE}=; Path=${PATH}; Max-Age=0; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** The socket cookie's value in a Cookie header, if there is one (the first, should there be several). */
export function socketCookieIn(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SOCKET_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}
