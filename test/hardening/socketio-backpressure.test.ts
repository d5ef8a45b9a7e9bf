import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import { socketOperations } from '../../generated/socketio.js';
import { registerUser, request, type TestUser } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { connect, emitRaw } from '../helpers/socket.js';
import { WireClient } from '../helpers/wire.js';

const BODY = { text: 'x'.repeat(4000) };

describe('hardening: Socket.IO clients that do not read, pong blindly or flood', () => {
  describe('a consumer that does not read', () => {
    let server: TestServer;
    let user: TestUser;

    before(async () => {
      server = await startTestServer({ maxBufferedBytes: 256 * 1024 });
      user = await registerUser(server);
      const { socket } = await connect(server, { secret: user.profile.socketSecret });
      await emitRaw(socket, 'join-room', { room: 'big' });
      for (let i = 0; i < 100; i++) await emitRaw(socket, 'send-message', { room: 'big', body: BODY });
      socket.close();
    });
    after(() => server.close());

    it('is cut off once more than MAX_BUFFERED_BYTES waits for it, however much it asks for', async () => {
      const reader = await connect(server, { secret: user.profile.socketSecret });
      const attacker = await WireClient.connect(server.url, { socketSecret: user.profile.socketSecret });
      attacker.stopReading();
      // About 400 KB per answer, asked for 50 bytes at a time; the kernel's buffers take a few MB first.
      let asked = 0;
      const flood = setInterval(() => {
        for (let i = 0; i < 10 && attacker.isOpen; i++, asked++)
          attacker.send(`42${asked + 1}["room-history",{"room":"big","limit":100}]`);
      }, 5);
      try {
        await attacker.closed;
      } finally {
        clearInterval(flood);
      }
      assert.ok(
        server.logs.lines.some((l) => l.msg === 'slow consumer cut off'),
        'the cut-off is logged',
      );
      assert.equal(reader.socket.connected, true, 'another connection of the same user stays');
      assert.deepEqual(await emitRaw(reader.socket, 'echo', { data: 'fine' }), { data: 'echo: fine' });
      reader.socket.close();
    });
  });

  describe('heartbeats', () => {
    let server: TestServer;
    let user: TestUser;
    before(async () => {
      server = await startTestServer({ heartbeatIntervalMs: 200, heartbeatTimeoutMs: 200 });
      user = await registerUser(server);
    });
    after(() => server.close());

    it('closes a connection that sends a pong no ping asked for', async () => {
      const blind = await WireClient.connect(
        server.url,
        { socketSecret: user.profile.socketSecret },
        { answerPings: false },
      );
      blind.send('3');
      await blind.closed;
    });

    it('keeps a client that answers its pings for many heartbeats', async () => {
      const { socket } = await connect(server, { secret: user.profile.socketSecret });
      // Counted, not timed: each ping answered is a heartbeat the server could have closed it at.
      let pings = 0;
      await new Promise<void>((resolve) => socket.io.on('ping', () => ++pings === 6 && resolve()));
      assert.equal(socket.connected, true);
      socket.close();
    });

    it('closes a client that stops answering pings even while it keeps sending requests', async () => {
      const mute = await WireClient.connect(
        server.url,
        { socketSecret: user.profile.socketSecret },
        { answerPings: false },
      );
      const chatter = setInterval(() => mute.isOpen && mute.send('42["echo",{"data":"x"}]'), 50);
      try {
        await mute.closed;
      } finally {
        clearInterval(chatter);
      }
    });
  });

  describe('requests in flight', () => {
    let server: TestServer;
    let user: TestUser;
    let running = 0;
    let mostRunning = 0;
    let release: () => void = () => {};
    let blocked = Promise.resolve();
    const packetsRead = { count: 0 };
    const reads = new EventEmitter();
    /** Until the server has read `count` packets (of every connection) since the test began. */
    const packetsReach = async (count: number) => {
      while (packetsRead.count < count) await once(reads, 'read');
    };

    before(async () => {
      const operations = new Map(socketOperations);
      const echo = socketOperations.get('echo');
      if (!echo || echo.action) throw new Error('no echo operation');
      // An echo that waits until the test lets it go, counting how many run at once.
      operations.set('echo', {
        ...echo,
        handler: async (payload, ctx) => {
          running += 1;
          mostRunning = Math.max(mostRunning, running);
          try {
            await blocked;
            return echo.handler(payload, ctx);
          } finally {
            running -= 1;
          }
        },
      });
      server = await startTestServer({ maxRequestsInFlight: 4 }, { socketOperations: operations });
      server.io.on('connection', (socket) => {
        socket.conn.on('packet', () => {
          packetsRead.count += 1;
          reads.emit('read');
        });
      });
      user = await registerUser(server);
    });
    after(() => server.close());

    it('runs at most MAX_REQUESTS_IN_FLIGHT handlers of one connection at once and answers all in turn', async () => {
      blocked = new Promise((resolve) => {
        release = resolve;
      });
      const { socket } = await connect(server, { secret: user.profile.socketSecret });
      const before = packetsRead.count;
      const replies = Array.from({ length: 50 }, (_, i) => emitRaw(socket, 'echo', { data: String(i) }));
      // The server has read all 50 (fewer than stop its reading), and runs four of them.
      await packetsReach(before + 50);
      assert.equal(running, 4);
      release();
      const answers = await Promise.all(replies);
      assert.deepEqual(
        answers,
        Array.from({ length: 50 }, (_, i) => ({ data: `echo: ${i}` })),
      );
      assert.equal(mostRunning, 4);
      socket.close();
    });

    it('stops reading a connection whose requests pile up, and keeps others and the database served', async () => {
      blocked = new Promise((resolve) => {
        release = resolve;
      });
      const flooder = await WireClient.connect(server.url, { socketSecret: user.profile.socketSecret });
      const other = await registerUser(server);
      const bystander = await connect(server, { secret: other.profile.socketSecret });
      const before = packetsRead.count;
      const sent = 20_000;
      for (let i = 1; i <= sent; i++) flooder.send(`42${i}["echo",{"data":"${i}"}]`);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const read = packetsRead.count - before;
      assert.ok(read < sent / 2, `read ${read} of ${sent} frames while the handlers were busy`);
      // Everyone else is served meanwhile: another connection's request and the health check.
      assert.deepEqual(
        await emitRaw(bystander.socket, 'join-room', { room: 'calm' }).then(
          (r) => (r as { room: { id: string } }).room.id,
        ),
        'calm',
      );
      assert.equal((await request(server, 'GET', '/api/health')).status, 200);
      release();
      // Every request is answered in the end: its echo, or RATE_LIMITED if it arrived past the queue.
      const acks = () => flooder.frames.filter((f) => f.startsWith('43'));
      while (acks().length < sent) await new Promise((resolve) => setTimeout(resolve, 50));
      const ids = new Set(acks().map((f) => f.slice(2, f.indexOf('['))));
      assert.equal(ids.size, sent, 'one answer per request');
      const limited = acks().filter((f) => f.includes('RATE_LIMITED')).length;
      assert.ok(limited < sent / 2, `${limited} refused`);
      flooder.close();
      bystander.socket.close();
    });
  });
});
