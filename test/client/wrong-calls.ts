// Calls a client developer could get wrong, each of which must stay a compile error: `make check` type-checks
// this file, and an `@ts-expect-error` over a line that compiles fails it. Nothing here runs.
import { createHttpClient, isRequestError, type SwitchboardClient } from '../../clients/js/src/index.js';

/** HTTP: operationIds, bodies, path parameters and response bodies. */
export async function wrongCallsDoNotCompile(): Promise<void> {
  const http = createHttpClient({ url: 'http://127.0.0.1' });
  // @ts-expect-error an operationId the spec does not have
  await http.call('getEverything');
  // @ts-expect-error registerUser needs a body
  await http.call('registerUser');
  // @ts-expect-error a body field of the wrong type
  await http.call('loginUser', { body: { username: 'a', password: 1 } });
  // @ts-expect-error getUserProfile needs its userId path parameter
  await http.call('getUserProfile', {});
  const me = await http.call('getMe');
  // @ts-expect-error getMe succeeds only with 200
  if (me.status === 201) return;
  // @ts-expect-error a profile has no field of that name
  me.body.passwordHash;
}

/** Socket.IO: event names, payloads, replies, server events and error codes. */
export async function wrongRequestsDoNotCompile(client: SwitchboardClient): Promise<void> {
  // @ts-expect-error an event the spec does not have
  await client.request('shout', { data: 'x' });
  // @ts-expect-error echo's data is a string
  await client.request('echo', { data: 1 });
  // @ts-expect-error an activity state the spec does not list
  await client.request('set-activity', { state: 'sleeping' });
  const reply = await client.request('echo', { data: 'x' });
  // @ts-expect-error the echo reply has only `data`
  reply.seq;
  // @ts-expect-error a server event the spec does not have
  client.on('shouted', () => undefined);
  client.on('message', (m) => {
    // @ts-expect-error a chat message's seq is a number
    const seq: string = m.seq;
    return seq;
  });
  try {
    await client.request('echo', { data: 'x' });
  } catch (err) {
    // @ts-expect-error echo cannot be refused with NOT_MEMBER, so the comparison is a type error
    if (isRequestError(err, 'echo') && err.code === 'NOT_MEMBER') return;
  }
}
