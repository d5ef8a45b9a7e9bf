import type { Duplex } from 'node:stream';

/** Engine.IO's path: it answers upgrades whose raw URL starts with it (it listens on the server too). */
export const SOCKET_IO_PREFIX = '/socket.io/';

/** Where an HTTP upgrade goes, by its raw URL, never by a parsed one (a malformed URL must not throw). */
export function upgradeTarget(url: string | undefined, rawPath: string): 'raw' | 'socketio' | 'refuse' {
  const target = url ?? '';
  // The same test Engine.IO makes, so whatever it takes is left to it and nothing else is.
  if (target.startsWith(SOCKET_IO_PREFIX)) return 'socketio';
  const query = target.indexOf('?');
  return (query < 0 ? target : target.slice(0, query)) === rawPath ? 'raw' : 'refuse';
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/**
 * Answers an upgrade that is not taken (400: nobody serves it; 403: from an origin not allowed; 429: too
 * many; 503: the server is shutting down) and closes it, so it holds no socket.
 */
export function refuseUpgrade(socket: Duplex, status: 400 | 403 | 429 | 503 = 400): void {
  socket.on('error', () => {});
  if (socket.writable)
    socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  // end() closes once the answer is out; a peer that never reads it is cut all the same.
  setTimeout(() => socket.destroy(), 1000).unref();
}
