import assert from 'node:assert/strict';
import { type SocketOperation, socketOperations } from '../generated/socketio.js';
import type { ErrorReply, FrameError } from '../generated/types.js';
import * as V from '../generated/validators/asyncapi.js';
import { ApiError } from '../src/core/errors.js';
import { recordedFacts } from '../src/transports/spec-coverage.js';
import type { EventLog } from './helpers/event-log.js';
import { registerUser, type TestUser } from './helpers/http.js';
import { expectedUndeclared, startTestServer, type TestServer } from './helpers/server.js';
import { type ClientSocket, connect, emitRaw } from './helpers/socket.js';

const MAX_FRAME = 8192;

// Operations that exist only in this test, to reach dispatcher paths no spec'd operation takes on purpose.
const testOperations = new Map<string, SocketOperation>([
  ...socketOperations,
  [
    'explode',
    {
      operationId: 'explode',
      event: 'explode',
      validatePayload: V.EchoRequest,
      validateReply: V.EchoReply,
      errorCodes: new Set(['INTERNAL']),
      handler: () => Promise.reject(new Error('secret internals at /srv/db')),
    },
  ],
  [
    'undeclared',
    {
      operationId: 'undeclared',
      event: 'undeclared',
      validatePayload: V.EchoRequest,
      validateReply: V.EchoReply,
      errorCodes: new Set(['BAD_INPUT', 'INTERNAL']),
      handler: () => Promise.reject(new ApiError('FORBIDDEN', 'not declared by this operation', '')),
    },
  ],
  [
    'lie',
    {
      operationId: 'lie',
      event: 'lie',
      validatePayload: V.EchoRequest,
      validateReply: V.EchoReply,
      errorCodes: new Set(['INTERNAL']),
      handler: () => ({ data: 42 }),
    },
  ],
  [
    'fireAndForget',
    {
      operationId: 'fireAndForget',
      event: 'fireAndForget',
      validatePayload: V.EchoRequest,
      validateReply: undefined,
      errorCodes: new Set(),
      handler: () => undefined,
    },
  ],
]);

