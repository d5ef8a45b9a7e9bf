import WebSocket from 'ws';

/** An envelope as the server sends it. */
export interface Envelope {
  sid: string;
  type: string;
  data: string;
  channel?: string;
  code?: string;
}

/** Envelopes the server sends of its own accord; every other one answers a request. */
const PUSHED = new Set(['chan_out', 'activity', 'db_created', 'db_updated', 'db_deleted']);

/**
 * A light client of the raw WebSocket at /ws for load generators: it keeps nothing it receives. The
 * server answers a connection's requests one at a time, in order, so answers settle requests first in,
 * first out; pushed envelopes go to `onPush`.
 */
export class EnvelopeClient {
  sid = '';
  private token = '';
  private readonly waiting: ((answer: Envelope | Error) => void)[] = [];
  /** Called with each envelope the server pushes (chan_out, activity, db_*). */
  onPush: (envelope: Envelope) => void = () => {};
  /** Called with the close code once the connection closed, whoever closed it. */
  onClose: (code: number) => void = () => {};

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const envelope = JSON.parse(data.toString()) as Envelope;
      if (envelope.type === 'init') this.sid = envelope.data;
      else if (PUSHED.has(envelope.type)) this.onPush(envelope);
      else this.waiting.shift()?.(envelope);
    });
    ws.on('error', () => {});
    ws.on('close', (code) => {
      for (const settle of this.waiting.splice(0)) settle(new Error(`connection closed (${code})`));
      this.onClose(code);
    });
  }

  /** Opens /ws and authenticates with a session token; rejects when the server refuses either. */
  static async open(baseUrl: string, sessionToken: string): Promise<EnvelopeClient> {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws`, { perMessageDeflate: false });
    const client = new EnvelopeClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('error', reject);
      ws.once('close', (code) => reject(new Error(`closed before init (${code})`)));
      ws.once('message', () => resolve());
    });
    const answer = await client.request('auth', sessionToken);
    if (answer.type !== 'token') throw new Error(`auth refused: ${answer.code} ${answer.data}`);
    client.token = answer.data;
    return client;
  }

  /** Sends a request and resolves with its answer: the type's answer or an `error` envelope. */
  request(type: string, data: string, channel?: string): Promise<Envelope> {
    if (this.ws.readyState !== WebSocket.OPEN) return Promise.reject(new Error('connection closed'));
    const answered = new Promise<Envelope>((resolve, reject) =>
      this.waiting.push((answer) => (answer instanceof Error ? reject(answer) : resolve(answer))),
    );
    this.ws.send(JSON.stringify({ sid: this.sid, type, data, channel, token: this.token || undefined }));
    return answered;
  }

  close(): void {
    this.ws.terminate();
  }
}
