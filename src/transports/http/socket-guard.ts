import type { Server as HttpServer } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from '../../logger.js';

export interface HttpSocketLimits {
  /** Plain HTTP sockets open at once (0: no limit). */
  maxHttpSockets: number;
  /** Plain HTTP sockets from one peer address (0: no limit). */
  maxHttpSocketsPerAddress: number;
  /** Behind a trusted proxy every socket comes from the proxy: the per-address cap would cap it. */
  trustProxyHops: number;
  log: Logger;
}

const REFUSAL = JSON.stringify({
  error: {
    code: 'UNAVAILABLE',
    message: 'too many open HTTP connections; try again shortly',
    retryAfterSeconds: 1,
  },
});

/**
 * Caps the sockets that speak plain HTTP (requests and long-polls), globally and per address, so idle
 * or slow connections cannot take every file descriptor: a socket over a cap is answered 503 and closed
 * before its request is read. A socket that upgrades to a WebSocket leaves this count: the connection
 * limits of the realtime transports govern it from then on.
 */
export function guardHttpSockets(server: HttpServer, limits: HttpSocketLimits): void {
  let open = 0;
  const byAddress = new Map<string, number>();
  const perAddress = limits.trustProxyHops > 0 ? 0 : limits.maxHttpSocketsPerAddress;
  const counted = new WeakSet<Socket>();

  const release = (socket: Socket) => {
    if (!counted.delete(socket)) return;
    open -= 1;
    const address = socket.remoteAddress ?? '';
    const left = (byAddress.get(address) ?? 1) - 1;
    if (left > 0) byAddress.set(address, left);
    else byAddress.delete(address);
  };

  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const fromAddress = byAddress.get(address) ?? 0;
    if (
      (limits.maxHttpSockets > 0 && open >= limits.maxHttpSockets) ||
      (perAddress > 0 && fromAddress >= perAddress)
    ) {
      limits.log.warn({ address, open, fromAddress }, 'HTTP socket refused: over the socket caps');
      socket.on('error', () => {});
      socket.end(
        `HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\nConnection: close\r\nContent-Length: ${REFUSAL.length}\r\n\r\n${REFUSAL}`,
      );
      setTimeout(() => socket.destroy(), 1000).unref();
      return;
    }
    open += 1;
    byAddress.set(address, fromAddress + 1);
    counted.add(socket);
    socket.once('close', () => release(socket));
  });
  // Registered before the transports' own upgrade listeners, which may take the socket at once.
  server.prependListener('upgrade', (_req, socket) => release(socket as Socket));
}
