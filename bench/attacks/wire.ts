import WebSocket from 'ws';

/**
 * Clients that speak the wire protocols by hand on a plain `ws` socket, so an attack controls what a
 * library would hide: when (and whether) frames are read, pongs, several CONNECTs, raw text.
 */

const wsUrl = (url: string) => url.replace(/^http/, 'ws');

/** Why a handshake failed: the server's connect_error data, or the transport's close. */
export class Refused extends Error {
  constructor(
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }
}

export interface SioOptions {
  /** The handshake's auth payload, e.g. {socketSecret}. */
  auth?: Record<string, unknown>;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/** A Socket.IO client over Engine.IO v4 on a WebSocket, namespace `/` only. */
export class SioClient {
  /** Events received, by name (welcome, message, activity, member-joined…). */
  readonly counts = new Map<string, number>();
  /** Answer the server's pings (a live client); an attack that stops reading turns it off. */
  autoPong = true;
  /** Whether the server sent a Socket.IO DISCONNECT packet (a clean close says goodbye). */
  sawDisconnect = false;
  /** The WebSocket close code, once the transport closed. */
  closeCode?: number;
  /** The reason the server gave in its `closing` event, the goodbye it sends before disconnecting (0.2.0). */
  closingReason?: string;
  /** Resolves with the close code when the transport closes. */
  readonly closed: Promise<number>;
  private readonly listeners = new Map<string, ((payload: unknown) => void)[]>();
  private readonly pending = new Map<number, (reply: unknown) => void>();
  private nextId = 1;

  private constructor(readonly ws: WebSocket) {
    this.closed = new Promise((resolve) =>
      ws.on('close', (code) => {
        this.closeCode = code;
        for (const settle of this.pending.values()) settle(new Error(`closed (${code})`));
        this.pending.clear();
        resolve(code);
      }),
    );
    ws.on('error', () => {});
  }

  get open(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /** Opens, sends CONNECT with `auth` and resolves on its acknowledgement; rejects with Refused. */
  static connect(url: string, opts: SioOptions = {}): Promise<SioClient> {
    const ws = new WebSocket(`${wsUrl(url)}/socket.io/?EIO=4&transport=websocket`, {
      headers: opts.headers,
      perMessageDeflate: false,
    });
    const client = new SioClient(ws);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        ws.terminate();
        reject(new Refused('handshake timed out'));
      }, opts.timeoutMs ?? 10_000);
      const fail = (err: Refused) => {
        clearTimeout(timer);
        reject(err);
      };
      ws.once('error', (err) => fail(new Refused(err.message)));
      ws.once('close', (code) => fail(new Refused(`closed before connecting (${code})`)));
      ws.on('message', (data) => {
        const text = data.toString();
        if (text.startsWith('0')) ws.send(`40${JSON.stringify(opts.auth ?? {})}`);
        else if (text.startsWith('40')) {
          clearTimeout(timer);
          resolve(client);
        } else if (text.startsWith('44')) {
          const body = JSON.parse(text.slice(2)) as { message?: string; data?: unknown };
          ws.close();
          fail(new Refused(`connect_error: ${body.message}`, body.data));
        }
        client.onFrame(text);
      });
    });
  }

  private onFrame(text: string): void {
    if (text === '2') {
      if (this.autoPong) this.ws.send('3');
    } else if (text.startsWith('41')) this.sawDisconnect = true;
    else if (text.startsWith('42') || text.startsWith('45')) {
      // 45<n>-[…]: an event with n binary attachments (placeholders here; the attachments are not kept).
      const json = text.startsWith('45') ? text.slice(text.indexOf('-') + 1) : text.slice(2);
      const [name, payload] = JSON.parse(json) as [string, unknown];
      this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
      if (name === 'closing') this.closingReason = (payload as { reason?: string }).reason;
      for (const fn of this.listeners.get(name) ?? []) fn(payload);
    } else if (text.startsWith('43')) {
      const bracket = text.indexOf('[');
      const id = Number(text.slice(2, bracket));
      const settle = this.pending.get(id);
      if (!settle) return;
      this.pending.delete(id);
      settle((JSON.parse(text.slice(bracket)) as unknown[])[0]);
    }
  }

  on(event: string, fn: (payload: unknown) => void): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
  }

  count(event: string): number {
    return this.counts.get(event) ?? 0;
  }

  /** Emits with an acknowledgement; `payloadJson` is sent as is (deep or malformed payloads). */
  requestText(event: string, payloadJson: string, timeoutMs = 5000): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${event}: no acknowledgement within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, (reply) => {
        clearTimeout(timer);
        if (reply instanceof Error) reject(reply);
        else resolve(reply);
      });
      this.ws.send(`42${id}[${JSON.stringify(event)},${payloadJson}]`);
    });
  }

  request(event: string, payload: unknown, timeoutMs = 5000): Promise<unknown> {
    return this.requestText(event, JSON.stringify(payload), timeoutMs);
  }

  close(): void {
    this.ws.terminate();
  }
}

