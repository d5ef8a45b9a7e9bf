import WebSocket from 'ws';
import type { TargetName } from './targets.js';
import { PROTOCOL } from './targets.js';

/** An envelope of Switchboard's /ws as the light client reads its answers. */
interface Envelope {
  type: string;
  data: string;
  code?: string;
}

/**
 * The benchmark's one client, the same for every target: a plain `ws` connection that speaks just
 * enough of Socket.IO's wire protocol (Engine.IO v4 packets over WebSocket), of the ws baseline's JSON,
 * or of Switchboard's /ws envelope. It is light on purpose: the load generators share a machine with the
 * server, so their cost per message must be small and the same whatever they talk to. Message events are
 * not parsed: the latency stamp `"t":<ms>` is read straight from the frame's text.
 */
export class LightClient {
  private nextId = 1;
  /** Requests waiting for their answer; settled with an Error when the connection closes first. */
  private readonly pending = new Map<number, (reply: unknown) => void>();
  /** /ws answers come in the order of the requests (the server runs a connection's one at a time). */
  private readonly waiting: ((reply: unknown) => void)[] = [];
  /** /ws: the connection's sid and socket token, which every request carries. */
  private sid = '';
  private token = '';
  /** /ws: how every frame to this connection begins, up to its type (the server writes sid, then type). */
  private framePrefix = '';
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
      const failure = new Error(`connection closed (${code})`);
      for (const [, settle] of this.pending) settle(failure);
      this.pending.clear();
      for (const settle of this.waiting.splice(0)) settle(failure);
      this.onClose(code);
    });
  }

  /**
   * Connects and authenticates: Socket.IO targets join namespace `/` with `auth` (Switchboard's socket
   * secret); /ws trades `auth.sessionToken` for a socket token. Resolves once the server accepted the
   * connection.
   */
  static connect(
    target: TargetName,
    baseUrl: string,
    auth: Record<string, unknown> = {},
  ): Promise<LightClient> {
    const wsUrl = baseUrl.replace(/^http/, 'ws');
    const protocol = PROTOCOL[target];
    const url =
      protocol === 'socketio'
        ? `${wsUrl}/socket.io/?EIO=4&transport=websocket`
        : protocol === 'envelope'
          ? `${wsUrl}/ws`
          : wsUrl;
    const ws = new WebSocket(url, { perMessageDeflate: false });
    const client = new LightClient(target, ws);
    return new Promise((resolve, reject) => {
      ws.once('error', reject);
      ws.once('close', (code) => reject(new Error(`closed before connecting (${code})`)));
      if (protocol === 'ws') {
        ws.once('open', () => resolve(client));
        ws.on('message', (data) => client.onJson(data.toString()));
        return;
      }
      if (protocol === 'envelope') {
        // The first frame is `init`, with the sid every request must carry; then `auth`.
        ws.once('message', (data) => {
          const init = JSON.parse(data.toString()) as Envelope;
          // Refused at once (a connection limit): an error envelope comes instead, then the close.
          if (init.type !== 'init') return reject(new Error(`refused: ${JSON.stringify(init)}`));
          client.sid = init.data;
          client.framePrefix = `{"sid":${JSON.stringify(client.sid)},"type":"`;
          ws.on('message', (frame) => client.onEnvelope(frame.toString()));
          client.envelope('auth', String(auth.sessionToken ?? '')).then((answer) => {
            const { type, data: token } = answer as Envelope;
            if (type !== 'token') return reject(new Error(`auth refused: ${JSON.stringify(answer)}`));
            client.token = token;
            resolve(client);
          }, reject);
        });
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

  /**
   * A /ws frame: a pushed event is told by its type without parsing it (chan_out to onEvent, other pushes
   * dropped); anything else answers the oldest request, an `error` envelope as `{ error }` like a refused
   * Socket.IO acknowledgement.
   */
  private onEnvelope(text: string): void {
    const at = this.framePrefix.length;
    const asWritten = text.startsWith(this.framePrefix);
    if (asWritten && text.startsWith('chan_out', at)) {
      this.onEvent(text);
      return;
    }
    if (asWritten && (text.startsWith('activity', at) || text.startsWith('db_', at))) return;
    const envelope = JSON.parse(text) as Envelope;
    if (envelope.type === 'chan_out') this.onEvent(text);
    else if (envelope.type !== 'activity' && !envelope.type.startsWith('db_'))
      this.waiting.shift()?.(envelope.type === 'error' ? { error: envelope } : envelope);
  }

  /** Sends a /ws request and resolves with its answer. */
  private envelope(type: string, data: string, channel?: string): Promise<unknown> {
    const answered = new Promise<unknown>((resolve, reject) =>
      this.waiting.push((reply) => (reply instanceof Error ? reject(reply) : resolve(reply))),
    );
    this.ws.send(JSON.stringify({ sid: this.sid, type, data, channel, token: this.token || undefined }));
    return answered;
  }

  /**
   * Sends a request and resolves with its answer (a Socket.IO acknowledgement, or the ws baseline's
   * reply). /ws requests are not of this shape: join, publish and echo speak it.
   */
  request(event: string, payload: Record<string, unknown>): Promise<unknown> {
    if (PROTOCOL[this.target] === 'envelope')
      return Promise.reject(new Error(`${event}: /ws requests go through join, publish and echo`));
    const id = this.nextId++;
    const answered = new Promise<unknown>((resolve, reject) =>
      this.pending.set(id, (reply) => (reply instanceof Error ? reject(reply) : resolve(reply))),
    );
    if (PROTOCOL[this.target] === 'socketio') this.ws.send(`42${id}${JSON.stringify([event, payload])}`);
    else this.ws.send(JSON.stringify({ type: event, id, ...payload }));
    return answered;
  }

  /** Joins a room: Switchboard's join-room (or /ws join), or the baselines' join. */
  join(room: string): Promise<unknown> {
    if (PROTOCOL[this.target] === 'envelope') return this.envelope('join', room);
    return this.request(this.target === 'switchboard' ? 'join-room' : 'join', { room });
  }

  /** Creates a public room that relays messages without storing them (Switchboard over Socket.IO only). */
  createEphemeralRoom(room: string): Promise<unknown> {
    if (this.target !== 'switchboard')
      return Promise.reject(new Error(`${this.target} has no ephemeral rooms to create`));
    return this.request('create-room', { room, kind: 'public', persistent: false });
  }

  /**
   * Publishes a body to a room: Switchboard's send-message (stored before it is acknowledged), /ws
   * chan_in (the body as JSON text in `data`, stored the same way), or the baselines' publish.
   */
  publish(room: string, body: Record<string, unknown>): Promise<unknown> {
    if (PROTOCOL[this.target] === 'envelope') return this.envelope('chan_in', JSON.stringify(body), room);
    return this.request(this.target === 'switchboard' ? 'send-message' : 'publish', { room, body });
  }

  echo(data: string): Promise<unknown> {
    if (PROTOCOL[this.target] === 'envelope') return this.envelope('echo', data);
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
 * string such as an activity's status), without parsing the frame. In a /ws chan_out the body is JSON
 * text inside the envelope's `data`, so its quotes come escaped (`\"t\":`).
 */
export function stampOf(text: string): number {
  const at = text.indexOf('"t":');
  if (at >= 0) return Number.parseFloat(text.slice(at + 4, at + 30));
  const escaped = text.indexOf('\\"t\\":');
  if (escaped >= 0) return Number.parseFloat(text.slice(escaped + 6, escaped + 32));
  const inText = text.indexOf(STAMP_IN_TEXT);
  return inText < 0 ? Number.NaN : Number.parseFloat(text.slice(inText + 3, inText + 29));
}
