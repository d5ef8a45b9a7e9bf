import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../generated/socketio.js';

export type BenchSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface BenchUser {
  userId: string;
  username: string;
  socketSecret: string;
  /** A session token (the raw WebSocket's `auth` takes it). */
  sessionToken: string;
}

async function post(
  url: string,
  body: unknown,
): Promise<{ token: string; user: { id: string; username: string } }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<{ token: string; user: { id: string; username: string } }>;
}

/** Registers `count` users, `parallel` at a time, and reads each one's socket secret. */
export async function registerUsers(
  baseUrl: string,
  count: number,
  prefix: string,
  parallel = 16,
): Promise<BenchUser[]> {
  const users: BenchUser[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const session = await post(`${baseUrl}/api/users/register`, {
        username: `${prefix}${i}`,
        password: 'benchmark password',
      });
      const me = (await (
        await fetch(`${baseUrl}/api/users/me`, { headers: { authorization: `Bearer ${session.token}` } })
      ).json()) as { socketSecret: string };
      users[i] = {
        userId: session.user.id,
        username: session.user.username,
        socketSecret: me.socketSecret,
        sessionToken: session.token,
      };
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return users;
}

/** Connects a user over WebSocket and resolves at the welcome. */
export function connectUser(
  baseUrl: string,
  user: BenchUser,
  auth: Record<string, unknown> = {},
): Promise<BenchSocket> {
  const socket: BenchSocket = io(baseUrl, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: { socketSecret: user.socketSecret, ...auth },
  });
  return new Promise((resolve, reject) => {
    socket.once('welcome', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Connects many users, `parallel` handshakes at a time. */
export async function connectUsers(
  baseUrl: string,
  users: readonly BenchUser[],
  parallel = 50,
): Promise<BenchSocket[]> {
  const sockets: BenchSocket[] = [];
  for (let i = 0; i < users.length; i += parallel) {
    sockets.push(...(await Promise.all(users.slice(i, i + parallel).map((u) => connectUser(baseUrl, u)))));
  }
  return sockets;
}
