import type { AddressInfo } from 'node:net';
import { createServer, type Socket, connect as tcpConnect } from 'node:net';

/**
 * A TCP proxy to the test server whose `cut()` black-holes every connection through it: nothing is
 * forwarded any more and nothing is closed, as when a network link dies without a FIN or RST.
 * `stall()` stops the server-to-client direction only, as a client that stops reading. `hold()` refuses
 * new connections (closed at once) until `release()`: a client kept away for as long as a test needs,
 * whatever its backoff. `drop()` closes every connection through it at once (a network change), and
 * `retarget(port)` sends new connections to another server (a load balancer choosing another process).
 */
export async function cutProxy(targetPort: number): Promise<{
  url: string;
  cut(): void;
  stall(): void;
  hold(): void;
  release(): void;
  drop(): void;
  retarget(port: number): void;
  close(): Promise<void>;
}> {
  const pairs: [Socket, Socket][] = [];
  let holding = false;
  let target = targetPort;
  const server = createServer((client) => {
    if (holding) {
      client.destroy();
      return;
    }
    const upstream = tcpConnect(target, '127.0.0.1');
    client.pipe(upstream);
    upstream.pipe(client);
    const quiet = () => {};
    client.on('error', quiet);
    upstream.on('error', quiet);
    pairs.push([client, upstream]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    cut() {
      for (const [client, upstream] of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    },
    /** Stops delivering what the server sends, and only that: a client that no longer reads. */
    stall() {
      for (const [client, upstream] of pairs) {
        upstream.unpipe(client);
        upstream.pause();
      }
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
    },
    drop() {
      for (const [client, upstream] of pairs.splice(0)) {
        client.destroy();
        upstream.destroy();
      }
    },
    retarget(port: number) {
      target = port;
    },
    close: async () => {
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
