import assert from 'node:assert/strict';
import { io } from 'socket.io-client';
import { type Cluster, startCluster } from '../helpers/cluster.js';
import { cutProxy } from '../helpers/cut-proxy.js';
import { EventLog } from '../helpers/event-log.js';
import { registerUser, request } from '../helpers/http.js';
import { type ClientSocket, connect } from '../helpers/socket.js';

/** Connection-state recovery across processes: a client that drops resumes on another process. */
describe('cluster: a dropped connection resumes on another process', () => {
  let cluster: Cluster;
  before(async function () {
    this.timeout(120_000);
    cluster = await startCluster({ size: 2 });
  });
  after(async function () {
    this.timeout(60_000);
    await cluster?.close();
  });

  it('gets what it missed and stays in its rooms, subscriptions and follows, without asking again', async () => {
    const on = (i: number) => ({ url: cluster.url(i) });
    const [ada, bob] = [await registerUser(on(0)), await registerUser(on(0))];
    // A load balancer: process 0 first, process 1 after the network change.
    const proxy = await cutProxy(cluster.nodes[0]?.port as number);
    const socket: ClientSocket = io(proxy.url, {
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 50,
      reconnectionDelayMax: 100,
      auth: { socketSecret: ada.profile.socketSecret },
    });
    const events = new EventLog(socket);
    const sender = await connect(on(1), { secret: bob.profile.socketSecret as string });
    try {
      await events.next('welcome');
      await socket.timeout(5000).emitWithAck('join-room', { room: 'travel' });
      await socket.timeout(5000).emitWithAck('subscribe-db', { repo: 'log_744_' });
      await sender.socket.timeout(5000).emitWithAck('join-room', { room: 'travel' });

      proxy.hold();
      const gone = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
      proxy.drop();
      await gone;
      const sent: number[] = [];
      for (let n = 1; n <= 5; n++)
        sent.push(
          (
            (await sender.socket
              .timeout(5000)
              .emitWithAck('send-message', { room: 'travel', body: { n } })) as { seq: number }
          ).seq,
        );
      await request(on(1), 'POST', '/api/db/log_744_', { token: bob.token, body: { while: 'away' } });
      proxy.retarget(cluster.nodes[1]?.port as number);
      proxy.release();

      const welcome = await events.next('welcome');
      assert.equal(welcome.recovered, true, cluster.dump());
      const missed: number[] = [];
      for (let i = 0; i < 5; i++) missed.push((await events.next('message', (m) => m.room === 'travel')).seq);
      assert.deepEqual(missed, sent);
      assert.equal((await events.next('db_created')).repo, 'log_744_');
      // Now on process 1, still a member: the next message arrives, and leaving works once.
      const next = (await sender.socket
        .timeout(5000)
        .emitWithAck('send-message', { room: 'travel', body: { n: 6 } })) as {
        seq: number;
      };
      assert.equal((await events.next('message', (m) => m.room === 'travel')).seq, next.seq);
      const left = await socket.timeout(5000).emitWithAck('leave-room', { room: 'travel' });
      assert.ok(!('error' in left), JSON.stringify(left));
    } finally {
      socket.close();
      sender.socket.close();
      await proxy.close();
    }
  });
});
