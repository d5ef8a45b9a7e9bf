import assert from 'node:assert/strict';
import type { ActivityList, ErrorReply, FollowReply, UserActivity } from '../generated/types.js';
import type { Config } from '../src/config.js';
import { cutProxy } from './helpers/cut-proxy.js';
import { registerUser, request, type TestUser } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { type Connected, type ConnectOptions, connect, emitRaw } from './helpers/socket.js';

/**
 * A round trip on a connection. The server writes a connection's frames in order, so an event it sent
 * this connection before answering has arrived once this resolves: checking that an event did *not*
 * come needs no timer.
 */
async function roundTrip(client: Connected): Promise<void> {
  await client.socket.timeout(5000).emitWithAck('echo', { data: 'sync' });
}

/** Waits until the server has closed a connection and finished its presence cleanup. */
async function serverDropped(server: TestServer, connectionId: string): Promise<void> {
  for (let i = 0; i < 200 && server.io.sockets.sockets.has(connectionId); i++)
    await new Promise((r) => setTimeout(r, 10));
  assert.ok(!server.io.sockets.sockets.has(connectionId), 'the server closed the connection');
  await server.services.presence.settled();
}

const activityOf = (list: { activities: UserActivity[] }, userId: string) =>
  list.activities.find((a) => a.userId === userId);
const of = (user: TestUser) => (a: UserActivity) => a.userId === user.profile.id;

interface World {
  server: TestServer;
  ada: TestUser;
  bob: TestUser;
  open: Connected[];
  join(user: TestUser, opts?: Omit<ConnectOptions, 'secret'>): Promise<Connected>;
}

async function world(config: Partial<Config> = {}): Promise<World> {
  const server = await startTestServer(config);
  const w: World = {
    server,
    ada: await registerUser(server),
    bob: await registerUser(server),
    open: [],
    join: async (user, opts = {}) => {
      const client = await connect(w.server, { secret: user.profile.socketSecret, ...opts });
      w.open.push(client);
      return client;
    },
  };
  return w;
}

async function end(w: World): Promise<void> {
  for (const c of w.open) c.socket.close();
  await w.server.close();
}

