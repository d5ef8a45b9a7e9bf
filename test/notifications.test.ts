import assert from 'node:assert/strict';
import type {
  Account,
  DeletedNotifications,
  ErrorReply,
  Notification,
  NotificationList,
  PublicUser,
  Session,
} from '../generated/types.js';
import type { Config } from '../src/config.js';
import { type NotificationInput, SystemCode } from '../src/core/notifications/notifications.js';
import { registerUser, request, type TestUser, uniqueUsername } from './helpers/http.js';
import { ok, refused } from './helpers/requests.js';
import { startTestServer, type TestServer, usingPostgres } from './helpers/server.js';
import { type Connected, connect } from './helpers/socket.js';

/** A round trip: every event sent to this connection before it has arrived when this resolves. */
async function roundTrip(client: Connected): Promise<void> {
  await client.socket.timeout(5000).emitWithAck('echo', { data: 'sync' });
}

const note = (
  subject: string,
  persistent = true,
  extra: Partial<NotificationInput> = {},
): NotificationInput => ({
  subject,
  content: { about: subject },
  code: 7,
  persistent,
  ...extra,
});

describe(`notifications (${usingPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let server: TestServer;
  let ada: TestUser;
  let bob: TestUser;
  const open: Connected[] = [];

  async function start(config: Partial<Config> = {}): Promise<void> {
    server = await startTestServer(config);
    ada = await registerUser(server);
    bob = await registerUser(server);
  }

  async function join(user: { profile: { socketSecret: string } }): Promise<Connected> {
    const client = await connect(server, { secret: user.profile.socketSecret });
    open.push(client);
    return client;
  }

  /** Closes a client and waits until the server no longer counts it as the user's open connection. */
  async function leave(client: Connected, userId: string): Promise<void> {
    client.socket.close();
    const deadline = Date.now() + 5000;
    while ((await server.services.connections.userCount(userId)) > 0) {
      if (Date.now() > deadline) assert.fail('the server still counts the connection');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  const send = (to: TestUser, input: NotificationInput, from: string | null = null) =>
    server.services.notifications.send([to.profile.id], input, from);

  const list = (client: Connected, payload: unknown = {}) =>
    ok<NotificationList>(client, 'list-notifications', payload);

  afterEach(async () => {
    for (const c of open.splice(0)) c.socket.close();
    await server?.close();
  });

  describe('live delivery', () => {
    beforeEach(() => start());

    it('reaches every connection of the recipient, and no one else', async () => {
      const laptop = await join(ada);
      const phone = await join(ada);
      const other = await join(bob);
      const [sent] = await send(ada, note('hello', true, { content: { n: 1 } }), bob.profile.id);
      const expected: Notification = {
        id: sent?.id ?? '',
        subject: 'hello',
        content: { n: 1 },
        code: 7,
        senderId: bob.profile.id,
        createTime: sent?.createTime ?? '',
        persistent: true,
      };
      assert.deepEqual(await laptop.events.next('notifications'), { notifications: [expected] });
      assert.deepEqual(await phone.events.next('notifications'), { notifications: [expected] });
      await roundTrip(other);
      assert.deepEqual(other.events.all('notifications'), []);
      assert.deepEqual((await list(laptop)).notifications, [expected]);
    });

    it('sends a non-persistent one live only: not listed, and lost while the user is away', async () => {
      const laptop = await join(ada);
      await send(ada, note('now or never', false));
      const got = await laptop.events.next('notifications');
      assert.equal(got.notifications[0]?.persistent, false);
      assert.equal(got.notifications[0]?.senderId, null);
      assert.deepEqual((await list(laptop)).notifications, []);
      await leave(laptop, ada.profile.id);
      await send(ada, note('missed', false));
      const back = await join(ada);
      await roundTrip(back);
      assert.deepEqual(back.events.all('notifications'), []);
      assert.deepEqual((await list(back)).notifications, []);
    });
  });

  describe('delivery on the next connect', () => {
    beforeEach(() => start());

    it('delivers what was sent while away right after welcome, exactly once, and keeps it listed', async () => {
      const first = await join(ada);
      await leave(first, ada.profile.id);
      const [away] = await send(ada, note('while you were away'));
      const back = await join(ada);
      const got = await back.events.next('notifications');
      assert.deepEqual(got, { notifications: [away] });
      const [welcome, next] = back.events.sequence(['welcome', 'notifications', 'activities']);
      assert.equal(welcome, back.welcome);
      assert.equal(next, got, 'right after welcome');
      await leave(back, ada.profile.id);
      const again = await join(ada);
      await roundTrip(again);
      assert.deepEqual(again.events.all('notifications'), [], 'not sent a second time');
      assert.deepEqual((await list(again)).notifications, [away], 'but still listed');
    });

    it('does not send again on connect what a connection heard live', async () => {
      const laptop = await join(ada);
      const [live] = await send(ada, note('live'));
      await laptop.events.next('notifications');
      const phone = await join(ada);
      await roundTrip(phone);
      assert.deepEqual(phone.events.all('notifications'), []);
      assert.deepEqual((await list(phone)).notifications, [live]);
    });

    it('delivers several in one event, newest first', async () => {
      const sent: Notification[] = [];
      for (const subject of ['one', 'two', 'three']) sent.push(...(await send(ada, note(subject))));
      const client = await join(ada);
      const got = await client.events.next('notifications');
      assert.deepEqual(
        got.notifications.map((n) => n.subject),
        ['three', 'two', 'one'],
      );
    });
  });

  describe('listing', () => {
    beforeEach(() => start());

    it('pages newest first with an opaque cursor, over Socket.IO and HTTP alike', async () => {
      for (let i = 1; i <= 5; i += 1) await send(ada, note(`n${i}`));
      const client = await join(ada);
      const first = await list(client, { limit: 2 });
      assert.deepEqual(
        first.notifications.map((n) => n.subject),
        ['n5', 'n4'],
      );
      assert.ok(first.cursor);
      const second = await list(client, { limit: 2, cursor: first.cursor });
      assert.deepEqual(
        second.notifications.map((n) => n.subject),
        ['n3', 'n2'],
      );
      const last = await list(client, { limit: 2, cursor: second.cursor });
      assert.deepEqual(
        last.notifications.map((n) => n.subject),
        ['n1'],
      );
      assert.equal(last.cursor, undefined, 'the last page has no cursor');

      const http = await request<NotificationList>(
        server,
        'GET',
        `/api/notifications?limit=2&cursor=${first.cursor}`,
        { token: ada.token },
      );
      assert.equal(http.status, 200);
      assert.deepEqual(http.body, second);
      const all = await request<NotificationList>(server, 'GET', '/api/notifications', { token: ada.token });
      assert.equal(all.body.notifications.length, 5);
    });

    it('refuses a cursor it did not give, and a limit out of range, naming the field', async () => {
      const client = await join(ada);
      for (const cursor of ['bm9wZQ', 'MDEy', 'LTE', 'MTI4x'])
        assert.deepEqual(
          { ...(await refused(client, 'list-notifications', { cursor })), message: undefined },
          { code: 'BAD_INPUT', field: 'cursor', message: undefined },
          cursor,
        );
      assert.equal((await refused(client, 'list-notifications', { limit: 101 })).field, 'limit');
      assert.equal((await refused(client, 'list-notifications', { limit: 0 })).field, 'limit');
      const http = await request<ErrorReply>(server, 'GET', '/api/notifications?cursor=bm9wZQ', {
        token: ada.token,
      });
      assert.equal(http.status, 400);
      assert.equal(http.body.error.field, 'query.cursor');
      const unauthenticated = await request<ErrorReply>(server, 'GET', '/api/notifications');
      assert.equal(unauthenticated.status, 401);
    });

    it("never shows a user another user's notifications, even with that user's cursor", async () => {
      for (let i = 1; i <= 3; i += 1) await send(ada, note(`ada${i}`));
      const adaClient = await join(ada);
      const page = await list(adaClient, { limit: 1 });
      const bobClient = await join(bob);
      assert.deepEqual(await list(bobClient), { notifications: [] });
      assert.deepEqual(await list(bobClient, { cursor: page.cursor }), { notifications: [] });
    });
  });

  describe('deleting', () => {
    beforeEach(() => start());

    it("deletes the user's own, ignores unknown ids and never touches another user's", async () => {
      const [a1] = await send(ada, note('a1'));
      const [a2] = await send(ada, note('a2'));
      const [b1] = await send(bob, note('b1'));
      assert.ok(a1 && a2 && b1);
      const adaClient = await join(ada);
      const bobClient = await join(bob);
      const unknown = '2c4e6a8b-0d1f-4a3b-9c5d-7e9f1a3b5c7d';
      const reply = await ok<DeletedNotifications>(adaClient, 'delete-notifications', {
        ids: [a1.id, b1.id, unknown],
      });
      assert.deepEqual(reply, { deleted: [a1.id] });
      assert.deepEqual((await list(bobClient)).notifications, [b1], "bob's is still there");
      assert.deepEqual((await list(adaClient)).notifications, [a2]);
      assert.equal((await refused(adaClient, 'delete-notifications', { ids: [] })).code, 'BAD_INPUT');
      assert.equal((await refused(adaClient, 'delete-notifications', { ids: ['x'] })).code, 'BAD_INPUT');

      const others = await request<ErrorReply>(server, 'DELETE', `/api/notifications/${b1.id}`, {
        token: ada.token,
      });
      assert.equal(others.status, 404);
      assert.equal(others.body.error.field, 'path.id');
      assert.deepEqual((await list(bobClient)).notifications, [b1]);
      const own = await request(server, 'DELETE', `/api/notifications/${a2.id}`, { token: ada.token });
      assert.equal(own.status, 204);
      const gone = await request(server, 'DELETE', `/api/notifications/${a2.id}`, { token: ada.token });
      assert.equal(gone.status, 404);
      assert.deepEqual((await list(adaClient)).notifications, []);
      const bad = await request<ErrorReply>(server, 'DELETE', '/api/notifications/not-a-uuid', {
        token: ada.token,
      });
      assert.equal(bad.status, 400);
    });
  });

  describe('limits', () => {
    beforeEach(() => start({ maxNotificationsPerUser: 3 }));

    it('keeps MAX_NOTIFICATIONS_PER_USER per user, dropping the oldest', async () => {
      for (let i = 1; i <= 5; i += 1) await send(ada, note(`n${i}`));
      await server.services.notifications.send([ada.profile.id, bob.profile.id], note('both'));
      const client = await join(ada);
      assert.deepEqual(
        (await list(client)).notifications.map((n) => n.subject),
        ['both', 'n5', 'n4'],
      );
      const bobClient = await join(bob);
      assert.deepEqual(
        (await list(bobClient)).notifications.map((n) => n.subject),
        ['both'],
      );
    });

    it('refuses a subject, content or code out of bounds, sending nothing', async () => {
      const client = await join(ada);
      const attempts: [NotificationInput, string, string][] = [
        [note(''), 'BAD_INPUT', 'subject'],
        [note('x'.repeat(256)), 'BAD_INPUT', 'subject'],
        [note('big', true, { content: { blob: 'x'.repeat(5000) } }), 'PAYLOAD_TOO_LARGE', 'content'],
        [
          note('wide', true, { content: Object.fromEntries([...Array(65).keys()].map((k) => [`k${k}`, k])) }),
          'BAD_INPUT',
          'content',
        ],
        [note('code', true, { code: 1.5 }), 'BAD_INPUT', 'code'],
        [note('code', true, { code: -5000 }), 'BAD_INPUT', 'code'],
      ];
      for (const [input, code, field] of attempts)
        await assert.rejects(send(ada, input), (err: { code: string; field: string }) => {
          assert.deepEqual([err.code, err.field], [code, field]);
          return true;
        });
      await roundTrip(client);
      assert.deepEqual(client.events.all('notifications'), []);
      assert.deepEqual((await list(client)).notifications, []);
    });
  });

  describe('system events', () => {
    beforeEach(() => start());

    it('notifies users invited to a private room (code -2), besides room-invited, live or on connect', async () => {
      const owner = await join(ada);
      const present = await join(bob);
      const carol = await registerUser(server);
      await ok(owner, 'create-room', { room: 'team', kind: 'private' });
      await ok(owner, 'invite-to-room', { room: 'team', userIds: [bob.profile.id, carol.profile.id] });
      assert.equal((await present.events.next('room-invited')).room.id, 'team');
      const live = await present.events.next('notifications');
      assert.deepEqual(
        live.notifications.map((n) => ({ ...n, id: undefined, createTime: undefined })),
        [
          {
            id: undefined,
            createTime: undefined,
            subject: `${ada.profile.username} invited you to team`,
            content: { room: 'team', invitedBy: { userId: ada.profile.id, username: ada.profile.username } },
            code: SystemCode.roomInvitation,
            senderId: ada.profile.id,
            persistent: true,
          },
        ],
      );
      const away = await join(carol);
      const stored = await away.events.next('notifications');
      assert.equal(stored.notifications[0]?.code, -2);
      assert.equal(stored.notifications[0]?.content.room, 'team');
      // Inviting a member again adds nobody, and notifies nobody.
      await ok(owner, 'invite-to-room', { room: 'team', userIds: [bob.profile.id] });
      await roundTrip(present);
      assert.equal(present.events.all('notifications').length, 1);
    });

    it('notifies a user added to an account (code -3) on their first connect', async () => {
      const username = uniqueUsername('added');
      const added = await request<PublicUser>(server, 'POST', '/api/accounts/me/users', {
        token: ada.token,
        body: { username, password: 'long enough password' },
      });
      assert.equal(added.status, 201);
      const login = await request<Session>(server, 'POST', '/api/users/login', {
        body: { username, password: 'long enough password' },
      });
      const me = await request<{ socketSecret: string }>(server, 'GET', '/api/users/me', {
        token: login.body.token,
      });
      const account = await request<Account>(server, 'GET', '/api/accounts/me', { token: ada.token });
      const client = await join({ profile: me.body });
      const got = await client.events.next('notifications');
      assert.deepEqual(
        got.notifications.map((n) => [n.code, n.senderId, n.content]),
        [
          [
            SystemCode.addedToAccount,
            ada.profile.id,
            {
              accountId: account.body.id,
              addedBy: { userId: ada.profile.id, username: ada.profile.username },
            },
          ],
        ],
      );
    });
  });
});
