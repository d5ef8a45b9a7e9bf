import assert from 'node:assert/strict';
import { io, type Socket } from 'socket.io-client';
import type { RunningMock } from '../../scripts/mock/mock-server.js';
import { assertMatches, asyncSchemas, session, socketServer, useMock } from './mock-fixture.js';

const server = socketServer('local');
/** Every event the server may send on Socket.IO, by wire name, with its schema. */
const declaredEvents = new Map([...server.events.values()].map((e) => [e.message.name, e.message.schema]));
const ERROR_REPLY = '#/components/schemas/ErrorReply' as const;

interface Seen {
  name: string;
  payload: unknown;
}

/** A connected client that records (and checks against the spec) every event the mock sends it. */
async function connect(
  mock: RunningMock,
  auth: Record<string, unknown>,
): Promise<{ socket: Socket; seen: Seen[] }> {
  const seen: Seen[] = [];
  const socket = io(mock.url, {
    path: server.pathname,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth,
  });
  socket.onAny((name: string, payload: unknown) => {
    const schema = declaredEvents.get(name);
    assert.ok(schema, `the mock sent ${name}, an event the spec does not declare`);
    assertMatches(asyncSchemas, schema, payload, `event ${name}`);
    seen.push({ name, payload });
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return { socket, seen };
}

/** Waits until `test` holds for what was seen (events arrive after the acknowledgement). */
async function until(seen: Seen[], test: (seen: Seen[]) => boolean): Promise<void> {
  for (let i = 0; i < 100 && !test(seen); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(test(seen), `never saw what was expected; saw ${seen.map((s) => s.name).join(', ')}`);
}

describe('mock server: Socket.IO', () => {
  const ctx = useMock();
  let secret: string;
  before(async () => {
    ({ socketSecret: secret } = await session(ctx.mock));
  });

  it('greets a connection with welcome and activities, as the spec says', async () => {
    const { socket, seen } = await connect(ctx.mock, { socketSecret: secret });
    await until(seen, (s) => s.length >= 2);
    assert.deepEqual(
      seen.map((s) => s.name),
      ['welcome', 'activities'],
    );
    assert.equal((seen[0]?.payload as { connectionId?: string } | undefined)?.connectionId, socket.id);
    socket.close();
  });

  it('answers over HTTP long-polling too, with the secret in the X-Socket-Secret header', async () => {
    const socket = io(ctx.mock.url, {
      path: server.pathname,
      transports: ['polling'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { 'X-Socket-Secret': secret },
    });
    const reply = await socket.timeout(2000).emitWithAck('echo', { data: 'over polling' });
    assertMatches(asyncSchemas, server.requests.get('echo')?.reply?.schema ?? '#/none', reply, 'echo reply');
    socket.close();
  });

  it('refuses a handshake without a socket secret, or with one it did not issue, through connect_error', async () => {
    for (const auth of [{}, { socketSecret: 'not-issued-by-the-mock' }, { socketSecret: 42 }]) {
      const err = await connect(ctx.mock, auth).then(
        () => assert.fail('the handshake was accepted'),
        (e: Error & { data?: unknown }) => e,
      );
      assertMatches(asyncSchemas, '#/components/schemas/Error', err.data, 'connect_error data');
      const code = (err.data as { code: string }).code;
      assert.equal(code, typeof auth.socketSecret === 'number' ? 'BAD_INPUT' : 'UNAUTHENTICATED');
    }
  });

  it("acknowledges every request with its reply, valid against the spec, and follows with its feature's events", async () => {
    const { socket, seen } = await connect(ctx.mock, { socketSecret: secret });
    for (const [event, op] of server.requests) {
      const reply = await socket.timeout(2000).emitWithAck(event, op.request.example);
      assert.ok(op.reply, `${event} has no reply in the spec`);
      assertMatches(asyncSchemas, op.reply.schema, reply, `${event} reply`);
    }
    // Every server event the spec declares for some audience beyond the connection arrives.
    const expected = [...server.events.values()].filter((e) => e.audience && e.audience !== 'connection');
    await until(seen, (s) => expected.every((e) => s.some((x) => x.name === e.message.name)));
    socket.close();
  });

  it('refuses an invalid payload with BAD_INPUT, naming the field, through the acknowledgement', async () => {
    const { socket } = await connect(ctx.mock, { socketSecret: secret });
    for (const [event, op] of server.requests) {
      for (const payload of [42, { ...(op.request.example as object), unexpectedField: true }]) {
        const reply = (await socket.timeout(2000).emitWithAck(event, payload)) as {
          error: { code: string; field: string };
        };
        assertMatches(asyncSchemas, ERROR_REPLY, reply, `${event} refusal`);
        assert.equal(reply.error.code, 'BAD_INPUT', `${event} ${JSON.stringify(payload)}`);
        assert.ok(op.errorCodes.has(reply.error.code), `${event} does not declare ${reply.error.code}`);
        if (typeof payload === 'object') assert.equal(reply.error.field, 'unexpectedField');
      }
    }
    socket.close();
  });

  it('refuses an unknown event, and a request without a callback, as the spec says', async () => {
    const { socket, seen } = await connect(ctx.mock, { socketSecret: secret });
    const reply = (await socket.timeout(2000).emitWithAck('ehco', {})) as { error: { code: string } };
    assertMatches(asyncSchemas, ERROR_REPLY, reply, 'unknown event refusal');
    assert.equal(reply.error.code, 'UNKNOWN_EVENT');
    socket.emit('echo', { data: 'no callback' });
    await until(seen, (s) => s.some((x) => x.name === 'frame-error'));
    const frameError = seen.find((x) => x.name === 'frame-error')?.payload as {
      event: string;
      error: { code: string };
    };
    assert.deepEqual([frameError.event, frameError.error.code], ['echo', 'ACK_REQUIRED']);
    socket.close();
  });

  it('sends closing and disconnects when the session that opened the connection logs out', async () => {
    const own = await session(ctx.mock);
    const { socket, seen } = await connect(ctx.mock, { socketSecret: own.socketSecret });
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    await fetch(`${ctx.mock.url}/api/users/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${own.token}` },
    });
    assert.equal(await disconnected, 'io server disconnect');
    assert.equal(
      (seen.find((x) => x.name === 'closing')?.payload as { reason?: string } | undefined)?.reason,
      'logged-out',
    );
  });
});