/** How a bare socket opens: its upgrade request's headers (X-Forwarded-For), and how long to wait. */
export interface OpenOptions {
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/**
 * A bare Engine.IO WebSocket: resolves after the server's open packet, having sent nothing. `frames`
 * keeps every text frame that arrives afterwards.
 */
export function engineSocket(
  url: string,
  { headers, timeoutMs = 10_000 }: OpenOptions = {},
): Promise<{ ws: WebSocket; frames: string[] }> {
  const ws = new WebSocket(`${wsUrl(url)}/socket.io/?EIO=4&transport=websocket`, {
    headers,
    perMessageDeflate: false,
  });
  const frames: string[] = [];
  ws.on('error', () => {});
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error('no open packet'));
    }, timeoutMs);
    ws.once('close', (code) => reject(new Error(`closed (${code})`)));
    ws.on('message', (data) => {
      const text = data.toString();
      if (text.startsWith('0') && frames.length === 0) {
        clearTimeout(timer);
        resolve({ ws, frames });
      }
      frames.push(text);
    });
  });
}

/** An envelope of the /ws transport. */
export interface Envelope {
  sid?: string;
  type: string;
  data?: unknown;
  channel?: string;
  token?: string;
  code?: string;
  field?: string;
}

/** A client of the raw WebSocket at /ws (StaticBackend's envelope). */
export class RawWsClient {
  sid = '';
  token = '';
  /** Envelopes received and not yet taken by `next`. */
  private readonly inbox: Envelope[] = [];
  private readonly waiters: { types: string[]; settle: (e: Envelope | Error) => void }[] = [];
  readonly closed: Promise<{ code: number; reason: string; at: number }>;

  private constructor(readonly ws: WebSocket) {
    ws.on('error', () => {});
    ws.on('message', (data) => {
      let envelope: Envelope;
      try {
        envelope = JSON.parse(data.toString()) as Envelope;
      } catch {
        envelope = { type: 'unparseable', data: data.toString().slice(0, 200) };
      }
      const waiter = this.waiters.find((w) => w.types.includes(envelope.type));
      if (!waiter) {
        this.inbox.push(envelope);
        return;
      }
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.settle(envelope);
    });
    this.closed = new Promise((resolve) =>
      ws.once('close', (code, reason) => {
        for (const w of this.waiters.splice(0)) w.settle(new Error(`closed (${code})`));
        resolve({ code, reason: reason.toString(), at: Date.now() });
      }),
    );
  }

  get open(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /** Opens /ws and waits for `init` (its sid). */
  static async open(url: string, { headers, timeoutMs = 10_000 }: OpenOptions = {}): Promise<RawWsClient> {
    const client = new RawWsClient(new WebSocket(`${wsUrl(url)}/ws`, { headers, perMessageDeflate: false }));
    await new Promise<void>((resolve, reject) => {
      client.ws.once('open', () => resolve());
      client.ws.once('error', reject);
      client.ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade: ${res.statusCode}`)));
    });
    try {
      client.sid = String((await client.next(['init'], timeoutMs)).data);
    } catch (err) {
      // Refused before init (a connection limit): the error envelope that came first says why.
      const refusal = client.inbox.find((e) => e.type === 'error');
      client.close();
      throw new Refused(refusal ? `refused: ${refusal.code}` : (err as Error).message, refusal);
    }
    return client;
  }

  /** The next envelope of one of these types, waiting up to `timeoutMs`. */
  next(types: string[], timeoutMs = 5000): Promise<Envelope> {
    const early = this.inbox.findIndex((e) => types.includes(e.type));
    if (early >= 0) return Promise.resolve(this.inbox.splice(early, 1)[0] as Envelope);
    if (!this.open) return Promise.reject(new Error('closed'));
    return new Promise((resolve, reject) => {
      const waiter = {
        types,
        settle: (e: Envelope | Error) => {
          clearTimeout(timer);
          if (e instanceof Error) reject(e);
          else resolve(e);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no ${types.join('/')} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Sends an envelope with this connection's sid and token. */
  send(type: string, data: unknown, channel?: string): void {
    this.ws.send(JSON.stringify({ sid: this.sid, type, data, channel, token: this.token || undefined }));
  }

  /** Sends and waits for `answer` or `error`, whichever comes first. */
  request(
    type: string,
    data: unknown,
    answer: string,
    channel?: string,
    timeoutMs = 5000,
  ): Promise<Envelope> {
    this.send(type, data, channel);
    return this.next([answer, 'error'], timeoutMs);
  }

  /** Authenticates with a session token; keeps the socket token it gets. */
  async auth(sessionToken: string): Promise<Envelope> {
    const answer = await this.request('auth', sessionToken, 'token');
    if (answer.type === 'token') this.token = String(answer.data);
    return answer;
  }

  close(): void {
    this.ws.terminate();
  }
}

/** A one-line account of an answer: its error code, its type, or that none came. */
export async function answerOf(pending: Promise<unknown>): Promise<string> {
  try {
    const reply = (await pending) as { error?: { code?: string }; type?: string; code?: string } | undefined;
    if (reply?.error?.code) return reply.error.code;
    if (reply?.type === 'error') return `error ${reply.code}`;
    if (reply?.type) return reply.type;
    return 'ok';
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
