import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { ChatMessage, CloseReason, DbChange } from '../../../generated/types.js';
import type { LiveConnection } from '../../core/connections/lifecycle.js';
import { recordEvent } from '../spec-coverage.js';
import { encodeEventId, type Subscription } from './event-id.js';

/** A bus event for the stream: its name, payload, and the payload as JSON (made once for every receiver). */
export interface StreamEvent {
  event: string;
  payload: unknown;
  data: string;
}

// Live events that may wait while the stream opens (its subscriptions are read and replayed): past this,
// the stream is cut like a slow consumer rather than hold more.
const MAX_WAITING = 1000;
// How long a stream we ended may take to read its last bytes before it is cut.
const CLOSE_GRACE_MS = 1000;

/** The subscription an event with a position belongs to (`room:lobby`), and that position. */
function positionOf(event: string, payload: unknown): { key: string; position: number } | undefined {
  if (event === 'message') {
    const message = payload as ChatMessage;
    return { key: `room:${message.room}`, position: message.seq };
  }
  if (event === 'db_created' || event === 'db_updated' || event === 'db_deleted') {
    const change = payload as DbChange;
    return { key: `repo:${change.repo}`, position: change.position };
  }
  return undefined;
}

/**
 * One event stream (GET /api/events): its connection, its subscriptions and their positions, and the
 * response it writes to. While it opens (`opening`), live events wait, in order; once its replay is out
 * they follow, and each subscription's events at or below where its replay ended are dropped, since
 * the replay or the history before the stream's start holds them. Later events all pass, even one that
 * comes after a higher one (two processes may publish one room's messages in either order): positions
 * only ever move up, and the id carries the highest.
 */
export class SseStream {
  readonly sid = `sse-${randomUUID()}`;
  connection: LiveConnection | undefined;
  /** `opening` was called on the lifecycle: closing must undo it. */
  joined = false;
  /** When it opened as a connection (for the log's `disconnected` line). */
  connectedAt: number | undefined;
  /** Who asked it to close while it opened (a logout, a replacement), if anyone. */
  closedBy: CloseReason | undefined;
  private opening: StreamEvent[] | undefined = [];
  private ended = false;
  private readonly index = new Map<string, number>();
  private readonly positions: number[];
  private readonly thresholds: number[];

  constructor(
    readonly res: ServerResponse,
    readonly subscriptions: readonly Subscription[],
    private readonly tag: string,
    private readonly maxBufferedBytes: number,
    private readonly onSlow: (stream: SseStream) => void,
    /** Counts each event written (the frames-out metric). */
    private readonly onEvent: (event: string) => void = () => {},
  ) {
    for (const [i, s] of subscriptions.entries()) this.index.set(`${s.kind}:${s.name}`, i);
    this.positions = subscriptions.map(() => 0);
    this.thresholds = subscriptions.map(() => 0);
  }

  /** Still open: neither ended by us nor gone. */
  get open(): boolean {
    return !this.ended && !this.res.destroyed && !this.res.writableEnded;
  }

  get isOpening(): boolean {
    return this.opening !== undefined;
  }

  /** Where subscription `i` is now. */
  positionOf(i: number): number {
    return this.positions[i] ?? 0;
  }

  /** The id that resumes every subscription from where the stream is now. */
  get id(): string {
    return encodeEventId(this.tag, this.positions);
  }

  /**
   * Where each subscription starts (what `ready`'s id holds) and where its replay will end: live events
   * at or below `through` are dropped once the stream is live.
   */
  place(i: number, from: number, through: number): void {
    this.positions[i] = from;
    this.thresholds[i] = through;
  }

  /** A live event from the bus: it waits while the stream opens. */
  deliver(event: StreamEvent): void {
    if (!this.open) return;
    if (this.opening) {
      this.opening.push(event);
      if (this.opening.length > MAX_WAITING) this.onSlow(this);
      return;
    }
    this.emit(event, true);
  }

  /**
   * The replay is out: what waited goes now, past each subscription's threshold, at the pace the client
   * reads (what arrives meanwhile waits behind it). False when the client stopped reading or went.
   */
  async goLive(drainTimeoutMs: number): Promise<boolean> {
    while (this.opening && this.opening.length > 0) {
      const waiting = this.opening;
      this.opening = [];
      for (const event of waiting) {
        this.emit(event, true);
        if (!(await this.drained(drainTimeoutMs))) return false;
      }
    }
    this.opening = undefined;
    return this.open;
  }

  /**
   * Resolves true once what is written fits in MAX_BUFFERED_BYTES again (at once when it does), false if
   * the stream closed or the client read nothing for `timeoutMs`. While a stream opens, its replay is
   * written as fast as the server reads it, so the buffer measures the server's burst, not the client's
   * reading: the replay waits here instead of counting it against the client.
   */
  async drained(timeoutMs: number): Promise<boolean> {
    if (!this.open) return false;
    if (this.res.writableLength <= this.maxBufferedBytes) return true;
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.res.off('drain', onDrain);
        this.res.off('close', onClose);
        resolve(ok && this.open);
      };
      const onDrain = () => done(true);
      const onClose = () => done(false);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.res.once('drain', onDrain);
      this.res.once('close', onClose);
    });
  }

  /**
   * Writes one event; one with a position gets the stream's id. `live`: an event of the bus, dropped at
   * or below its subscription's threshold; otherwise one of the replay, which moves the position as sent.
   */
  emit(event: StreamEvent, live: boolean): void {
    const place = positionOf(event.event, event.payload);
    const i = place && this.index.get(place.key);
    let id = '';
    if (place && i !== undefined) {
      if (live && place.position <= (this.thresholds[i] ?? 0)) return;
      this.positions[i] = Math.max(this.positions[i] ?? 0, place.position);
      id = `id: ${this.id}\n`;
    }
    this.write(`event: ${event.event}\ndata: ${event.data}\n${id}\n`, event.event);
  }

  /** Writes an event of the stream's own (`ready`, `resync`, `closing`), with the stream's id if asked. */
  send(event: string, payload: unknown, withId = false): void {
    this.write(
      `event: ${event}\ndata: ${JSON.stringify(payload)}\n${withId ? `id: ${this.id}\n` : ''}\n`,
      event,
    );
  }

  /** A comment line: proxies see traffic, EventSource ignores it. */
  ping(): void {
    this.write(': ping\n\n', undefined);
  }

  /** Ends the response once what was written is out; cut if the client does not read it in time. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.res.end();
    setTimeout(() => this.res.destroy(), CLOSE_GRACE_MS).unref();
  }

  private write(frame: string, event: string | undefined): void {
    if (!this.open) return;
    // A client that does not read: cut, rather than hold its backlog (MAX_BUFFERED_BYTES, as Socket.IO and
    // /ws). Not while it opens: its replay waits for the client instead (drained).
    if (!this.isOpening && this.res.writableLength > this.maxBufferedBytes) {
      this.onSlow(this);
      return;
    }
    this.res.write(frame);
    if (event !== undefined) {
      recordEvent('sse', event);
      this.onEvent(event);
    }
  }
}
