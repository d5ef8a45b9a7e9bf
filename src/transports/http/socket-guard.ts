import type { Server as HttpServer } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from '../../logger.js';
import { addressKey } from '../client-address.js';

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
const REFUSAL_RESPONSE = `HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\nConnection: close\r\nContent-Length: ${REFUSAL.length}\r\n\r\n${REFUSAL}`;

/**
 * Caps the sockets that speak plain HTTP (requests and long-polls), globally and per address, so idle
 * or slow connections cannot take every file descriptor: a socket over a cap is answered 503 and closed.
 * Node's parser is attached to a socket before anyone can refuse it, so a request that arrives on a
 * refused socket is still read: the app and the upgrade handlers ask `isRefused` and serve it nothing.
 * A socket that upgrades to a WebSocket leaves this count: the connection limits of the realtime
 * transports govern it from then on.
 */
export class HttpSocketGuard {
  private open = 0;
  private readonly byAddress = new Map<string, number>();
  private readonly counted = new WeakSet<Socket>();
  private readonly refused = new WeakSet<Socket>();

  constructor(private readonly limits: HttpSocketLimits) {}

  /** Whether this socket was refused: whatever it sends gets nothing done. */
  isRefused(socket: Socket): boolean {
    return this.refused.has(socket);
  }

  attach(server: HttpServer): void {
    const perAddress = this.limits.trustProxyHops > 0 ? 0 : this.limits.maxHttpSocketsPerAddress;
    server.prependListener('connection', (socket: Socket) => {
      const address = addressKey(socket.remoteAddress ?? '');
      const fromAddress = this.byAddress.get(address) ?? 0;
      if (
        (this.limits.maxHttpSockets > 0 && this.open >= this.limits.maxHttpSockets) ||
        (perAddress > 0 && fromAddress >= perAddress)
      ) {
        this.refuse(socket, address, fromAddress);
        return;
      }
      this.open += 1;
      this.byAddress.set(address, fromAddress + 1);
      this.counted.add(socket);
      socket.once('close', () => this.release(socket, address));
    });
    // Before the transports' own upgrade listeners, which may take the socket at once.
    server.prependListener('upgrade', (_req, socket) => {
      if (this.refused.has(socket as Socket)) socket.destroy();
      else this.release(socket as Socket, addressKey((socket as Socket).remoteAddress ?? ''));
    });
  }

  private refuse(socket: Socket, address: string, fromAddress: number): void {
    this.limits.log.warn(
      { address, open: this.open, fromAddress },
      'HTTP socket refused: over the socket caps',
    );
    this.refused.add(socket);
    socket.on('error', () => {});
    // Gone as soon as the answer is written; a peer that does not read it is cut all the same.
    socket.end(REFUSAL_RESPONSE, () => socket.destroy());
    setTimeout(() => socket.destroy(), 1000).unref();
  }

  private release(socket: Socket, address: string): void {
    if (!this.counted.delete(socket)) return;
    this.open -= 1;
    const left = (this.byAddress.get(address) ?? 1) - 1;
    if (left > 0) this.byAddress.set(address, left);
    else this.byAddress.delete(address);
  }
}
