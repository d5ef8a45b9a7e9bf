import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../generated/socketio.js';
import type { Welcome } from '../../generated/types.js';
import { EventLog } from './event-log.js';
import type { TestServer } from './server.js';

/** A client socket typed from the spec, as a client developer would declare it. */
export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ConnectOptions {
  secret?: string;
  /** Nakama's appearOnline, in the auth payload; omitted means the server's default (true). */
  appearOnline?: boolean;
  /** Where the secret goes: the X-Socket-Secret header (GameVault) or the handshake's auth payload. */
  via?: 'header' | 'auth';
  auth?: Record<string, unknown>;
  transports?: ('websocket' | 'polling')[];
  /** More request headers for the handshake (say, X-Forwarded-For behind a trusted proxy). */
  headers?: Record<string, string>;
}

export interface ConnectError extends Error {
  data?: { code: string; message: string; field?: string; retryAfterSeconds?: number };
}

function clientFor(server: { url: string }, opts: ConnectOptions): ClientSocket {
  const via = opts.via ?? 'header';
  return io(server.url, {
    transports: opts.transports ?? ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: {
      ...opts.headers,
      ...(opts.secret !== undefined && via === 'header' ? { 'X-Socket-Secret': opts.secret } : {}),
    },
    auth: opts.auth ?? {
      ...(opts.secret !== undefined && via === 'auth' ? { socketSecret: opts.secret } : {}),
      ...(opts.appearOnline !== undefined ? { appearOnline: opts.appearOnline } : {}),
    },
  });
}

export interface Connected {
  socket: ClientSocket;
  welcome: Welcome;
  /** Every event this socket received, from the first. */
  events: EventLog;
}

/** Connects and waits for the welcome; rejects with the connect_error (its `data` is the spec'd Error). */
export function connect(server: TestServer | { url: string }, opts: ConnectOptions): Promise<Connected> {
  const socket = clientFor(server, opts);
  const events = new EventLog(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect_error', (err: ConnectError) => {
      socket.close();
      reject(err);
    });
    events.next('welcome').then((welcome) => resolve({ socket, welcome, events }), reject);
  });
}

/** Connects expecting a refusal; resolves with the connect_error. */
export async function refusedConnect(
  server: TestServer | { url: string },
  opts: ConnectOptions,
): Promise<ConnectError> {
  try {
    const { socket } = await connect(server, opts);
    socket.close();
  } catch (err) {
    return err as ConnectError;
  }
  throw new Error('the handshake was accepted');
}

/** Emits an untyped event with an acknowledgement (for bad-input tests the typed API would refuse to compile). */
export function emitRaw(socket: ClientSocket, event: string, ...args: unknown[]): Promise<unknown> {
  return (
    socket as unknown as {
      timeout(ms: number): { emitWithAck(ev: string, ...a: unknown[]): Promise<unknown> };
    }
  )
    .timeout(5000)
    .emitWithAck(event, ...args);
}

/**
 * A socket.io-client as an application uses it, with its own reconnection (quick, for tests), so that
 * the server can resume its connection (connection-state recovery); resolves once welcomed.
 */
export async function reconnectingClient(url: string, secret: string): Promise<Connected> {
  const socket: ClientSocket = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 50,
    reconnectionDelayMax: 100,
    auth: { socketSecret: secret },
  });
  const events = new EventLog(socket);
  return { socket, welcome: await events.next('welcome'), events };
}
