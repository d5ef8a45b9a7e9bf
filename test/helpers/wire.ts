import type { Socket } from 'node:net';
import WebSocket from 'ws';

export interface WireOptions {
  /** Answer the server's Engine.IO pings with pongs, as every real client does (default true). */
  answerPings?: boolean;
  /** Request headers of the Engine.IO handshake (say, X-Forwarded-For behind a trusted proxy). */
  headers?: Record<string, string>;
}

/**
 * Socket.IO at the wire level (Engine.IO v4 packets over a plain WebSocket), for what a well-behaved
 * client library will not do: frames it cannot encode (20,000-deep JSON), several CONNECT packets on
 * one Engine.IO session, pongs nobody asked for, no CONNECT at all, or a client that stops reading.
 */
export class WireClient {
  /** Every text frame received, in order. */
  readonly frames: string[] = [];
  /** Received frames no `next` has taken yet. */
  private readonly untaken: string[] = [];
  readonly closed: Promise<{ code: number; at: number }>;
  private nextId = 1;
  private readonly waiters: {
    matches: (frame: string) => boolean;
    resolve: (frame: string) => void;
    reject: (err: Error) => void;
  }[] = [];
  private ended = false;

  private constructor(
    readonly ws: WebSocket,
    opts: WireOptions,
  ) {
    this.closed = new Promise((resolve) =>
      ws.once('close', (code) => {
        // No frame comes after the close: whoever still waits for one is told now, not at its timeout.
        this.ended = true;
        for (const waiter of this.waiters.splice(0)) waiter.reject(this.endedError());
        resolve({ code, at: Date.now() });
      }),
    );
    ws.on('error', () => {});
    ws.on('message', (data) => {
      const frame = data.toString();
      this.frames.push(frame);
      if (frame === '2' && opts.answerPings !== false) ws.send('3');
      const waiter = this.waiters.find((w) => w.matches(frame));
      if (waiter) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(frame);
      } else this.untaken.push(frame);
    });
  }

  /** Opens an Engine.IO session over WebSocket and waits for its open packet; sends no CONNECT. */
  static async open(url: string, opts: WireOptions = {}): Promise<WireClient> {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, {
      perMessageDeflate: false,
      headers: opts.headers,
    });
    const client = new WireClient(ws, opts);
    await client.next((f) => f.startsWith('0{'));
    return client;
  }

  /** Opens a session and joins namespace `/` with this auth payload; rejects with the connect_error data. */
  static async connect(
    url: string,
    auth: Record<string, unknown>,
    opts: WireOptions = {},
  ): Promise<WireClient> {
    const client = await WireClient.open(url, opts);
    const answer = await client.send(`40${JSON.stringify(auth)}`).next((f) => /^4[04]/.test(f));
    if (answer.startsWith('44')) {
      // Socket.IO's CONNECT_ERROR carries {message, data}; our spec'd Error is the data, as socket.io-client gives it.
      const { message, data } = JSON.parse(answer.slice(2)) as { message: string; data: unknown };
      throw Object.assign(new Error(message), { data });
    }
    return client;
  }

  /** The first frame from now (or already received and not yet waited for) that matches. */
  next(matches: (frame: string) => boolean, timeoutMs = 5000): Promise<string> {
    const early = this.untaken.findIndex(matches);
    if (early >= 0) return Promise.resolve(this.untaken.splice(early, 1)[0] as string);
    if (this.ended) return Promise.reject(this.endedError());
    return new Promise((resolve, reject) => {
      const waiter = {
        matches,
        resolve: (frame: string) => {
          clearTimeout(timer);
          resolve(frame);
        },
        reject: (err: Error) => {
          clearTimeout(timer);
          reject(err);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(
          new Error(
            `no matching frame within ${timeoutMs} ms (got ${JSON.stringify(this.frames.slice(-5))})`,
          ),
        );
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  private endedError(): Error {
    return new Error(`closed before a matching frame (got ${JSON.stringify(this.frames.slice(-5))})`);
  }

  /** Sends a text frame as is. */
  send(text: string): this {
    this.ws.send(text);
    return this;
  }

  /** Emits an event with an acknowledgement and resolves the reply (the frame's text after the packet id). */
  request(event: string, payloadText: string): Promise<unknown> {
    const id = this.nextId++;
    this.send(`42${id}["${event}",${payloadText}]`);
    return this.next((f) => f.startsWith(`43${id}[`)).then(
      (f) => (JSON.parse(f.slice(`43${id}`.length)) as unknown[])[0],
    );
  }

  /** Stops reading the TCP socket: what the server sends piles up in its buffers, as with a client that never reads. */
  stopReading(): void {
    (this.ws as unknown as { _socket: Socket })._socket.pause();
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  close(): void {
    this.ws.terminate();
  }
}