describe('Socket.IO frames', () => {
  let server: TestServer;
  let user: TestUser;
  let socket: ClientSocket;
  let events: EventLog;
  before(async () => {
    server = await startTestServer({ maxFrameBytes: MAX_FRAME }, { socketOperations: testOperations });
    user = await registerUser(server);
    ({ socket, events } = await connect(server, { secret: user.profile.socketSecret }));
  });
  after(async () => {
    socket.close();
    await server.close();
  });

  it('echoes through the acknowledgement', async () => {
    const reply = await socket.timeout(5000).emitWithAck('echo', { data: 'hello Switchboard' });
    assert.deepEqual(reply, { data: 'echo: hello Switchboard' });
  });

  const badPayloads: [string, unknown[], string, string][] = [
    ['a missing field', [{}], 'data', 'data is required'],
    ['a wrong type', [{ data: 5 }], 'data', 'data must be string'],
    ['an unknown field', [{ data: 'x', extra: true }], 'extra', 'extra is not allowed here'],
    ['a string instead of an object', ['hello'], '', 'payload must be object'],
    ['null', [null], '', 'payload must be object'],
    [
      'a too long string',
      [{ data: 'x'.repeat(4097) }],
      'data',
      'data must NOT have more than 4096 characters',
    ],
    ['no payload at all', [], '', 'echo takes exactly one argument, the payload object (got 0)'],
    [
      'two payloads',
      [{ data: 'a' }, { data: 'b' }],
      '',
      'echo takes exactly one argument, the payload object (got 2)',
    ],
  ];
  for (const [what, args, field, message] of badPayloads) {
    it(`refuses ${what} with BAD_INPUT naming "${field}" and keeps the connection`, async () => {
      const reply = (await emitRaw(socket, 'echo', ...args)) as ErrorReply;
      assert.deepEqual(reply, { error: { code: 'BAD_INPUT', message, field } });
      assert.equal(socket.connected, true);
    });
  }

  it('answers an unknown event through the acknowledgement', async () => {
    const reply = (await emitRaw(socket, 'ehco', { data: 'x' })) as ErrorReply;
    assert.deepEqual(reply, { error: { code: 'UNKNOWN_EVENT', message: 'unknown event "ehco"', field: '' } });
  });

  it('answers an unknown event without acknowledgement with a frame-error event', async () => {
    const received = events.next('frame-error');
    (socket as unknown as { emit(e: string, p: unknown): void }).emit('constructor', { data: 'x' });
    const frameError: FrameError = await received;
    assert.deepEqual(frameError, {
      event: 'constructor',
      error: { code: 'UNKNOWN_EVENT', message: 'unknown event "constructor"', field: '' },
    });
  });

  it('tells a client that forgot the acknowledgement callback, with a frame-error', async () => {
    const received = events.next('frame-error');
    (socket as unknown as { emit(e: string, p: unknown): void }).emit('echo', { data: 'no callback' });
    assert.deepEqual(await received, {
      event: 'echo',
      error: {
        code: 'ACK_REQUIRED',
        message: 'echo answers through an acknowledgement: pass a callback',
        field: '',
      },
    });
  });

  it('records a request without a reply as done once its handler returns, and an INTERNAL answer (spec coverage)', async () => {
    (socket as unknown as { emit(e: string, p: unknown): void }).emit('fireAndForget', { data: 'x' });
    await emitRaw(socket, 'lie', { data: 'x' });
    // The echo's acknowledgement leaves after both requests above were dispatched and answered.
    await socket.timeout(5000).emitWithAck('echo', { data: 'after' });
    assert.ok(recordedFacts().has('answer local fireAndForget ok'));
    assert.ok(recordedFacts().has('answer local lie INTERNAL'));
  });

  it('refuses an acknowledgement callback on an operation that has none', async () => {
    const reply = (await emitRaw(socket, 'fireAndForget', { data: 'x' })) as ErrorReply;
    assert.equal(reply.error.code, 'ACK_NOT_ALLOWED');
  });

  it('answers a frame over MAX_FRAME_BYTES with PAYLOAD_TOO_LARGE and keeps the connection', async () => {
    const reply = (await emitRaw(socket, 'echo', { data: 'é'.repeat(MAX_FRAME) })) as ErrorReply;
    assert.equal(reply.error.code, 'PAYLOAD_TOO_LARGE');
    assert.match(reply.error.message, /^the frame is \d+ bytes; the limit is 8192$/);
    assert.equal(socket.connected, true);
    assert.deepEqual(await socket.timeout(5000).emitWithAck('echo', { data: 'after' }), {
      data: 'echo: after',
    });
  });

  it('answers a throwing handler with INTERNAL, logs the error and leaks nothing', async () => {
    const reply = (await emitRaw(socket, 'explode', { data: 'x' })) as ErrorReply;
    assert.deepEqual(reply, { error: { code: 'INTERNAL', message: 'internal server error' } });
    const logged = server.logs.lines.find((l) => l.msg === 'request failed' && l.event === 'explode');
    assert.ok(logged);
    assert.match(JSON.stringify(logged), /secret internals/);
  });

  it('answers INTERNAL instead of a reply that violates the spec (outbound validation)', async () => {
    const reply = (await emitRaw(socket, 'lie', { data: 'x' })) as ErrorReply;
    assert.equal(reply.error.code, 'INTERNAL');
    assert.ok(
      server.logs.lines.some((l) => l.msg === 'outbound message violates the spec' && l.what === 'lie reply'),
    );
  });

  it('answers INTERNAL instead of an error code the operation does not declare (x-errors)', async () => {
    expectedUndeclared.add('undeclared error');
    const reply = (await emitRaw(socket, 'undeclared', { data: 'x' })) as ErrorReply;
    assert.equal(reply.error.code, 'INTERNAL');
    assert.ok(
      server.logs.lines.some(
        (l) => String(l.msg).startsWith('outbound message violates the spec') && l.code === 'FORBIDDEN',
      ),
    );
    // A declared code passes as it is.
    const bad = (await emitRaw(socket, 'undeclared', { data: 7 })) as ErrorReply;
    assert.equal(bad.error.code, 'BAD_INPUT');
  });

  it('keeps other connections undisturbed by one connection’s bad input', async () => {
    const other = await registerUser(server);
    const { socket: bystander } = await connect(server, { secret: other.profile.socketSecret });
    try {
      const pending = bystander.timeout(5000).emitWithAck('echo', { data: 'bystander' });
      await Promise.all([
        emitRaw(socket, 'echo', { data: 5 }),
        emitRaw(socket, 'nope', {}),
        emitRaw(socket, 'echo', { data: 'x'.repeat(MAX_FRAME * 2) }),
      ]);
      assert.deepEqual(await pending, { data: 'echo: bystander' });
      assert.equal(bystander.connected, true);
    } finally {
      bystander.close();
    }
  });

  it('refuses a binary payload with BAD_INPUT: payloads are JSON', async () => {
    const reply = (await emitRaw(socket, 'echo', { data: Buffer.from('binary') })) as ErrorReply;
    assert.deepEqual(reply, {
      error: { code: 'BAD_INPUT', message: 'data is binary data: payloads are JSON', field: 'data' },
    });
  });

  it('closes a connection whose binary attachments add up past the hard limit', async () => {
    const { socket: reckless } = await connect(server, { secret: user.profile.socketSecret });
    const closed = new Promise<string>((resolve) => reckless.once('disconnect', (reason) => resolve(reason)));
    const part = Buffer.alloc(MAX_FRAME * 2);
    reckless.emit('echo', { data: [part, part, part] } as never, () => {});
    assert.equal(await closed, 'transport close');
    assert.equal(socket.connected, true, 'the other connection stays');
  });

  it('closes the connection only past Engine.IO’s hard limit (four times MAX_FRAME_BYTES)', async () => {
    const { socket: reckless } = await connect(server, { secret: user.profile.socketSecret });
    const closed = new Promise<string>((resolve) => reckless.once('disconnect', (reason) => resolve(reason)));
    reckless.emit('echo', { data: 'x'.repeat(MAX_FRAME * 4 + 10) }, () => {});
    assert.equal(await closed, 'transport close');
    assert.equal(socket.connected, true, 'the other connection stays');
  });
});
