import assert from 'node:assert/strict';
import WebSocket from 'ws';
import type { Session } from '../../generated/types.js';
import { type Cluster, startCluster } from '../helpers/cluster.js';
import { addMember, registerUser, request, type TestUser, uniqueUsername } from '../helpers/http.js';
import { RawClient } from '../helpers/raw.js';
import { type Connected, connect, refusedConnect } from '../helpers/socket.js';

const PASSWORD = 'correct horse battery staple';

/** Connection caps and rate limits hold across the processes of a cluster, not per process (issue 15). */
describe('cluster: limits shared by every process', () => {
  const open: { close(): void }[] = [];
  afterEach(() => {
    for (const c of open.splice(0)) c.close();
  });

  describe('caps per user and per plan, refused', () => {
    let cluster: Cluster;
    const on = (i: number) => ({ url: cluster.url(i) });
    const io = async (i: number, secret: string): Promise<Connected> => {
      const c = await connect(on(i), { secret });
      open.push(c.socket);
      return c;
    };

    before(async function () {
      this.timeout(120_000);
      cluster = await startCluster({
        size: 3,
        env: {
          MAX_CONNECTIONS_PER_USER: '2',
          PLANS: 'free:3,pro:0',
          DEFAULT_PLAN: 'free',
          FAILED_LOGIN_LIMIT: '3',
        },
      });
    });
    after(async function () {
      this.timeout(60_000);
      await cluster?.close();
    });

    it('refuses a user’s third connection on a third process, and admits it once one closes', async () => {
      const ada = await registerUser(on(0));
      const secret = ada.profile.socketSecret as string;
      const first = await io(0, secret);
      await io(1, secret);
      const refused = await refusedConnect(on(2), { secret });
      assert.equal(refused.data?.code, 'CONNECTION_LIMIT', JSON.stringify(refused.data));
      assert.match(refused.data?.message ?? '', /MAX_CONNECTIONS_PER_USER/);
      // /ws counts against the same cap.
      const raw = await RawClient.open(cluster.url(2));
      open.push(raw);
      const rawRefused = await raw.auth(ada.token);
      assert.equal(rawRefused.type, 'error');
      assert.equal(rawRefused.code, 'CONNECTION_LIMIT');

      const gone = new Promise((resolve) => first.socket.once('disconnect', resolve));
      first.socket.close();
      await gone;
      // The release reaches Redis shortly after the close: the next connection is admitted once it has.
      for (;;) {
        try {
          await io(2, secret);
          break;
        } catch (err) {
          assert.equal((err as { data?: { code: string } }).data?.code, 'CONNECTION_LIMIT');
        }
      }
    });

    it('holds an account’s plan cap across processes, and counts the account’s connections cluster-wide', async () => {
      const owner = await registerUser(on(0));
      const member = await addMember(on(1), owner);
      await io(0, owner.profile.socketSecret as string);
      await io(1, owner.profile.socketSecret as string);
      await io(2, member.profile.socketSecret as string);
      const refused = await refusedConnect(on(0), { secret: member.profile.socketSecret as string });
      assert.equal(refused.data?.code, 'CONNECTION_LIMIT');
      assert.match(refused.data?.message ?? '', /plan \(free\) allows 3/);

      // Asked of any process, the owner sees the whole account's connections.
      for (const i of [0, 1, 2]) {
        const counts = await request<{
          open: number;
          limit: number;
          users: { userId: string; open: number }[];
        }>(on(i), 'GET', '/api/accounts/me/connections', { token: owner.token });
        assert.equal(counts.status, 200);
        assert.equal(counts.body.open, 3);
        assert.equal(counts.body.limit, 3);
        assert.deepEqual(
          counts.body.users.map((u) => [u.userId, u.open]).sort(),
          [
            [owner.profile.id, 2],
            [member.profile.id, 1],
          ].sort(),
        );
      }
    });

    it('counts failed logins for a username across processes (FAILED_LOGIN_LIMIT)', async () => {
      const ada = await registerUser(on(0));
      const username = ada.profile.username;
      for (const i of [0, 1, 2]) {
        const wrong = await request(on(i), 'POST', '/api/users/login', {
          body: { username, password: 'not the password at all' },
        });
        assert.equal(wrong.status, 401);
      }
      for (const i of [0, 1, 2]) {
        const limited = await request<{ error: { code: string } }>(on(i), 'POST', '/api/users/login', {
          body: { username, password: PASSWORD },
        });
        assert.equal(limited.status, 429, `process ${i}`);
        assert.equal(limited.body.error.code, 'RATE_LIMITED');
      }
    });

    it('frees a SIGKILLed process’s slots within 30 s, so its users can connect again', async function () {
      this.timeout(60_000);
      const ada = await registerUser(on(0));
      const secret = ada.profile.socketSecret as string;
      await io(2, secret);
      await io(2, secret);
      const refused = await refusedConnect(on(0), { secret });
      assert.equal(refused.data?.code, 'CONNECTION_LIMIT');
      const released = Promise.race(
        [0, 1].map((i) =>
          cluster.waitForLog(i, (line) => line.msg === 'released the connection slots of a dead node'),
        ),
      );
      await cluster.kill(2);
      await released;
      await io(0, secret);
      await io(1, secret);
    });
  });

  describe('policy replace, and rates', () => {
    let cluster: Cluster;
    const on = (i: number) => ({ url: cluster.url(i) });
    // Each test's clients come from an address of their own (TRUST_PROXY), so AUTH_RATE_LIMIT is theirs.
    let addressCount = 0;
    const newAddress = () => `203.0.113.${++addressCount}`;
    const register = async (i: number, address: string): Promise<TestUser> => {
      const username = uniqueUsername();
      const reg = await request<Session>(on(i), 'POST', '/api/users/register', {
        body: { username, password: PASSWORD },
        headers: { 'X-Forwarded-For': address },
      });
      assert.equal(reg.status, 201, JSON.stringify(reg.body));
      const me = await request<TestUser['profile']>(on(i), 'GET', '/api/users/me', { token: reg.body.token });
      return { session: reg.body, token: reg.body.token, profile: me.body, password: PASSWORD };
    };

    before(async function () {
      this.timeout(120_000);
      cluster = await startCluster({
        size: 3,
        env: {
          MAX_CONNECTIONS_PER_USER: '1',
          CONNECTIONS_PER_USER_POLICY: 'replace',
          TRUST_PROXY: 'true',
          AUTH_RATE_LIMIT: '6',
          MAX_CLUSTER_CONNECTIONS: '4',
        },
      });
    });
    after(async function () {
      this.timeout(60_000);
      await cluster?.close();
    });

    it('evicts the user’s oldest connection on another process for the newest (replace)', async () => {
      const ada = await register(0, newAddress());
      const secret = ada.profile.socketSecret as string;
      const oldest = await connect(on(0), { secret });
      open.push(oldest.socket);
      const closing = oldest.events.next('closing');
      const newest = await connect(on(1), { secret });
      open.push(newest.socket);
      assert.equal((await closing).reason, 'replaced');
      // And in turn from /ws on a third process.
      const replacedAgain = newest.events.next('closing');
      const raw = await RawClient.open(cluster.url(2));
      open.push(raw);
      assert.equal((await raw.auth(ada.token)).type, 'token');
      assert.equal((await replacedAgain).reason, 'replaced');
      await raw.sync();
    });

    it('spends one AUTH_RATE_LIMIT budget per address across processes', async () => {
      const address = newAddress();
      const ada = await register(0, newAddress());
      const login = (i: number) =>
        request<{ error?: { code: string } }>(on(i), 'POST', '/api/users/login', {
          body: { username: ada.profile.username, password: PASSWORD },
          headers: { 'X-Forwarded-For': address },
        });
      for (const i of [0, 1, 2, 0, 1, 2]) assert.equal((await login(i)).status, 200, `process ${i}`);
      for (const i of [0, 1, 2]) {
        const limited = await login(i);
        assert.equal(limited.status, 429, `process ${i}`);
        assert.equal(limited.body.error?.code, 'RATE_LIMITED');
      }
    });

    /** Opens /ws on process `i`: its first envelope, `init` (kept open) or the refusal's `error`. */
    const openRaw = (i: number): Promise<{ type: string; code?: string; data: string }> => {
      const ws = new WebSocket(`${cluster.url(i).replace(/^http/, 'ws')}/ws`);
      open.push({ close: () => ws.close() });
      return new Promise((resolve, reject) => {
        ws.once('error', reject);
        ws.once('message', (data) => resolve(JSON.parse(data.toString())));
      });
    };

    it('refuses a connection past MAX_CLUSTER_CONNECTIONS on whichever process it reaches', async () => {
      // The earlier tests' connections are released shortly after they closed: until then, try again.
      for (const i of [0, 1, 2, 0]) {
        for (;;) {
          const first = await openRaw(i);
          if (first.type === 'init') break;
          assert.equal(first.code, 'CONNECTION_LIMIT', JSON.stringify(first));
        }
      }
      for (const i of [0, 1, 2]) {
        const refused = await openRaw(i);
        assert.equal(refused.type, 'error', `process ${i}`);
        assert.equal(refused.code, 'CONNECTION_LIMIT');
        assert.match(refused.data, /MAX_CLUSTER_CONNECTIONS/);
      }
    });
  });
});