describe('presence and activities', () => {
  describe('with the default broadcast to everyone', () => {
    let w: World;
    beforeEach(async () => {
      w = await world();
    });
    afterEach(() => end(w));

    it('sends the activity list right after the welcome, and tells others a user came online', async () => {
      const bob = await w.join(w.bob);
      assert.deepEqual(
        (await bob.events.next('activities')).activities.map((a) => [a.username, a.state]),
        [[w.bob.profile.username, 'online']],
      );
      const ada = await w.join(w.ada);
      const list = await ada.events.next('activities');
      assert.equal(activityOf(list, w.bob.profile.id)?.state, 'online');
      assert.equal(activityOf(list, w.ada.profile.id)?.state, 'online');
      const seen = await bob.events.next('activity', of(w.ada));
      assert.equal(seen.state, 'online');
      assert.ok(Date.parse(seen.since ?? '') <= Date.now());
    });

    it('broadcasts set-activity to every other connection, the user’s other device included, not to the sender', async () => {
      const ada1 = await w.join(w.ada);
      const ada2 = await w.join(w.ada);
      const bob = await w.join(w.bob);
      const reply = await ada1.socket.timeout(5000).emitWithAck('set-activity', {
        state: 'playing',
        game: { id: 'mindustry', name: 'Mindustry' },
        status: 'Wave 30',
      });
      assert.ok(!('error' in reply));
      assert.deepEqual(
        { ...reply, since: undefined },
        {
          userId: w.ada.profile.id,
          username: w.ada.profile.username,
          state: 'playing',
          game: { id: 'mindustry', name: 'Mindustry' },
          status: 'Wave 30',
          since: undefined,
        },
      );
      assert.deepEqual(
        await bob.events.next('activity', (a) => a.userId === w.ada.profile.id && a.state === 'playing'),
        reply,
      );
      assert.deepEqual(await ada2.events.next('activity', (a) => a.state === 'playing'), reply);
      await roundTrip(ada1);
      assert.deepEqual(
        ada1.events.all('activity').filter((a) => a.state === 'playing'),
        [],
        'the sender gets the ack, not the event',
      );
      const listed = await bob.socket.timeout(5000).emitWithAck('get-activities', {});
      assert.deepEqual(activityOf(listed as ActivityList, w.ada.profile.id), reply);
    });

    it('keeps a user online until their last device closes, then tells others and stores last-seen', async () => {
      const ada1 = await w.join(w.ada);
      const ada2 = await w.join(w.ada);
      const bob = await w.join(w.bob);
      await ada2.socket.timeout(5000).emitWithAck('set-activity', { state: 'busy' });
      await bob.events.next('activity', (a) => a.userId === w.ada.profile.id && a.state === 'busy');

      const firstId = ada1.socket.id as string;
      ada1.socket.close();
      await serverDropped(w.server, firstId);
      await roundTrip(bob);
      assert.deepEqual(
        bob.events.all('activity').filter((a) => a.userId === w.ada.profile.id && a.state === 'offline'),
        [],
        'still online on the other device',
      );
      const stillBusy = await request<ActivityList>(w.server, 'GET', '/api/activities', {
        token: w.bob.token,
      });
      assert.equal(activityOf(stillBusy.body, w.ada.profile.id)?.state, 'busy');

      const before = Date.now();
      ada2.socket.close();
      const offline = await bob.events.next(
        'activity',
        (a) => a.userId === w.ada.profile.id && a.state === 'offline',
      );
      assert.deepEqual(Object.keys(offline).sort(), ['since', 'state', 'userId', 'username']);
      await w.server.services.presence.settled();
      const profile = await request<{ lastSeenAt: string; activity: UserActivity }>(
        w.server,
        'GET',
        `/api/users/${w.ada.profile.id}`,
        { token: w.bob.token },
      );
      assert.equal(profile.status, 200);
      assert.equal(profile.body.activity.state, 'offline');
      assert.ok(Date.parse(profile.body.lastSeenAt) >= before - 1000, profile.body.lastSeenAt);
      assert.equal(profile.body.activity.since, profile.body.lastSeenAt);
      const now = await request<ActivityList>(w.server, 'GET', '/api/activities', { token: w.bob.token });
      assert.equal(activityOf(now.body, w.ada.profile.id), undefined);
    });

    it('connects invisibly with appearOnline false until the user sets an activity', async () => {
      const bob = await w.join(w.bob);
      const ada = await w.join(w.ada, { appearOnline: false });
      assert.equal(
        activityOf(await ada.events.next('activities'), w.ada.profile.id),
        undefined,
        'not even in their own list',
      );
      await roundTrip(bob);
      assert.deepEqual(bob.events.all('activity').filter(of(w.ada)), []);
      assert.equal(
        activityOf(
          (await bob.socket.timeout(5000).emitWithAck('get-activities', {})) as ActivityList,
          w.ada.profile.id,
        ),
        undefined,
      );

      await ada.socket.timeout(5000).emitWithAck('set-activity', { state: 'away' });
      assert.equal((await bob.events.next('activity', of(w.ada))).state, 'away');
    });

    it('takes the automatic online away with the last device that appears online, keeps a chosen activity', async () => {
      const bob = await w.join(w.bob);
      const hidden = await w.join(w.ada, { appearOnline: false });
      const shown = await w.join(w.ada);
      await bob.events.next('activity', (a) => a.userId === w.ada.profile.id && a.state === 'online');
      shown.socket.close();
      await bob.events.next('activity', (a) => a.userId === w.ada.profile.id && a.state === 'offline');
      const rest = await request<ActivityList>(w.server, 'GET', '/api/activities', { token: w.bob.token });
      assert.equal(
        activityOf(rest.body, w.ada.profile.id),
        undefined,
        'only an invisible connection is left',
      );

      const again = await w.join(w.ada);
      await bob.events.next('activity', (a) => a.userId === w.ada.profile.id && a.state === 'online');
      await again.socket.timeout(5000).emitWithAck('set-activity', { state: 'busy' });
      await bob.events.next('activity', (a) => a.userId === w.ada.profile.id && a.state === 'busy');
      const againId = again.socket.id as string;
      again.socket.close();
      await serverDropped(w.server, againId);
      await roundTrip(bob);
      assert.deepEqual(
        bob.events.all('activity').filter((a) => a.userId === w.ada.profile.id && a.state === 'offline')
          .length,
        1,
        'a chosen activity stays while any connection does',
      );
      assert.equal(
        activityOf(
          (await bob.socket.timeout(5000).emitWithAck('get-activities', {})) as ActivityList,
          w.ada.profile.id,
        )?.state,
        'busy',
      );
      hidden.socket.close();
      await bob.events.next('activity', (a) => a.userId === w.ada.profile.id && a.state === 'offline');
    });

    it('makes a hidden user look exactly like one who left', async () => {
      const ada = await w.join(w.ada);
      const bob = await w.join(w.bob);
      await ada.socket.timeout(5000).emitWithAck('set-activity', { state: 'offline' });
      const announced = await bob.events.next(
        'activity',
        (a) => a.userId === w.ada.profile.id && a.state === 'offline',
      );
      const profile = await request<{ lastSeenAt: string; activity: UserActivity }>(
        w.server,
        'GET',
        `/api/users/${w.ada.profile.id}`,
        { token: w.bob.token },
      );
      assert.equal(profile.body.activity.state, 'offline');
      assert.equal(profile.body.lastSeenAt, announced.since, 'last seen when they hid');
      assert.equal(profile.body.activity.since, announced.since);
      const adaId = ada.socket.id as string;
      ada.socket.close();
      await serverDropped(w.server, adaId);
      await roundTrip(bob);
      assert.equal(
        bob.events.all('activity').filter((a) => a.userId === w.ada.profile.id && a.state === 'offline')
          .length,
        1,
        'no second offline',
      );
      const after = await request<{ lastSeenAt: string }>(w.server, 'GET', `/api/users/${w.ada.profile.id}`, {
        token: w.bob.token,
      });
      assert.equal(
        after.body.lastSeenAt,
        announced.since,
        'closing a hidden session does not move last-seen',
      );
    });

    it('leaves no follow or limiter state behind for connections that close mid-request', async () => {
      for (let i = 0; i < 20; i++) {
        const bob = await connect(w.server, { secret: w.bob.profile.socketSecret });
        bob.socket.emit('follow-users', { userIds: [w.ada.profile.id] }, () => {});
        bob.socket.emit('set-activity', { state: 'busy' }, () => {});
        const id = bob.socket.id as string;
        bob.socket.close();
        await serverDropped(w.server, id);
      }
      await w.server.requestsSettled();
      await w.server.services.presence.settled();
      assert.deepEqual(w.server.services.presence.stats(), { openConnections: 0, followingConnections: 0 });
    });

    it('lets a connected user appear offline, and back', async () => {
      const ada = await w.join(w.ada);
      const bob = await w.join(w.bob);
      const hidden = await ada.socket.timeout(5000).emitWithAck('set-activity', { state: 'offline' });
      assert.equal((hidden as UserActivity).state, 'offline');
      assert.equal(
        (await bob.events.next('activity', (a) => a.userId === w.ada.profile.id && a.state === 'offline'))
          .state,
        'offline',
      );
      // A second device appearing online does not override the user's choice.
      const ada2 = await w.join(w.ada);
      assert.equal(activityOf(await ada2.events.next('activities'), w.ada.profile.id), undefined);
      await ada.socket.timeout(5000).emitWithAck('set-activity', { state: 'online' });
      assert.equal(
        (await bob.events.next('activity', (a) => a.userId === w.ada.profile.id && a.state === 'online'))
          .state,
        'online',
      );
    });

    it('answers follow-users at once with current activities, offline users included, and sends each change once', async () => {
      const ada = await w.join(w.ada);
      const bob = await w.join(w.bob);
      const carol = await registerUser(w.server);
      const reply = (await bob.socket.timeout(5000).emitWithAck('follow-users', {
        usernames: [w.ada.profile.username.toUpperCase(), 'nobody-by-that-name'],
        userIds: [carol.profile.id, '00000000-0000-4000-8000-000000000000'],
      })) as FollowReply;
      assert.deepEqual(reply.notFound.sort(), [
        '00000000-0000-4000-8000-000000000000',
        'nobody-by-that-name',
      ]);
      assert.equal(reply.following, 2);
      assert.equal(activityOf(reply, w.ada.profile.id)?.state, 'online');
      assert.deepEqual(activityOf(reply, carol.profile.id), {
        userId: carol.profile.id,
        username: carol.profile.username,
        state: 'offline',
      });

      await ada.socket.timeout(5000).emitWithAck('set-activity', { state: 'busy' });
      await roundTrip(bob);
      assert.equal(
        bob.events.all('activity').filter((a) => a.userId === w.ada.profile.id && a.state === 'busy').length,
        1,
        'no duplicate for a follower in broadcast-to-all',
      );
    });

    it('refuses bad set-activity payloads naming the field, and changes nothing', async () => {
      const ada = await w.join(w.ada);
      const bob = await w.join(w.bob);
      const cases: [unknown, string, string][] = [
        [{ state: 'playing' }, 'game', 'game is required'],
        [{ state: 'busy', game: { id: 'x', name: 'X' } }, 'game', 'game is not allowed here'],
        [
          { state: 'sleeping' },
          'state',
          'state must be one of: "online", "busy", "playing", "away", "offline"',
        ],
        [
          { state: 'busy', status: 'x'.repeat(2049) },
          'status',
          'status must NOT have more than 2048 characters',
        ],
        [
          { state: 'playing', game: { id: '', name: 'X' } },
          'game.id',
          'game.id must NOT have fewer than 1 characters',
        ],
        [{}, 'state', 'state is required'],
        [{ state: 'busy', mood: 'happy' }, 'mood', 'mood is not allowed here'],
      ];
      for (const [payload, field, message] of cases) {
        const reply = (await emitRaw(ada.socket, 'set-activity', payload)) as ErrorReply;
        assert.deepEqual(reply.error, { code: 'BAD_INPUT', message, field }, JSON.stringify(payload));
      }
      await roundTrip(bob);
      assert.deepEqual(
        bob.events.all('activity').filter((a) => a.userId === w.ada.profile.id && a.state !== 'online'),
        [],
      );
    });

    it('refuses bad follow and get requests naming the field', async () => {
      const bob = await w.join(w.bob);
      const cases: [string, unknown, string][] = [
        ['follow-users', {}, ''],
        ['follow-users', { userIds: ['not-a-uuid'] }, 'userIds.0'],
        ['follow-users', { userIds: [] }, 'userIds'],
        ['follow-users', { usernames: Array.from({ length: 101 }, (_, i) => `user${i}`) }, 'usernames'],
        ['follow-users', { userIds: [w.ada.profile.id, w.ada.profile.id] }, 'userIds'],
        ['unfollow-users', { usernames: 'ada' }, 'usernames'],
        ['get-activities', { everyone: true }, 'everyone'],
      ];
      for (const [event, payload, field] of cases) {
        const reply = (await emitRaw(bob.socket, event, payload)) as ErrorReply;
        assert.equal(reply.error.code, 'BAD_INPUT', `${event} ${JSON.stringify(payload)}`);
        assert.equal(reply.error.field, field, `${event} ${JSON.stringify(payload)}`);
      }
    });

    it('reports activities over REST, all visible or some users whatever their state', async () => {
      await w.join(w.ada);
      const visible = await request<ActivityList>(w.server, 'GET', '/api/activities', { token: w.bob.token });
      assert.equal(visible.status, 200);
      assert.deepEqual(
        visible.body.activities.map((a) => a.username),
        [w.ada.profile.username],
      );
      const some = await request<ActivityList>(
        w.server,
        'GET',
        `/api/activities?userId=${w.bob.profile.id}&userId=${w.ada.profile.id}`,
        { token: w.bob.token },
      );
      assert.deepEqual(
        some.body.activities.map((a) => [a.username, a.state]).sort(),
        [
          [w.ada.profile.username, 'online'],
          [w.bob.profile.username, 'offline'],
        ].sort(),
      );
      const bad = await request<ErrorReply>(w.server, 'GET', '/api/activities?userId=nope', {
        token: w.bob.token,
      });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.field, 'query.userId.0');
      assert.equal((await request(w.server, 'GET', '/api/activities')).status, 401);
    });

    it('answers 404 for a profile nobody has and 400 for an id that is not one', async () => {
      const missing = await request<ErrorReply>(
        w.server,
        'GET',
        '/api/users/00000000-0000-4000-8000-000000000000',
        { token: w.bob.token },
      );
      assert.deepEqual(missing.body.error, {
        code: 'NOT_FOUND',
        message: 'no user has this id',
        field: 'path.userId',
      });
      const bad = await request<ErrorReply>(w.server, 'GET', '/api/users/not-a-uuid', { token: w.bob.token });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.field, 'path.userId');
      const never = await request<{ lastSeenAt?: string }>(
        w.server,
        'GET',
        `/api/users/${w.ada.profile.id}`,
        { token: w.bob.token },
      );
      assert.equal(never.body.lastSeenAt, undefined, 'never connected, never seen');
    });

    it('leaves nobody online from before a restart', async () => {
      const ada = await w.join(w.ada);
      await ada.socket.timeout(5000).emitWithAck('set-activity', { state: 'busy' });
      w.server = await w.server.restart();
      const bob = await w.join(w.bob);
      assert.equal(activityOf(await bob.events.next('activities'), w.ada.profile.id), undefined);
      const rest = await request<ActivityList>(w.server, 'GET', '/api/activities', { token: w.bob.token });
      assert.deepEqual(
        rest.body.activities.map((a) => a.userId),
        [w.bob.profile.id],
      );
      const profile = await request<{ lastSeenAt?: string }>(
        w.server,
        'GET',
        `/api/users/${w.ada.profile.id}`,
        { token: w.bob.token },
      );
      assert.ok(profile.body.lastSeenAt, 'the shutdown stored when the user was last seen');
    });
  });

  describe('when a connection dies without closing', () => {
    it('is cleaned up by heartbeat: the user goes offline within interval + timeout', async () => {
      const w = await world({ heartbeatIntervalMs: 200, heartbeatTimeoutMs: 300 });
      const proxy = await cutProxy(w.server.port);
      try {
        const bob = await w.join(w.bob);
        const ada = await connect(proxy, { secret: w.ada.profile.socketSecret });
        w.open.push(ada);
        await bob.events.next('activity', (a) => a.userId === w.ada.profile.id && a.state === 'online');
        const cutAt = Date.now();
        proxy.cut();
        const offline = await bob.events.next(
          'activity',
          (a) => a.userId === w.ada.profile.id && a.state === 'offline',
          10_000,
        );
        const tookMs = Date.now() - cutAt;
        assert.equal(offline.state, 'offline');
        assert.ok(tookMs >= 200, `not before a heartbeat was missed (${tookMs} ms)`);
        // Configured bound: 500 ms; the slack is for a loaded machine, not a performance target.
        assert.ok(tookMs <= 500 + 2500, `within the configured bound (${tookMs} ms)`);
      } finally {
        await proxy.close();
        await end(w);
      }
    });
  });

  describe('with SERVER_ACTIVITIES_BROADCAST=followers', () => {
    let w: World;
    beforeEach(async () => {
      w = await world({ activitiesBroadcast: 'followers' });
    });
    afterEach(() => end(w));

    it('sends changes only to followers and the user’s own devices, until unfollowed', async () => {
      const bob = await w.join(w.bob);
      const ada = await w.join(w.ada);
      const ada2 = await w.join(w.ada);
      assert.deepEqual(
        (await bob.events.next('activities')).activities.map((a) => a.userId),
        [w.bob.profile.id],
        'only themself before following',
      );

      await ada.socket.timeout(5000).emitWithAck('set-activity', { state: 'busy' });
      await ada2.events.next('activity', (a) => a.state === 'busy');
      await roundTrip(bob);
      assert.deepEqual(bob.events.all('activity').filter(of(w.ada)), [], 'not a follower yet');
      assert.deepEqual(
        ((await bob.socket.timeout(5000).emitWithAck('get-activities', {})) as ActivityList).activities.map(
          (a) => a.userId,
        ),
        [w.bob.profile.id],
      );

      const followed = (await bob.socket
        .timeout(5000)
        .emitWithAck('follow-users', { userIds: [w.ada.profile.id] })) as FollowReply;
      assert.equal(activityOf(followed, w.ada.profile.id)?.state, 'busy');
      await ada.socket.timeout(5000).emitWithAck('set-activity', { state: 'away' });
      assert.equal((await bob.events.next('activity', of(w.ada))).state, 'away');
      assert.ok(
        activityOf(
          (await bob.socket.timeout(5000).emitWithAck('get-activities', {})) as ActivityList,
          w.ada.profile.id,
        ),
      );

      const unfollowed = await bob.socket
        .timeout(5000)
        .emitWithAck('unfollow-users', { usernames: [w.ada.profile.username] });
      assert.deepEqual(unfollowed, { following: 0 });
      await ada.socket.timeout(5000).emitWithAck('set-activity', { state: 'online' });
      await roundTrip(bob);
      assert.deepEqual(
        bob.events.all('activity').filter((a) => a.userId === w.ada.profile.id && a.state === 'online'),
        [],
      );
    });

    it('keeps follows per connection: a reconnect starts with none', async () => {
      const bob = await w.join(w.bob);
      await bob.socket.timeout(5000).emitWithAck('follow-users', { userIds: [w.ada.profile.id] });
      bob.socket.close();
      const again = await w.join(w.bob);
      const ada = await w.join(w.ada);
      await ada.socket.timeout(5000).emitWithAck('set-activity', { state: 'busy' });
      await roundTrip(again);
      assert.deepEqual(again.events.all('activity').filter(of(w.ada)), []);
    });
  });

  describe('limits', () => {
    it('rate-limits set-activity per user, across connections and reconnects, with RATE_LIMITED and retryAfterSeconds', async () => {
      const w = await world({ activityRateLimit: 3 });
      try {
        const ada = await w.join(w.ada);
        for (let i = 0; i < 3; i++)
          assert.equal(
            ((await ada.socket.timeout(5000).emitWithAck('set-activity', { state: 'busy' })) as UserActivity)
              .state,
            'busy',
          );
        const limited = (await emitRaw(ada.socket, 'set-activity', { state: 'away' })) as ErrorReply;
        assert.equal(limited.error.code, 'RATE_LIMITED');
        assert.ok((limited.error.retryAfterSeconds ?? 0) >= 1);
        const other = await w.join(w.ada);
        const again = (await emitRaw(other.socket, 'set-activity', { state: 'away' })) as ErrorReply;
        assert.equal(again.error.code, 'RATE_LIMITED', 'another connection of the user shares the budget');
        const bob = await w.join(w.bob);
        assert.equal(
          ((await bob.socket.timeout(5000).emitWithAck('set-activity', { state: 'away' })) as UserActivity)
            .state,
          'away',
          'another user has their own budget',
        );
      } finally {
        await end(w);
      }
    });

    it('bounds the follow list of a connection (MAX_FOLLOWS)', async () => {
      const w = await world({ maxFollows: 2 });
      try {
        const carol = await registerUser(w.server);
        const bob = await w.join(w.bob);
        assert.equal(
          (
            (await bob.socket
              .timeout(5000)
              .emitWithAck('follow-users', { userIds: [w.ada.profile.id, carol.profile.id] })) as FollowReply
          ).following,
          2,
        );
        assert.equal(
          (
            (await bob.socket
              .timeout(5000)
              .emitWithAck('follow-users', { userIds: [w.ada.profile.id] })) as FollowReply
          ).following,
          2,
          'following again is harmless',
        );
        const dave = await registerUser(w.server);
        const over = (await emitRaw(bob.socket, 'follow-users', {
          userIds: [dave.profile.id],
        })) as ErrorReply;
        assert.deepEqual(over.error, {
          code: 'BAD_INPUT',
          message: 'a connection follows at most 2 users (it follows 2)',
          field: 'userIds',
        });
      } finally {
        await end(w);
      }
    });
  });

  describe('with SERVER_ONLINE_ACTIVITIES_DISABLED=true', () => {
    it('tracks and sends nothing: set-activity is refused and everyone is offline', async () => {
      const w = await world({ activitiesDisabled: true });
      try {
        const bob = await w.join(w.bob);
        const ada = await w.join(w.ada);
        assert.deepEqual(await ada.events.next('activities'), { activities: [] });
        const refused = (await emitRaw(ada.socket, 'set-activity', { state: 'busy' })) as ErrorReply;
        assert.deepEqual(refused.error, {
          code: 'ACTIVITIES_DISABLED',
          message: 'activities are switched off on this server',
        });
        assert.deepEqual(await bob.socket.timeout(5000).emitWithAck('get-activities', {}), {
          activities: [],
        });
        const followed = (await bob.socket
          .timeout(5000)
          .emitWithAck('follow-users', { userIds: [w.ada.profile.id] })) as FollowReply;
        assert.deepEqual(followed.activities, [
          { userId: w.ada.profile.id, username: w.ada.profile.username, state: 'offline' },
        ]);
        assert.deepEqual(
          (await request<ActivityList>(w.server, 'GET', '/api/activities', { token: w.bob.token })).body,
          { activities: [] },
        );
        const adaId = ada.socket.id as string;
        ada.socket.close();
        await serverDropped(w.server, adaId);
        await roundTrip(bob);
        assert.deepEqual(bob.events.all('activity'), []);
        const profile = await request<{ lastSeenAt?: string; activity: UserActivity }>(
          w.server,
          'GET',
          `/api/users/${w.ada.profile.id}`,
          { token: w.bob.token },
        );
        assert.equal(profile.body.lastSeenAt, undefined);
        assert.equal(profile.body.activity.state, 'offline');
      } finally {
        await end(w);
      }
    });
  });
});
