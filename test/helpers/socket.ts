import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../generated/socketio.js';
import type { Welcome } from '../../generated/types.js';
import type { TestServer } from './server.js';

/** A client socket typed from the spec, as a client developer would declare it. */
export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ConnectOptions {
  secret?: string;
  /** Where the secret goes: the X-Socket-Secret header (GameVault) or the handshake's auth payload. */
  via?: 'header' | 'auth';
  auth?: Record<string, unknown>;
  transports?: ('websocket' | 'polling')[];
}

export interface ConnectError extends Error {
  data?: { code: string; message: string; field?: string; retryAfterSeconds?: number };
}

function clientFor(server: TestServer, opts: ConnectOptions): ClientSocket {
  const via = opts.via ?? 'header';
  return io(server.url, {
    transports: opts.transports ?? ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: opts.secret !== undefined && via === 'header' ? { 'X-Socket-Secret': opts.secret } : {},
    auth: opts.auth ?? (opts.secret !== undefined && via === 'auth' ? { socketSecret: opts.secret } : {}),
  });
}

/** Connects and waits for the welcome; rejects with the connect_error (its `data` is the spec'd Error). */
export function connect(
  server: TestServer,
  opts: ConnectOptions,
): Promise<{ socket: ClientSocket; welcome: Welcome }> {
  const socket = clientFor(server, opts);
  return new Promise((resolve, reject) => {
    socket.once('welcome', (welcome) => resolve({ socket, welcome }));
    socket.once('connect_error', (err: ConnectError) => {
      socket.close();
      reject(err);
    });
  });
}

/** Connects expecting a refusal; resolves with the connect_error. */
export async function refusedConnect(server: TestServer, opts: ConnectOptions): Promise<ConnectError> {
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

/** Waits for the next event of a kind. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: ClientSocket,
  event: E,
  timeoutMs = 5000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} event within ${timeoutMs} ms`)), timeoutMs);
    (socket as unknown as { once(ev: string, fn: (payload: never) => void): void }).once(event, (payload) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}
