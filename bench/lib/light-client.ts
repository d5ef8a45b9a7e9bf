import WebSocket from 'ws';
import type { TargetName } from './targets.js';
import { PROTOCOL } from './targets.js';

/**
 * The benchmark's one client, the same for every target: a plain `ws` connection that speaks just
 * enough of Socket.IO's wire protocol (Engine.IO v4 packets over WebSocket) or of the ws baseline's JSON.
 * It is light on purpose: the load generators share a machine with the server, so their cost per
 * message must be small and the same whatever they talk to. Message events are not parsed: the
 * latency stamp `"t":<ms>` is read straight from the frame's text.
 */
export class LightClient {
  private nextId = 1;
  /** Requests waiting for their answer; settled with an Error when the connection closes first. */
  private readonly pending = new Map<number, (reply: unknown) => void>();
  /** Called with the text of each server-sent event frame (not acknowledgements). */
  onEvent: (text: string) => void = () => {};
  /** Called with the close code once the connection closed, whoever closed it. */
  onClose: (code: number) => void = () => {};

  private constructor(
    readonly target: TargetName,
    private readonly ws: WebSocket,
  ) {
    // A closed connection answers nothing more: what waits for an answer fails instead of hanging.
    ws.on('close', (code) => {
      for (const [, settle] of this.pending) settle(new Error(`connection closed (${code})`));
      this.pending.clear();
      this.onClose(code);
    });
  }

  /**
   * Connects and, for Socket.IO targets, joins namespace `/` with `auth` (Switchboard's socket secret).
   * Resolves once the server accepted the connection.
   */
  static connect(
    target: TargetName,
    baseUrl: string,
    auth: Record<string, unknown> = {},
  ): Promise<LightClient> {
    const wsUrl = baseUrl.replace(/^http/, 'ws');
    const socketio = PROTOCOL[target] === 'socketio';
    const ws = new WebSocket(socketio ? `${wsUrl}/socket.io/?EIO=4&transport=websocket` : wsUrl, {
      perMessageDeflate: false,
    });
    const client = new LightClient(target, ws);
    return new Promise((resolve, reject) => {
      ws.once('error', reject);
      ws.once('close', (code) => reject(new Error(`closed before connecting (${code})`)));
      if (!socketio) {
        ws.once('open', () => resolve(client));
        ws.on('message', (data) => client.onJson(data.toString()));
        return;
      }
      ws.on('message', (data) => {
        const text = data.toString();
        const kind = text.charCodeAt(0);
        if (kind === 0x32 /* 2: ping */) ws.send('3');
        else if (kind === 0x30 /* 0: open */) ws.send(`40${JSON.stringify(auth)}`);
        else if (text.startsWith('40')) resolve(client);
        else if (text.startsWith('44')) reject(new Error(`connect_error ${text.slice(2)}`));
        else if (text.startsWith('43')) client.onAck(text);
        else if (text.startsWith('42')) client.onEvent(text);
      });
    });
  }

  private onAck(text: string): void {
    const bracket = text.indexOf('[');
    const id = Number(text.slice(2, bracket));
    const resolve = this.pending.get(id);
    if (!resolve) return;
    this.pending.delete(id);
    resolve((JSON.parse(text.slice(bracket)) as unknown[])[0]);
  }

  private onJson(text: string): void {
    if (text.startsWith('{"type":"message"')) {
      this.onEvent(text);
      return;
    }
    const reply = JSON.parse(text) as { id: number };
    const resolve = this.pending.get(reply.id);
    if (!resolve) return;
    this.pending.delete(reply.id);
    resolve(reply);
  }

  /** Sends a request and resolves with its answer (a Socket.IO acknowledgement, or the ws baseline's reply). */
  request(event: string, payload: Record<string, unknown>): Promise<unknown> {
    const id = this.nextId++;
    const answered = new Promise<unknown>((resolve, reject) =>
      this.pending.set(id, (reply) => (reply instanceof Error ? reject(reply) : resolve(reply))),
    );
    if (PROTOCOL[this.target] === 'socketio') this.ws.send(`42${id}${JSON.stringify([event, payload])}`);
    else this.ws.send(JSON.stringify({ type: event, id, ...payload }));
    return answered;
  }

  /** Joins a room: Switchboard's join-room, or the baselines' join. */
  join(room: string): Promise<unknown> {
    return this.request(this.target === 'switchboard' ? 'join-room' : 'join', { room });
  }

  /** Creates a public room that relays messages without storing them (Switchboard only). */
  createEphemeralRoom(room: string): Promise<unknown> {
    return this.request('create-room', { room, kind: 'public', persistent: false });
  }

  /** Publishes a body to a room: Switchboard's send-message (stored before it is acknowledged), or publish. */
  publish(room: string, body: Record<string, unknown>): Promise<unknown> {
    return this.request(this.target === 'switchboard' ? 'send-message' : 'publish', { room, body });
  }

  echo(data: string): Promise<unknown> {
    return this.request('echo', { data });
  }

  close(): void {
    this.ws.terminate();
  }
}

/** How a stamp is written inside a string field (a presence status), where `"t":` would be escaped. */
export const STAMP_IN_TEXT = '@t=';

/**
 * The sender's clock stamp in a frame's text (`"t":1732261234567.123`, or `@t=1732261234567.123` inside a
 * string such as an activity's status), without parsing the frame.
 */
export function stampOf(text: string): number {
  const at = text.indexOf('"t":');
  if (at >= 0) return Number.parseFloat(text.slice(at + 4, at + 30));
  const inText = text.indexOf(STAMP_IN_TEXT);
  return inText < 0 ? Number.NaN : Number.parseFloat(text.slice(inText + 3, inText + 29));
}
