import { WireClient } from '../helpers/wire.js';
import { Arrivals } from './arrivals.js';
import { type SocketFrame, socketFrameText } from './frames.js';

/** One frame of a batch and what came back for it. */
export interface SocketAnswered {
  frame: SocketFrame;
  /** The text sent: the frame with its ack id. */
  sent: string;
  ackId: number | undefined;
  /** The arguments of each acknowledgement with this frame's ack id, in order: one, if all is well. */
  acks: unknown[][];
}

export interface SocketBatch {
  answered: SocketAnswered[];
  /** The `frame-error` payloads that arrived while the batch ran. */
  frameErrors: unknown[];
  /** The connection closed before everything was answered. */
  closed: boolean;
}

/**
 * Sends batches of raw Socket.IO frames on one authenticated connection and collects what comes back for
 * each: acknowledgements by ack id, and the `frame-error` events that answer frames without one. A batch
 * ends with an `echo` barrier: requests start in the order they arrive and a `frame-error` goes out as its
 * request starts, so once the barrier is acknowledged every `frame-error` the batch earned has arrived.
 */
export class SocketFrameRunner {
  private nextId = 1;
  /** Acknowledgements of the running batch by ack id. */
  private readonly pending = new Map<number, unknown[][]>();
  /** How many acknowledgements each ack id got, over the connection's life: a late second one shows here. */
  private readonly ackCounts = new Map<number, number>();
  private frameErrors: unknown[] = [];
  private closed = false;
  private readonly arrivals = new Arrivals();

  private constructor(readonly wire: WireClient) {
    wire.ws.on('message', (data) => {
      this.received(data.toString());
      this.arrivals.changed();
    });
    void wire.closed.then(() => {
      this.closed = true;
      this.arrivals.changed();
    });
  }

  /** Opens a connection that joined `/` with this socket secret. */
  static async open(url: string, socketSecret: string): Promise<SocketFrameRunner> {
    return new SocketFrameRunner(await WireClient.connect(url, { socketSecret }));
  }

  private received(text: string): void {
    if (text.startsWith('43')) {
      const bracket = text.indexOf('[');
      const id = Number(text.slice(2, bracket));
      this.ackCounts.set(id, (this.ackCounts.get(id) ?? 0) + 1);
      this.pending.get(id)?.push(JSON.parse(text.slice(bracket)) as unknown[]);
    } else if (text.startsWith('42["frame-error",')) {
      this.frameErrors.push((JSON.parse(text.slice(2)) as unknown[])[1]);
    }
  }

  /** Sends the frames at once, then waits (up to `timeoutMs` for each step) for everything they earned. */
  async run(frames: readonly SocketFrame[], timeoutMs = 5000): Promise<SocketBatch> {
    const answered = frames.map((frame): SocketAnswered => {
      const ackId = frame.ack ? this.nextId++ : undefined;
      const acks: unknown[][] = [];
      if (ackId !== undefined) this.pending.set(ackId, acks);
      return { frame, sent: socketFrameText(frame, ackId ?? 0), ackId, acks };
    });
    for (const { sent } of answered) this.wire.send(sent);
    const barrier: unknown[][] = [];
    const barrierId = this.nextId++;
    this.pending.set(barrierId, barrier);
    this.wire.send(`42${barrierId}["echo",{"data":"barrier"}]`);
    await this.arrivals.until(() => this.closed || barrier.length > 0, timeoutMs);
    await this.arrivals.until(
      () => this.closed || answered.every((a) => a.ackId === undefined || a.acks.length > 0),
      timeoutMs,
    );
    this.pending.clear();
    return { answered, frameErrors: this.frameErrors.splice(0), closed: this.closed };
  }

  /** Acknowledgements for ack ids never sent, or more than one for an ack id: none, if all is well. */
  extraAcks(): { ackId: number; count: number }[] {
    return [...this.ackCounts]
      .filter(([id, count]) => count > 1 || id >= this.nextId)
      .map(([ackId, count]) => ({ ackId, count }));
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  close(): void {
    this.wire.close();
  }
}
