import WebSocket from 'ws';

/** An envelope as the server sends it: `{sid, type, data, channel?, code?, field?}`. */
export interface Envelope {
  sid: string;
  type: string;
  data: string;
  channel?: string;
  token?: string;
  code?: string;
  field?: string;
}

let syncs = 0;

interface Waiter {
  matches: (e: Envelope) => boolean;
  resolve: (e: Envelope) => void;
}

/**
 * A client of the raw WebSocket transport with nothing but the `ws` package, as a client without a
 * Socket.IO library would have: it keeps every envelope it receives so a test can wait for one that
 * already arrived, and knows its sid (from `init`) and socket token (from `token`).
 */
export class RawClient {
  readonly received: { envelope: Envelope; taken: boolean }[] = [];
  sid = '';
  token = '';
  /** The close code and reason, once closed. */
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly waiters: Waiter[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const envelope = JSON.parse(data.toString()) as Envelope;
      const waiter = this.waiters.find((w) => w.matches(envelope));
      if (waiter) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        this.received.push({ envelope, taken: true });
        waiter.resolve(envelope);
      } else {
        this.received.push({ envelope, taken: false });
      }
    });
    ws.on('error', () => {});
    this.closed = new Promise((resolve) =>
      ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  /** Opens `/ws` (or `path`, with these request headers) and waits for `init`; rejects when the server refuses the upgrade. */
  static async open(url: string, path = '/ws', headers: Record<string, string> = {}): Promise<RawClient> {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}${path}`, { headers });
    const client = new RawClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    });
    const init = await client.next('init');
    client.sid = init.data;
    return client;
  }

  /**
   * Opens `/ws` where the server is expected to refuse the connection before `init`: resolves its first
   * envelope (the `error`) and the close code.
   */
  static async refused(
    url: string,
    headers: Record<string, string> = {},
  ): Promise<{ error: Envelope; code: number }> {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/ws`, { headers });
    const first = new Promise<Envelope>((resolve) =>
      ws.once('message', (data) => resolve(JSON.parse(data.toString()) as Envelope)),
    );
    const code = new Promise<number>((resolve) => ws.once('close', resolve));
    return { error: await first, code: await code };
  }

  /** Sends an envelope (the client's sid and token filled in unless given). */
  send(envelope: Record<string, unknown>): void {
    this.ws.send(
      JSON.stringify({ sid: this.sid, ...(this.token ? { token: this.token } : {}), ...envelope }),
    );
  }

  /** Sends a text frame as is. */
  sendText(text: string): void {
    this.ws.send(text);
  }

  /** The first envelope of this type (and matching `where`) not yet taken, waiting up to `timeoutMs`. */
  next(type: string, where: (e: Envelope) => boolean = () => true, timeoutMs = 5000): Promise<Envelope> {
    return this.first((e) => e.type === type && where(e), type, timeoutMs);
  }

  /** The next untaken envelope of any of these types. */
  nextOf(types: readonly string[], timeoutMs = 5000): Promise<Envelope> {
    return this.first((e) => types.includes(e.type), types.join(' or '), timeoutMs);
  }

  /** Sends one envelope and waits for the answer: the next `answerType` or `error`, whichever comes first. */
  request(envelope: Record<string, unknown>, answerType: string): Promise<Envelope> {
    this.send(envelope);
    return this.nextOf([answerType, 'error']);
  }

  private first(matches: (e: Envelope) => boolean, what: string, timeoutMs: number): Promise<Envelope> {
    const early = this.received.find((r) => !r.taken && matches(r.envelope));
    if (early) {
      early.taken = true;
      return Promise.resolve(early.envelope);
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        matches,
        resolve: (e) => {
          clearTimeout(timer);
          resolve(e);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(
          new Error(
            `no ${what} envelope within ${timeoutMs} ms (got: ${JSON.stringify(this.received.map((r) => r.envelope))})`,
          ),
        );
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** A round trip: an echo and its answer. Envelopes sent before the answer have arrived once it resolves. */
  async sync(): Promise<void> {
    syncs += 1;
    const data = `sync ${syncs}`;
    this.send({ type: 'echo', data });
    await this.next('echo', (e) => e.data === `echo: ${data}`);
  }

  /** Every envelope of this type received so far, taken or not. */
  all(type: string): Envelope[] {
    return this.received.filter((r) => r.envelope.type === type).map((r) => r.envelope);
  }

  /** Authenticates with a session token; keeps the socket token for later envelopes. */
  async auth(sessionToken: string): Promise<Envelope> {
    const answer = await this.request({ type: 'auth', data: sessionToken }, 'token');
    if (answer.type === 'token') this.token = answer.data;
    return answer;
  }

  close(): void {
    this.ws.close();
  }
}
