import WebSocket from 'ws';
import { isObject, type Json, type JsonObject } from './documents.js';
import { MAX_BODY_BYTES, urlAt } from './fetching.js';
import type { EventObserver } from './observer.js';
import type { Answer } from './socketio-driver.js';

export interface RawTarget {
  baseUrl: string;
  /** The AsyncAPI server's `pathname` (`/ws`). */
  pathname: string;
  server: string;
  timeoutMs: number;
  /** The envelope type the server opens with, and the field carrying the connection's id (hints.ts). */
  initType: string;
  initField: string;
}

interface Waiter {
  types: ReadonlySet<string>;
  resolve: (answer: Answer) => void;
}

/**
 * A plain WebSocket connection speaking JSON envelopes discriminated by `type`. The protocol has no
 * correlation id, so one request is in flight at a time and its answer is the next frame of one of its
 * reply types; every other frame is an event for the observer. A connection the server closed (after a
 * refused `auth`, say) is reopened, and authenticated again, before the next request.
 */
export class RawConnection {
  private ws: WebSocket | undefined;
  private waiter: Waiter | undefined;
  /** The connection's id, from the server's first frame. */
  sid = '';
  /** The socket token `auth` gave, once authenticated. */
  token: string | undefined;

  constructor(
    private readonly target: RawTarget,
    private readonly observer: EventObserver,
    readonly label: string,
    private readonly authenticate?: (connection: RawConnection) => Promise<void>,
  ) {}

  async open(): Promise<void> {
    if (this.ws?.readyState === WebSocket.OPEN) return;
    const url = urlAt(this.target.baseUrl, this.target.pathname);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    // A frame over the cap ends the connection (ws closes it with 1009) instead of filling memory.
    const ws = new WebSocket(url, { maxPayload: MAX_BODY_BYTES });
    this.ws = ws;
    this.token = undefined;
    const opened = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no "${this.target.initType}" frame within ${this.target.timeoutMs} ms`)),
        this.target.timeoutMs,
      );
      ws.on('message', (data) => {
        const frame = this.parse(String(data));
        if (isObject(frame) && frame.type === this.target.initType && !this.sid) {
          clearTimeout(timer);
          const sid = frame[this.target.initField];
          this.sid = typeof sid === 'string' ? sid : '';
          resolve();
        }
      });
      ws.once('error', (err) => {
        clearTimeout(timer);
        reject(new Error(`cannot open ${url}: ${err.message}`));
      });
    });
    ws.on('message', (data) => this.onFrame(String(data)));
    ws.on('close', (code, reason) => {
      this.waiter?.resolve({
        answered: false,
        reason: `the connection closed (${code} ${String(reason)}) before an answer`,
      });
      this.waiter = undefined;
    });
    this.sid = '';
    await opened;
    if (this.authenticate) await this.authenticate(this);
  }

  private parse(text: string): Json | undefined {
    try {
      return JSON.parse(text) as Json;
    } catch {
      return undefined;
    }
  }

  private onFrame(text: string): void {
    const frame = this.parse(text);
    const type = isObject(frame) && typeof frame.type === 'string' ? frame.type : undefined;
    if (frame === undefined || type === undefined) {
      this.observer.observe(this.target.server, '(not a JSON envelope)', text.slice(0, 200), this.label);
      return;
    }
    if (this.waiter?.types.has(type)) {
      const { resolve } = this.waiter;
      this.waiter = undefined;
      this.observer.markSeen(this.target.server, type);
      resolve({ answered: true, value: frame });
      return;
    }
    this.observer.observe(this.target.server, type, frame, this.label);
  }

  /** Sends one envelope and waits for the next frame of one of `replyTypes`. */
  async request(envelope: Json, replyTypes: ReadonlySet<string>): Promise<Answer> {
    await this.open();
    const ws = this.ws as WebSocket;
    return new Promise<Answer>((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        resolve({ answered: false, reason: `no answer within ${this.target.timeoutMs} ms` });
      }, this.target.timeoutMs);
      this.waiter = {
        types: replyTypes,
        resolve: (answer) => {
          clearTimeout(timer);
          resolve(answer);
        },
      };
      ws.send(JSON.stringify(envelope));
    });
  }

  /** The connection's own `sid` and `token` in an envelope, over whatever an example or generator put there. */
  stamp(envelope: JsonObject, fields: { sid: string; token: string }): JsonObject {
    const stamped = { ...envelope };
    if (fields.sid in stamped) stamped[fields.sid] = this.sid;
    if (fields.token in stamped && this.token) stamped[fields.token] = this.token;
    return stamped;
  }

  close(): void {
    this.ws?.close();
    this.ws = undefined;
  }
}
