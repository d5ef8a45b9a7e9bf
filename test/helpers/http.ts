import assert from 'node:assert/strict';
import type { Profile, PublicUser, Session } from '../../generated/types.js';
import type { TestServer } from './server.js';

export interface HttpReply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RequestOptions {
  /** A JSON value to send, or a string sent as is. */
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
}

/** One HTTP request to the test server; the body is parsed as JSON when there is one. */
export async function request<T = unknown>(
  server: Pick<TestServer, 'url'>,
  method: string,
  path: string,
  opts: RequestOptions = {},
): Promise<HttpReply<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined;
  if (opts.body !== undefined) {
    body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${server.url}${path}`, { method, headers, body });
  const text = await res.text();
  const parsed = text ? JSON.parse(text) : undefined;
  // Every error body repeats the answer's X-Request-Id (src/transports/http/request-id.ts): checked here for
  // the whole suite, then taken out, so that a test compares the error itself.
  const error = (parsed as { error?: { requestId?: string } } | undefined)?.error;
  if (error && typeof error === 'object' && 'requestId' in error) {
    assert.equal(error.requestId, res.headers.get('x-request-id'), 'error.requestId is the X-Request-Id');
    delete error.requestId;
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}

let counter = 0;

/** A username no other test uses. */
export function uniqueUsername(prefix = 'user'): string {
  counter += 1;
  return `${prefix}${counter}_${Math.random().toString(36).slice(2, 8)}`;
}

export interface TestUser {
  session: Session;
  token: string;
  profile: Profile;
  password: string;
}

/** Registers a user and reads its profile (with the socket secret). */
export async function registerUser(
  server: Pick<TestServer, 'url'>,
  username = uniqueUsername(),
): Promise<TestUser> {
  const password = 'correct horse battery staple';
  const reg = await request<Session>(server, 'POST', '/api/users/register', { body: { username, password } });
  if (reg.status !== 201) throw new Error(`register failed: ${reg.status} ${JSON.stringify(reg.body)}`);
  const me = await request<Profile>(server, 'GET', '/api/users/me', { token: reg.body.token });
  return { session: reg.body, token: reg.body.token, profile: me.body, password };
}

export interface Member {
  token: string;
  profile: Profile;
}

/** A user created by an account owner in their account. */
export async function addMember(
  server: Pick<TestServer, 'url'>,
  owner: Pick<TestUser, 'token'>,
): Promise<Member> {
  const username = uniqueUsername('member');
  const added = await request<PublicUser>(server, 'POST', '/api/accounts/me/users', {
    token: owner.token,
    body: { username, password: 'long enough password' },
  });
  assert.equal(added.status, 201);
  const login = await request<Session>(server, 'POST', '/api/users/login', {
    body: { username, password: 'long enough password' },
  });
  const me = await request<Profile>(server, 'GET', '/api/users/me', { token: login.body.token });
  return { token: login.body.token, profile: me.body };
}
