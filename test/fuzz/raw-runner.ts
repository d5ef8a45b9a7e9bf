import { type Envelope, RawClient } from '../helpers/raw.js';
import { Arrivals } from './arrivals.js';
import { type Credentials, type RawFrame, rawFrameData } from './frames.js';

/** Envelopes the server sends of its own accord, not as answers (the AsyncAPI document's send operations on /ws). */
const PUSHED_ENVELOPES: ReadonlySet<string> = new Set([
  'chan_out',
  'activity',
  'db_created',
  'db_updated',
  'db_deleted',
]);

export interface RawBatch {
  /** What went on the wire for each frame. */
  sent: { data: string | Uint8Array; binary: boolean }[];
  /** The answers, in order (envelopes the server pushes of its own accord left out): one per frame, if all is well. */
  answers: Envelope[];
  /** The connection closed before the batch was answered. */
  closed: boolean;
}

/**
 * Sends batches of frames on one authenticated /ws connection and collects the answers. The server answers
 * a connection's requests one at a time, in order, so a batch ends with an `echo` barrier: the answers
 * before the barrier's are the batch's.
 */
export class RawFrameRunner {
  /** Answers not yet taken by a batch. */
  private readonly answers: Envelope[] = [];
  private barriers = 0;
  private closed = false;
  private readonly arrivals = new Arrivals();

  private constructor(
    readonly raw: RawClient,
    readonly own: Credentials,
  ) {
    raw.ws.on('message', (data) => {
      const envelope = JSON.parse(data.toString()) as Envelope;
      if (!PUSHED_ENVELOPES.has(envelope.type)) this.answers.push(envelope);
      this.arrivals.changed();
    });
    void raw.closed.then(() => {
      this.closed = true;
      this.arrivals.changed();
    });
  }

  /** Opens /ws and authenticates with this session token. */
  static async open(url: string, sessionToken: string): Promise<RawFrameRunner> {
    const raw = await RawClient.open(url);
    const answer = await raw.auth(sessionToken);
    if (answer.type !== 'token') throw new Error(`auth refused: ${JSON.stringify(answer)}`);
    return new RawFrameRunner(raw, { sid: raw.sid, token: raw.token });
  }

  /** Sends the frames at once and waits (up to `timeoutMs`) for the barrier behind them. */
  async run(frames: readonly RawFrame[], timeoutMs = 10_000): Promise<RawBatch> {
    const sent = frames.map((frame) => rawFrameData(frame, this.own));
    for (const { data, binary } of sent) this.raw.ws.send(data, { binary });
    this.barriers += 1;
    const echoed = `echo: barrier ${this.barriers}`;
    this.raw.send({ type: 'echo', data: `barrier ${this.barriers}` });
    const isBarrier = (e: Envelope) => e.type === 'echo' && e.data === echoed;
    await this.arrivals.until(() => this.closed || this.answers.some(isBarrier), timeoutMs);
    const end = this.answers.findIndex(isBarrier);
    const answers = end < 0 ? this.answers.splice(0) : this.answers.splice(0, end + 1).slice(0, -1);
    return { sent, answers, closed: this.closed };
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  close(): void {
    this.raw.close();
  }
}
