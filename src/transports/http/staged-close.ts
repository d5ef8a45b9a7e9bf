import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

/** How long, and how many more bytes, a refused upload is read and thrown away before the socket closes. */
const LINGER_MS = 2000;
const LINGER_BYTES = 1024 * 1024;

/**
 * Closes the connection of a request that was answered before its body was read to the end (a 413, a 415,
 * a 401 on an upload), the way RFC 9112 §9.6 asks and nginx's lingering_close does.
 *
 * Node answers `Connection: close` by closing the socket as soon as the answer is flushed. A client still
 * uploading then has bytes in flight that reach a closed socket, and the kernel answers them with a reset,
 * which can throw away the answer before the client reads it: the client sees ECONNRESET, never the 413.
 * So the write side closes after the answer and the rest of the upload is read and dropped until the client
 * hangs up, for at most LINGER_MS and LINGER_BYTES, then the socket closes.
 */
export function closeAfterAnswer(req: IncomingMessage): void {
  // Whatever of the body was not read is dropped, so the socket keeps reading while the answer goes out.
  req.resume();
  const socket = req.socket as Socket;
  // Node's server calls destroySoon once a `Connection: close` answer is written; this replaces that one call.
  socket.destroySoon = () => {
    let read = 0;
    const close = () => socket.destroy();
    const timer = setTimeout(close, LINGER_MS).unref();
    socket.on('data', (chunk: Buffer) => {
      read += chunk.length;
      if (read > LINGER_BYTES) close();
    });
    socket.once('end', close);
    socket.once('close', () => clearTimeout(timer));
    socket.end();
  };
}
