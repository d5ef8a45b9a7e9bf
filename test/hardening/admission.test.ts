import assert from 'node:assert/strict';
import type { Health } from '../../generated/types.js';
import { registerUser, request, type TestUser } from '../helpers/http.js';
import { RawClient } from '../helpers/raw.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { type ConnectError, connect } from '../helpers/socket.js';
import { WireClient } from '../helpers/wire.js';

/** A client behind the trusted proxy at this address (the proxy's X-Forwarded-For entry). */
const from = (address: string) => ({ 'x-forwarded-for': address });

/** Opens /ws as a client at `address` would through the proxy; resolves once `init` arrived. */
const rawFrom = (server: TestServer, address: string) => RawClient.open(server.url, '/ws', from(address));

/** A Socket.IO handshake from `address`; resolves the connect_error data, or undefined when accepted. */
async function socketIoFrom(
  server: TestServer,
  user: TestUser,
  address: string,
): Promise<ConnectError['data']> {
  try {
    const { socket } = await connect(server, { secret: user.profile.socketSecret, headers: from(address) });
    socket.close();
    return undefined;
  } catch (err) {
    return (err as ConnectError).data;
  }
}

const health = async (server: TestServer) => (await request<Health>(server, 'GET', '/api/health')).body;

describe('hardening: who gets a connection slot', () => {
  describe('connections that do not authenticate', () => {
    let server: TestServer;
    let user: TestUser;
    before(async () => {
      server = await startTestServer({
        // The connection counts are health's details.
        healthDetails: 'public',
        trustProxyHops: 1,
        maxConnections: 12,
        maxUnauthenticatedPerAddress: 3,
        authTimeoutMs: 1500,
      });
      user = await registerUser(server);
    });
    after(() => server.close());

    it('caps one address’s unauthenticated connections, on both transports together, and lets other addresses in', async () => {
      const idle = [await rawFrom(server, '10.0.0.1'), await rawFrom(server, '10.0.0.1')];
      const session = await WireClient.open(server.url, { headers: from('10.0.0.1') });
      // The fourth, on either transport, is refused with the spec'd error naming the limit.
      const refusedRaw = await RawClient.refused(server.url, from('10.0.0.1'));
      assert.equal(refusedRaw.error.code, 'CONNECTION_LIMIT');
      assert.match(refusedRaw.error.data, /MAX_UNAUTHENTICATED_PER_ADDRESS/);
      assert.equal(refusedRaw.code, 1008);
      const refusedSocketIo = await socketIoFrom(server, user, '10.0.0.1');
      assert.equal(refusedSocketIo?.code, 'CONNECTION_LIMIT');
      // Someone else is not disturbed.
      assert.equal(await socketIoFrom(server, user, '10.0.0.2'), undefined);
      const raw = await rawFrom(server, '10.0.0.2');
      assert.equal((await raw.auth(user.token)).type, 'token');
      raw.close();
      for (const c of idle) c.close();
      session.close();
    });

    it('counts Engine.IO sessions that never send CONNECT, and closes them after AUTH_TIMEOUT_MS', async () => {
      const silent = await WireClient.open(server.url, { headers: from('10.0.0.3') });
      assert.equal((await health(server)).connections?.socketio, 1);
      await silent.closed;
      assert.equal((await health(server)).connections?.socketio, 0);
    });

    it('closes /ws connections that do not authenticate within AUTH_TIMEOUT_MS', async () => {
      const idle = await rawFrom(server, '10.0.0.4');
      const error = await idle.next('error', () => true, 5000);
      assert.equal(error.code, 'UNAUTHENTICATED');
      assert.equal((await idle.closed).code, 1008);
    });
  });

  describe('refusals cost the client, not the server', () => {
    let server: TestServer;
    let user: TestUser;
    before(async () => {
      server = await startTestServer({
        trustProxyHops: 1,
        connectRateLimit: 20,
        maxUnauthenticatedPerAddress: 1,
      });
      user = await registerUser(server);
    });
    after(() => server.close());

    it('closes an Engine.IO session whose handshake was refused: one lookup per session', async () => {
      const wire = await WireClient.open(server.url, { headers: from('10.3.0.1') });
      wire.send('40{"socketSecret":"not-a-secret"}');
      assert.match(await wire.next((f) => f.startsWith('44')), /UNAUTHENTICATED/);
      await wire.closed;
    });

    it('turns an address away at the upgrade while it has enough refused connections open', async () => {
      const idle = await WireClient.open(server.url, { headers: from('10.3.0.2') });
      // Over MAX_UNAUTHENTICATED_PER_ADDRESS, each is refused; at most eight refused sessions are open at
      // once, the rest are turned away before Engine.IO accepts them.
      const attempts = await Promise.all(
        Array.from({ length: 30 }, () =>
          WireClient.open(server.url, { headers: from('10.3.0.2') }).catch(() => undefined),
        ),
      );
      const accepted = attempts.filter((a) => a !== undefined);
      assert.ok(accepted.length <= 8, `${accepted.length} sessions opened`);
      for (const a of accepted) a?.close();
      idle.close();
      assert.equal(
        await socketIoFrom(server, user, '10.3.0.3'),
        undefined,
        'another address is not affected',
      );
    });

    it('spends the connect rate on refused attempts too: being over a cap is no free retry', async () => {
      const strict = await startTestServer({
        trustProxyHops: 1,
        connectRateLimit: 4,
        maxUnauthenticatedPerAddress: 1,
      });
      try {
        const someone = await registerUser(strict);
        const idle = await WireClient.open(strict.url, { headers: from('10.4.0.1') });
        const codes: (string | undefined)[] = [];
        for (let i = 0; i < 4; i++) codes.push((await socketIoFrom(strict, someone, '10.4.0.1'))?.code);
        assert.deepEqual(codes, ['CONNECTION_LIMIT', 'CONNECTION_LIMIT', 'CONNECTION_LIMIT', 'RATE_LIMITED']);
        idle.close();
        assert.equal((await socketIoFrom(strict, someone, '10.4.0.1'))?.code, 'RATE_LIMITED');
      } finally {
        await strict.close();
      }
    });
  });

  describe('one Socket.IO connection per Engine.IO session', () => {
    let server: TestServer;
    let user: TestUser;
    before(async () => {
      server = await startTestServer({ healthDetails: 'public' });
      user = await registerUser(server);
    });
    after(() => server.close());

    it('answers 20 CONNECTs sent at once with one connection; the others are refused', async () => {
      const wire = await WireClient.open(server.url);
      for (let i = 0; i < 20; i++)
        wire.send(`40${JSON.stringify({ socketSecret: user.profile.socketSecret })}`);
      await wire.next((f) => f.startsWith('40{'));
      await wire.next((f) => f.startsWith('42["welcome"'));
      const refusals = () => wire.frames.filter((f) => f.startsWith('44'));
      while (refusals().length < 19) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(wire.frames.filter((f) => f.startsWith('40{')).length, 1);
      assert.equal(wire.frames.filter((f) => f.startsWith('42["welcome"')).length, 1);
      assert.match(refusals()[0] ?? '', /BAD_INPUT/);
      assert.equal((await health(server)).connections?.socketio, 1);
      wire.close();
    });
  });

  describe('handshake rate per user', () => {
    let server: TestServer;
    let ada: TestUser;
    let grace: TestUser;
    before(async () => {
      server = await startTestServer({ trustProxyHops: 1, handshakeRateLimit: 3 });
      ada = await registerUser(server);
      grace = await registerUser(server);
    });
    after(() => server.close());

    it('refuses a user’s handshakes past HANDSHAKE_RATE_LIMIT on either transport, with retryAfterSeconds', async () => {
      assert.equal(await socketIoFrom(server, ada, '10.1.0.1'), undefined);
      assert.equal(await socketIoFrom(server, ada, '10.1.0.2'), undefined);
      const raw = await rawFrom(server, '10.1.0.3');
      assert.equal((await raw.auth(ada.token)).type, 'token');
      raw.close();
      const refused = await socketIoFrom(server, ada, '10.1.0.4');
      assert.equal(refused?.code, 'RATE_LIMITED');
      assert.match(refused?.message ?? '', /HANDSHAKE_RATE_LIMIT/);
      assert.ok((refused?.retryAfterSeconds ?? 0) >= 1);
      const rawRefused = await rawFrom(server, '10.1.0.5');
      assert.equal((await rawRefused.auth(ada.token)).code, 'RATE_LIMITED');
      rawRefused.close();
      // Another user is not limited by Ada's handshakes.
      assert.equal(await socketIoFrom(server, grace, '10.1.0.6'), undefined);
    });
  });

  describe('connect rate per address', () => {
    let server: TestServer;
    let user: TestUser;
    before(async () => {
      server = await startTestServer({ trustProxyHops: 1, connectRateLimit: 4 });
      user = await registerUser(server);
    });
    after(() => server.close());

    it('refuses new connections from an address past CONNECT_RATE_LIMIT, on both transports, before any handshake work', async () => {
      const answers: (string | undefined)[] = [];
      for (let i = 0; i < 6; i++) answers.push((await socketIoFrom(server, user, '10.2.0.1'))?.code);
      assert.deepEqual(answers, [undefined, undefined, undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED']);
      const raw = await RawClient.refused(server.url, from('10.2.0.1'));
      assert.equal(raw.error.code, 'RATE_LIMITED');
      assert.equal(raw.code, 1008);
      assert.equal(await socketIoFrom(server, user, '10.2.0.2'), undefined, 'another address is not limited');
    });
  });
});
