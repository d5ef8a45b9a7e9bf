import { isObject, type Json } from './documents.js';
import { HINTS } from './hints.js';
import type { InputGenerator } from './inputs.js';
import type { ApiModel, RealtimeOperation } from './model.js';
import type { EventObserver } from './observer.js';
import { RawConnection } from './raw-driver.js';
import type { Results } from './results.js';
import {
  type EventListener,
  refusedHandshake,
  SocketIoConnection,
  type SocketIoTarget,
} from './socketio-driver.js';

/**
 * The run's realtime connections: one Socket.IO connection (server `local`) with the handshake `auth`
 * payload made from `x-socketio-auth` and the values the server gave (the socket secret), and one raw
 * WebSocket (server `localRaw`) authenticated with the session token.
 */
export class RealtimeConnections {
  socketio: SocketIoConnection | undefined;
  raw: RawConnection | undefined;
  private readonly socketTarget: SocketIoTarget | undefined;

  constructor(
    private readonly deps: {
      baseUrl: string;
      timeoutMs: number;
      model: ApiModel;
      gen: InputGenerator;
      observer: EventObserver;
      results: Results;
      /** Whose connections these are, for the report (`main`, `witness`). */
      who?: string;
      /** Hears every event the Socket.IO connection receives (it opens and reopens with it). */
      onEvent?: EventListener;
    },
  ) {
    const server = [...deps.model.servers].find(([, s]) => s.transport === 'socketio');
    if (server)
      this.socketTarget = {
        baseUrl: deps.baseUrl,
        pathname: server[1].pathname,
        server: server[0],
        timeoutMs: deps.timeoutMs,
      };
  }

  /** The handshake `auth` payload, made now from its schema, so it carries the latest socket secret. */
  private handshakeAuth(): Json {
    const pointer = this.deps.model.socketAuthPointer;
    return pointer ? (this.deps.gen.valid(pointer, undefined) ?? {}) : {};
  }

  /** Opens both connections; Socket.IO only with a session (its handshake needs a secret). */
  async open(token: string | undefined): Promise<void> {
    const who = this.deps.who ?? 'main';
    if (this.socketTarget && token) {
      // Once a run is enough: the witness's handshake is the same check.
      if (who === 'main') await this.checkRefusedHandshake(this.socketTarget);
      this.socketio = new SocketIoConnection(
        this.socketTarget,
        this.handshakeAuth(),
        this.deps.observer,
        `the ${who} Socket.IO connection`,
        this.deps.onEvent,
      );
      await this.socketio.open();
    }
    const server = [...this.deps.model.servers].find(([, s]) => s.transport === 'raw');
    if (!server) return;
    const target = {
      baseUrl: this.deps.baseUrl,
      pathname: server[1].pathname,
      server: server[0],
      timeoutMs: this.deps.timeoutMs,
      initType: HINTS.raw.initType,
      initField: HINTS.raw.initField,
    };
    const authOp = this.deps.model.realtime.find(
      (op) => op.transport === 'raw' && op.id === HINTS.raw.authOperation,
    );
    const authenticate =
      token && authOp ? (c: RawConnection) => authenticateRaw(c, authOp, token) : undefined;
    this.raw = new RawConnection(
      target,
      this.deps.observer,
      `the ${who} raw WebSocket connection`,
      authenticate,
    );
  }

  /** Another Socket.IO connection with the current handshake values, watching what happens to its session. */
  async watcher(label: string): Promise<SocketIoConnection | undefined> {
    if (!this.socketTarget) return undefined;
    const connection = new SocketIoConnection(
      this.socketTarget,
      this.handshakeAuth(),
      this.deps.observer,
      label,
    );
    return connection.open().then(
      () => connection,
      () => undefined,
    );
  }

  close(): void {
    this.socketio?.close();
    this.raw?.close();
  }

  /**
   * A handshake with secrets the server never issued must be refused, with a `connect_error` whose data is
   * the declared payload (checked by the observer). A server that lets it in is reported as a warning.
   */
  private async checkRefusedHandshake(target: SocketIoTarget): Promise<void> {
    const started = Date.now();
    const auth = this.handshakeAuth();
    const forged: Record<string, Json> = {};
    // Same length and alphabet, so the schema still accepts it: only the server can tell it is forged.
    if (isObject(auth))
      for (const [key, value] of Object.entries(auth))
        forged[key] = typeof value === 'string' ? `${value.slice(0, -6)}forged` : value;
    const outcome = await refusedHandshake(target, forged);
    if (outcome.refused)
      this.deps.observer.observe(
        target.server,
        'connect_error',
        outcome.data,
        'a handshake with a forged secret',
      );
    this.deps.results.add({
      suite: 'socketio',
      operation: 'handshake',
      name: 'a forged secret',
      outcome: outcome.refused ? 'passed' : 'warning',
      problems: outcome.refused ? [] : ['a handshake with a secret the server never issued was accepted'],
      detail: outcome.refused ? 'refused' : 'accepted',
      durationMs: Date.now() - started,
    });
  }
}

/** Trades the session token for the raw connection's socket token (the `auth` operation, per hints.ts). */
async function authenticateRaw(
  connection: RawConnection,
  op: RealtimeOperation,
  token: string,
): Promise<void> {
  const envelope = { [HINTS.raw.sidField]: connection.sid, type: op.event, [HINTS.raw.authDataField]: token };
  const replies = op.reply?.messages ?? [];
  const answer = await connection.request(
    envelope,
    new Set(replies.map((m) => m.name).filter((n): n is string => Boolean(n))),
  );
  if (!answer.answered || !isObject(answer.value)) return;
  const success = replies.find((m) => !m.isError && m.name === (answer.value as { type?: unknown }).type);
  const data = answer.value[HINTS.raw.authDataField];
  if (success && typeof data === 'string') connection.token = data;
}
