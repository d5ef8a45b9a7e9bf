import { io, type Socket } from 'socket.io-client';
import type { Json } from './documents.js';
import { splitBase } from './fetching.js';
import type { EventObserver } from './observer.js';

/** Where and how to open a Socket.IO connection, from the AsyncAPI server and the handshake schema. */
export interface SocketIoTarget {
  baseUrl: string;
  /** The server's `pathname` (`/socket.io/`). */
  pathname: string;
  /** The AsyncAPI server's name, for the observer. */
  server: string;
  timeoutMs: number;
}

export type Answer = { answered: true; value: Json } | { answered: false; reason: string };

/** Hears every event a connection receives, after the observer (the witness reads its `welcome`). */
export type EventListener = (event: string, payload: Json) => void;

function connect(target: SocketIoTarget, auth: Json): Socket {
  // The URL's path would be taken for a namespace: a prefix of the base URL goes in front of the path.
  const { origin, prefix } = splitBase(target.baseUrl);
  return io(origin, {
    path: `${prefix}${target.pathname}`,
    auth: auth as Record<string, unknown>,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: target.timeoutMs,
  });
}

/**
 * A Socket.IO connection of the run: requests with acknowledgements, and every event it receives handed to
 * the observer. A connection the server closed (a `closing`, a refused frame that ended it) is reopened
 * before the next request.
 */
export class SocketIoConnection {
  private socket: Socket | undefined;

  constructor(
    private readonly target: SocketIoTarget,
    private readonly auth: Json,
    private readonly observer: EventObserver,
    readonly label: string,
    private readonly listener?: EventListener,
  ) {}

  async open(): Promise<void> {
    if (this.socket?.connected) return;
    this.socket?.close();
    const socket = connect(this.target, this.auth);
    socket.onAny((event: string, ...args: unknown[]) => {
      this.observer.observe(this.target.server, event, args[0] as Json, this.label);
      this.listener?.(event, args[0] as Json);
    });
    this.socket = socket;
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (err: Error & { data?: unknown }) =>
        reject(
          new Error(`the Socket.IO handshake was refused: ${err.message} ${JSON.stringify(err.data ?? '')}`),
        ),
      );
    });
  }

  /** Emits an event with an acknowledgement callback and waits for the answer. */
  async request(event: string, payload: Json): Promise<Answer> {
    await this.open();
    const socket = this.socket as Socket;
    try {
      const value = (await socket.timeout(this.target.timeoutMs).emitWithAck(event, payload)) as Json;
      return { answered: true, value };
    } catch (err) {
      return {
        answered: false,
        reason: `no acknowledgement within ${this.target.timeoutMs} ms (${(err as Error).message})`,
      };
    }
  }

  /** Emits an event without a callback (what the server says about it arrives as an event). */
  async emit(event: string, payload: Json): Promise<void> {
    await this.open();
    this.socket?.emit(event, payload);
  }

  close(): void {
    this.socket?.close();
    this.socket = undefined;
  }
}

/**
 * A handshake the server should refuse (a secret it never issued): resolves with the `connect_error` data,
 * or `accepted` when the server let it in. The observer does not see this connection's events.
 */
export async function refusedHandshake(
  target: SocketIoTarget,
  auth: Json,
): Promise<{ refused: true; data: Json } | { refused: false }> {
  const socket = connect(target, auth);
  try {
    return await new Promise((resolve) => {
      socket.once('connect', () => resolve({ refused: false }));
      socket.once('connect_error', (err: Error & { data?: unknown }) =>
        resolve({ refused: true, data: (err.data ?? null) as Json }),
      );
    });
  } finally {
    socket.close();
  }
}
