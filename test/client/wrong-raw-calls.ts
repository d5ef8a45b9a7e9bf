// Raw envelope calls a client developer could get wrong, each of which must stay a compile error: `make check`
// type-checks this file, and an `@ts-expect-error` over a line that compiles fails it. Nothing here runs.
import { isRawRequestError, type RawClient } from '../../clients/js/src/index.js';

/** Request types, `data`, required fields, answers, server envelopes and error codes. */
export async function wrongRawCallsDoNotCompile(client: RawClient): Promise<void> {
  // @ts-expect-error a type the envelope does not have
  await client.request('shout', 'x');
  // @ts-expect-error echo's data is a string
  await client.request('echo', 1);
  // @ts-expect-error chan_in needs its channel
  await client.request('chan_in', 'hello');
  // @ts-expect-error the channel is a string
  await client.request('chan_in', 'hello', { channel: 7 });
  const ok = await client.request('chan_in', 'hello', { channel: 'lobby' });
  // @ts-expect-error the answer of chan_in is `ok`
  if (ok.type === 'joined') return;
  // @ts-expect-error the server sends no envelope of that type
  client.on('chan_in', () => {});
  client.on('db_created', (e) => {
    // @ts-expect-error a db event's data is JSON text
    e.data.id;
  });
  try {
    await client.request('leave', 'lobby');
  } catch (err) {
    // @ts-expect-error leave never answers CONFLICT
    if (isRawRequestError(err, 'leave') && err.code === 'CONFLICT') return;
  }
}
