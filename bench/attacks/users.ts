/** Accounts for the attacks: registered over HTTP, each with its session's socket secret. */
import { http } from './http.js';

export interface User {
  id: string;
  username: string;
  password: string;
  /** The session token from registering. */
  token: string;
  /** The socket secret of that session (per session since 0.2.0, per user before). */
  socketSecret: string;
}

let userCounter = 0;

/** A username no other attack in this run uses. */
export function uniqueName(prefix: string): string {
  userCounter += 1;
  return `${prefix}${userCounter}_${Math.random().toString(36).slice(2, 7)}`;
}

/** Registers a user and reads its socket secret. */
export async function registerUser(server: { url: string }, prefix = 'u'): Promise<User> {
  const username = uniqueName(prefix);
  const password = 'correct horse battery staple';
  const reg = await http(server, 'POST', '/api/users/register', { body: { username, password } });
  if (reg.status !== 201) throw new Error(`register: ${reg.status} ${reg.text.slice(0, 200)}`);
  const { token, user } = reg.json as { token: string; user: { id: string } };
  const me = await http(server, 'GET', '/api/users/me', { token });
  const { socketSecret } = me.json as { socketSecret: string };
  return { id: user.id, username, password, token, socketSecret };
}

/** Registers `count` users, a few at a time. */
export async function registerUsers(server: { url: string }, count: number, prefix = 'u'): Promise<User[]> {
  const users: User[] = [];
  while (users.length < count) {
    const batch = Math.min(8, count - users.length);
    users.push(...(await Promise.all(Array.from({ length: batch }, () => registerUser(server, prefix)))));
  }
  return users;
}

/** Logs in again: a new session token. */
export async function login(
  server: { url: string },
  user: Pick<User, 'username' | 'password'>,
): Promise<string> {
  const reply = await http(server, 'POST', '/api/users/login', {
    body: { username: user.username, password: user.password },
  });
  if (reply.status !== 200) throw new Error(`login: ${reply.status} ${reply.text.slice(0, 200)}`);
  return (reply.json as { token: string }).token;
}
