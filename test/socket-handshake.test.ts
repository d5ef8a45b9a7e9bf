import assert from 'node:assert/strict';
import type { SocketSecret } from '../generated/types.js';
import { registerUser, request, type TestUser } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { connect, refusedConnect } from './helpers/socket.js';

describe('Socket.IO handshake', () => {
  let server: TestServer;
  let user: TestUser;
  before(async () => {
    server = await startTestServer();
    user = await registerUser(server);
  });
  after(() => server.close());

  for (const via of ['header', 'auth'] as const) {
    for (const transport of ['websocket', 'polling'] as const) {
      it(`accepts the socket secret in the ${via === 'header' ? 'X-Socket-Secret header' : 'auth payload'} over ${transport} and sends a welcome`, async () => {
        const { socket, welcome } = await connect(server, {
          secret: user.profile.socketSecret,
          via,
          transports: [transport],
        });
        try {
          assert.deepEqual(welcome, {
            connectionId: socket.id,
            userId: user.profile.id,
            username: user.profile.username,
            serverVersion: server.config.serverVersion,
          });
        } finally {
          socket.close();
        }
      });
    }
  }

  it('refuses a handshake without a secret', async () => {
    const err = await refusedConnect(server, {});
    assert.equal(
      err.message,
      'a socket secret is required: send the X-Socket-Secret header or auth.socketSecret (or log in over HTTP first, for the socket cookie)',
    );
    assert.deepEqual(err.data, { code: 'UNAUTHENTICATED', message: err.message, field: 'auth.socketSecret' });
  });

  it('refuses a wrong secret, by header and by auth payload', async () => {
    const byHeader = await refusedConnect(server, { secret: 'not-the-secret', via: 'header' });
    assert.deepEqual(byHeader.data, {
      code: 'UNAUTHENTICATED',
      message:
        'the socket secret is unknown: it was rotated, or its session ended (log in again for a new one)',
      field: 'header.x-socket-secret',
    });
    const byAuth = await refusedConnect(server, { secret: 'not-the-secret', via: 'auth' });
    assert.equal(byAuth.data?.field, 'auth.socketSecret');
  });

  it('refuses a malformed auth payload with BAD_INPUT naming the field', async () => {
    const err = await refusedConnect(server, { auth: { socketSecret: 42 } });
    assert.deepEqual(err.data, {
      code: 'BAD_INPUT',
      message: 'auth.socketSecret must be string',
      field: 'auth.socketSecret',
    });
    const tooLong = await refusedConnect(server, { secret: 'x'.repeat(300), via: 'header' });
    assert.equal(tooLong.data?.code, 'BAD_INPUT');
    assert.equal(tooLong.data?.field, 'header.x-socket-secret');
  });

  it('refuses the old secret at once after a rotation, and accepts the new one; what it opened closes', async () => {
    const rotating = await registerUser(server);
    const open = await connect(server, { secret: rotating.profile.socketSecret });
    const closing = open.events.next('closing');
    const res = await request<SocketSecret>(server, 'POST', '/api/users/me/socket-secret', {
      token: rotating.token,
    });
    const old = await refusedConnect(server, { secret: rotating.profile.socketSecret, via: 'auth' });
    assert.equal(old.data?.code, 'UNAUTHENTICATED');
    const { socket, welcome } = await connect(server, { secret: res.body.socketSecret, via: 'auth' });
    assert.equal(welcome.userId, rotating.profile.id);
    socket.close();
    assert.equal((await closing).reason, 'secret-rotated');
  });

  it('lets the header win when both header and auth payload carry a secret', async () => {
    const { socket, welcome } = await connect(server, {
      secret: user.profile.socketSecret,
      via: 'header',
      auth: { socketSecret: 'something-else' },
    });
    assert.equal(welcome.userId, user.profile.id);
    socket.close();
  });

  it('treats an empty X-Socket-Secret header as absent and takes the auth payload', async () => {
    const { io } = await import('socket.io-client');
    const socket = io(server.url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { 'X-Socket-Secret': '' },
      auth: { socketSecret: user.profile.socketSecret },
    });
    try {
      const welcome = await new Promise<{ userId: string }>((resolve, reject) => {
        socket.once('welcome', resolve);
        socket.once('connect_error', reject);
      });
      assert.equal(welcome.userId, user.profile.id);
    } finally {
      socket.close();
    }
  });

  it('logs refusals without the secret that was tried', async () => {
    await refusedConnect(server, { secret: 'tried-secret-value', via: 'header' });
    assert.ok(server.logs.lines.some((l) => l.msg === 'handshake refused' && l.code === 'UNAUTHENTICATED'));
    assert.ok(!server.logs.text().includes('tried-secret-value'));
  });
});

describe('Socket.IO handshake when the database is gone', () => {
  it('refuses with UNAVAILABLE', async () => {
    const server = await startTestServer();
    try {
      const user = await registerUser(server);
      await server.database.db.destroy();
      const err = await refusedConnect(server, { secret: user.profile.socketSecret });
      assert.equal(err.data?.code, 'UNAVAILABLE');
      assert.equal(err.data?.retryAfterSeconds, 5);
    } finally {
      await server.close().catch(() => {});
    }
  });
});
