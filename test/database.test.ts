import assert from 'node:assert/strict';
import type {
  Account,
  DbChangesPage,
  Document,
  DocumentPage,
  ErrorReply,
  Profile,
  SubscribeDbReply,
} from '../generated/types.js';
import {
  addMember,
  type Member,
  registerUser,
  request,
  type TestUser,
  uniqueUsername,
} from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { type Connected, connect, emitRaw } from './helpers/socket.js';

async function roundTrip(client: Connected): Promise<void> {
  await client.socket.timeout(5000).emitWithAck('echo', { data: 'sync' });
}

const create = (server: TestServer, who: { token: string }, repo: string, data: Record<string, unknown>) =>
  request<Document>(server, 'POST', `/api/db/${repo}`, { token: who.token, body: data });

describe('realtime database', () => {
  let server: TestServer;
  let owner: TestUser;
  let member: Member;
  let stranger: TestUser;
  const open: Connected[] = [];
  const subscribe = async (who: { profile: Profile }, repo: string, since?: number) => {
    const client = await connect(server, { secret: who.profile.socketSecret });
    open.push(client);
    const reply = (await emitRaw(
      client.socket,
      'subscribe-db',
      since === undefined ? { repo } : { repo, since },
    )) as SubscribeDbReply;
    return { client, reply };
  };

  beforeEach(async () => {
    server = await startTestServer({ maxDocumentBytes: 1024 });
    owner = await registerUser(server);
    member = await addMember(server, owner);
    stranger = await registerUser(server);
  });
  afterEach(async () => {
    for (const c of open.splice(0)) c.socket.close();
    await server.close();
  });

  describe('accounts', () => {
    it('puts every user in an account; the owner adds and removes users', async () => {
      const account = await request<Account>(server, 'GET', '/api/accounts/me', { token: member.token });
      assert.equal(account.body.ownerId, owner.profile.id);
      assert.deepEqual(account.body.users.map((u) => u.role).sort(), ['member', 'owner']);
      const own = await request<Account>(server, 'GET', '/api/accounts/me', { token: stranger.token });
      assert.deepEqual(
        own.body.users.map((u) => [u.id, u.role]),
        [[stranger.profile.id, 'owner']],
      );

      const refused = await request<ErrorReply>(server, 'POST', '/api/accounts/me/users', {
        token: member.token,
        body: { username: uniqueUsername(), password: 'long enough password' },
      });
      assert.equal(refused.status, 403);
      assert.equal(
        (
          await request(server, 'DELETE', `/api/accounts/me/users/${owner.profile.id}`, {
            token: member.token,
          })
        ).status,
        403,
      );
      assert.equal(
        (
          await request(server, 'DELETE', `/api/accounts/me/users/${owner.profile.id}`, {
            token: owner.token,
          })
        ).status,
        400,
      );
      assert.equal(
        (
          await request(server, 'DELETE', `/api/accounts/me/users/${stranger.profile.id}`, {
            token: owner.token,
          })
        ).status,
        404,
      );
    });

    it('takes away a removed user’s access through the account, and closes their connections', async () => {
      const doc = await create(server, owner, 'tasks_760_', { title: 'shared' });
      assert.equal(
        (await request(server, 'GET', `/api/db/tasks_760_/${doc.body.id}`, { token: member.token })).status,
        200,
      );
      const { client } = await subscribe(member, 'tasks_760_');
      const closed = new Promise((resolve) => client.socket.once('disconnect', resolve));
      assert.equal(
        (
          await request(server, 'DELETE', `/api/accounts/me/users/${member.profile.id}`, {
            token: owner.token,
          })
        ).status,
        204,
      );
      await closed;
      assert.equal(
        (await request(server, 'GET', `/api/db/tasks_760_/${doc.body.id}`, { token: member.token })).status,
        404,
      );
      const theirs = await request<Account>(server, 'GET', '/api/accounts/me', { token: member.token });
      assert.equal(theirs.body.ownerId, member.profile.id);
    });

    it('refuses the old account’s history to a connection that outlived a change of account', async () => {
      await create(server, owner, 'tasks_760_', { title: 'shared' });
      const client = await connect(server, { secret: member.profile.socketSecret });
      open.push(client);
      // The account changes without the connection being closed: as when the removal raced its handshake.
      const own = await request<Account>(server, 'GET', '/api/accounts/me', { token: stranger.token });
      await server.database.db('users').where({ id: member.profile.id }).update({ account_id: own.body.id });
      for (const [event, payload] of [
        ['subscribe-db', { repo: 'tasks_760_', since: 0 }],
        ['db-changes', { repo: 'tasks_760_', after: 0 }],
      ] as const) {
        const reply = (await emitRaw(client.socket, event, payload)) as ErrorReply;
        assert.equal(reply.error?.code, 'UNAUTHENTICATED', `${event}: ${JSON.stringify(reply)}`);
      }
    });
  });

  describe('permissions over REST', () => {
    // [repository, reader, may read, may write], documents owned by `owner`.
    const matrix: [string, 'owner' | 'member' | 'stranger', boolean, boolean][] = [
      ['tasks_760_', 'owner', true, true],
      ['tasks_760_', 'member', true, true],
      ['tasks_760_', 'stranger', false, false],
      ['notes', 'owner', true, true],
      ['notes', 'member', true, false],
      ['notes', 'stranger', false, false],
      ['feed_744_', 'member', true, false],
      ['feed_744_', 'stranger', true, false],
      ['wiki_766_', 'stranger', true, true],
      ['mine_700_', 'member', false, false],
      ['drop_720_', 'member', false, false],
      ['ro_500_', 'owner', true, false],
    ];
    for (const [repo, who, mayRead, mayWrite] of matrix) {
      it(`${repo}: the ${who} ${mayRead ? 'reads' : 'cannot read'} and ${mayWrite ? 'writes' : 'cannot write'}`, async () => {
        const reader = { owner, member, stranger }[who];
        const doc = await create(server, owner, repo, { n: 1 });
        assert.equal(doc.status, 201);
        const path = `/api/db/${repo}/${doc.body.id}`;
        const read = await request<Document>(server, 'GET', path, { token: reader.token });
        assert.equal(read.status, mayRead ? 200 : 404, 'a document you may not read is not found');
        const listed = await request<DocumentPage>(server, 'GET', `/api/db/${repo}`, { token: reader.token });
        assert.equal(listed.body.documents.length, mayRead ? 1 : 0);
        const writeStatus = mayWrite ? 200 : mayRead ? 403 : 404;
        assert.equal(
          (await request(server, 'PATCH', path, { token: reader.token, body: { n: 2 } })).status,
          writeStatus,
        );
        assert.equal(
          (await request(server, 'PUT', path, { token: reader.token, body: { n: 3 } })).status,
          writeStatus,
        );
        assert.equal(
          (await request(server, 'DELETE', path, { token: reader.token })).status,
          mayWrite ? 204 : writeStatus,
        );
      });
    }

    it('replaces, merge-patches and deletes as the owner', async () => {
      const doc = await create(server, owner, 'tasks_760_', {
        title: 'a',
        tags: { x: 1, y: 2 },
        done: false,
      });
      assert.equal(doc.body.position, 1);
      const patched = await request<Document>(server, 'PATCH', `/api/db/tasks_760_/${doc.body.id}`, {
        token: owner.token,
        body: { done: true, tags: { y: null, z: 3 } },
      });
      assert.deepEqual(patched.body.data, { title: 'a', tags: { x: 1, z: 3 }, done: true });
      assert.equal(patched.body.position, 2);
      const replaced = await request<Document>(server, 'PUT', `/api/db/tasks_760_/${doc.body.id}`, {
        token: owner.token,
        body: { title: 'b' },
      });
      assert.deepEqual(replaced.body.data, { title: 'b' });
      assert.equal(
        (await request(server, 'DELETE', `/api/db/tasks_760_/${doc.body.id}`, { token: owner.token })).status,
        204,
      );
      assert.equal(
        (await request(server, 'GET', `/api/db/tasks_760_/${doc.body.id}`, { token: owner.token })).status,
        404,
      );
      assert.equal(
        (await request(server, 'DELETE', `/api/db/tasks_760_/${doc.body.id}`, { token: owner.token })).status,
        404,
      );
    });

    it('lists with paging and equality filters that tell types apart', async () => {
      for (let i = 0; i < 7; i++)
        await create(server, owner, 'items', {
          i,
          even: i % 2 === 0,
          label: i % 2 === 0 ? 'false' : 'odd',
          meta: { group: i < 3 ? 'a' : 'b' },
        });
      const first = await request<DocumentPage>(server, 'GET', '/api/db/items?limit=3', {
        token: owner.token,
      });
      assert.deepEqual(
        first.body.documents.map((d) => d.data.i),
        [0, 1, 2],
      );
      const second = await request<DocumentPage>(
        server,
        'GET',
        `/api/db/items?limit=3&after=${first.body.next}`,
        { token: owner.token },
      );
      assert.deepEqual(
        second.body.documents.map((d) => d.data.i),
        [3, 4, 5],
      );
      const last = await request<DocumentPage>(
        server,
        'GET',
        `/api/db/items?limit=3&after=${second.body.next}`,
        { token: owner.token },
      );
      assert.deepEqual([last.body.documents.map((d) => d.data.i), last.body.next], [[6], undefined]);

      const ids = async (query: string) =>
        (
          await request<DocumentPage>(server, 'GET', `/api/db/items?${query}`, { token: owner.token })
        ).body.documents.map((d) => d.data.i);
      assert.deepEqual(await ids('filter=even:true'), [0, 2, 4, 6]);
      assert.deepEqual(await ids('filter=label:false'), [], 'false is a boolean, not the string "false"');
      assert.deepEqual(await ids('filter=label:"false"'), [0, 2, 4, 6]);
      assert.deepEqual(await ids('filter=label:odd'), [1, 3, 5], 'a bare word is a string');
      assert.deepEqual(await ids('filter=meta.group:a&filter=even:true'), [0, 2]);
      assert.deepEqual(await ids('filter=i:3'), [3]);
      assert.deepEqual(await ids('filter=missing:null'), []);
    });

    it('filters numbers by value alike on every database, however they are written', async () => {
      for (const n of [1e21, 1e-7, 100, 1.5]) await create(server, owner, 'nums', { n });
      const values = async (value: string) =>
        (
          await request<DocumentPage>(server, 'GET', `/api/db/nums?filter=n:${value}`, { token: owner.token })
        ).body.documents.map((d) => d.data.n);
      assert.deepEqual(await values('1e21'), [1e21]);
      assert.deepEqual(await values('1000000000000000000000'), [1e21]);
      assert.deepEqual(await values('1e-7'), [1e-7]);
      assert.deepEqual(await values('0.0000001'), [1e-7]);
      assert.deepEqual(await values('1e2'), [100]);
      assert.deepEqual(await values('100.0'), [100]);
      assert.deepEqual(await values('1.50'), [1.5]);
    });

    it('keeps a field named __proto__ as a field, through create and merge-patch', async () => {
      const doc = await create(server, owner, 'protos', JSON.parse('{"__proto__": {"a": 1}, "k": 1}'));
      assert.equal(doc.status, 201);
      const patched = await request<Document>(server, 'PATCH', `/api/db/protos/${doc.body.id}`, {
        token: owner.token,
        body: '{"__proto__": {"b": 2}, "k": 2}',
      });
      assert.equal(patched.status, 200);
      assert.equal(JSON.stringify(patched.body.data), '{"__proto__":{"a":1,"b":2},"k":2}');
      const other = await create(server, owner, 'protos', { k: 3 });
      const added = await request<Document>(server, 'PATCH', `/api/db/protos/${other.body.id}`, {
        token: owner.token,
        body: '{"__proto__": {"p": 1}}',
      });
      assert.equal(JSON.stringify(added.body.data), '{"k":3,"__proto__":{"p":1}}');
      assert.equal(({} as Record<string, unknown>).p, undefined, 'no prototype was touched');
    });
  });

  describe('change events', () => {
    it('are sent after the commit to subscribers who may read, deletes included', async () => {
      const { client: mine } = await subscribe(member, 'tasks_760_');
      const { client: theirs } = await subscribe(stranger, 'tasks_760_');
      const doc = await create(server, owner, 'tasks_760_', { title: 'x' });
      const created = await mine.events.next('db_created');
      assert.deepEqual(created.document, doc.body, 'the event carries the stored document');
      await request(server, 'PATCH', `/api/db/tasks_760_/${doc.body.id}`, {
        token: member.token,
        body: { title: 'y' },
      });
      assert.equal((await mine.events.next('db_updated')).document?.data.title, 'y');
      await request(server, 'DELETE', `/api/db/tasks_760_/${doc.body.id}`, { token: owner.token });
      const deleted = await mine.events.next('db_deleted');
      assert.deepEqual(
        { ...deleted, at: undefined },
        {
          type: 'deleted',
          repo: 'tasks_760_',
          position: 3,
          id: doc.body.id,
          ownerId: owner.profile.id,
          accountId: doc.body.accountId,
          at: undefined,
        },
      );
      await roundTrip(theirs);
      assert.deepEqual(
        theirs.events.sequence(['db_created', 'db_updated', 'db_deleted']),
        [],
        'nothing reaches who may not read',
      );
    });

    it('emits nothing for a write that rolls back, and the failed write takes no position', async () => {
      const { client } = await subscribe(owner, 'tasks_760_');
      // A trigger that fails inside the transaction, after the position was taken.
      if (server.database.kind === 'sqlite') {
        await server.database.db.raw(
          `CREATE TRIGGER boom BEFORE INSERT ON documents WHEN json_extract(NEW.data, '$.explode') = 1 BEGIN SELECT RAISE(ABORT, 'boom'); END`,
        );
      } else {
        await server.database.db.raw(
          `CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF (NEW.data::jsonb ->> 'explode') = 'true' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
        );
        await server.database.db.raw(
          'CREATE TRIGGER boom BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION boom()',
        );
      }
      const failed = await create(server, owner, 'tasks_760_', { explode: true });
      assert.equal(failed.status, 500);
      const next = await create(server, owner, 'tasks_760_', { fine: true });
      assert.equal(next.body.position, 1, 'the rolled-back write took no position');
      const events = [await client.events.next('db_created')];
      await roundTrip(client);
      assert.deepEqual(
        client.events.sequence(['db_created']).map((e) => e.position),
        [1],
      );
      assert.equal(events[0]?.document?.data.fine, true);
      const listed = await request<DocumentPage>(server, 'GET', '/api/db/tasks_760_', { token: owner.token });
      assert.deepEqual(
        listed.body.documents.map((d) => d.data),
        [{ fine: true }],
      );
    });

    it('let a subscriber that reconnects ask for what it missed, and page on', async () => {
      const { client, reply } = await subscribe(member, 'tasks_760_');
      assert.deepEqual(reply, { repo: 'tasks_760_', position: 0, missed: [], hasMore: false });
      await create(server, owner, 'tasks_760_', { n: 1 });
      const seen = (await client.events.next('db_created')).position;
      client.socket.close();
      await create(server, owner, 'tasks_760_', { n: 2 });
      await create(server, stranger, 'tasks_760_', { n: 'not for the member' });
      const doc = await create(server, owner, 'tasks_760_', { n: 3 });
      await request(server, 'DELETE', `/api/db/tasks_760_/${doc.body.id}`, { token: owner.token });
      const back = await subscribe(member, 'tasks_760_', seen);
      assert.equal(back.reply.position, 5);
      assert.deepEqual(
        back.reply.missed.map((c) => [c.type, c.position]),
        [
          ['created', 2],
          ['created', 4],
          ['deleted', 5],
        ],
      );
      const page = (await emitRaw(back.client.socket, 'db-changes', {
        repo: 'tasks_760_',
        after: 0,
        limit: 2,
      })) as DbChangesPage;
      assert.deepEqual([page.changes.map((c) => c.position), page.hasMore], [[1, 2], true]);
    });

    it('stop reaching a connection that unsubscribed, while its other subscriptions go on', async () => {
      const { client } = await subscribe(member, 'tasks_760_');
      await emitRaw(client.socket, 'subscribe-db', { repo: 'notes_760_' });
      const left = await emitRaw(client.socket, 'unsubscribe-db', { repo: 'tasks_760_' });
      assert.deepEqual(left, { repo: 'tasks_760_' });
      await create(server, owner, 'tasks_760_', { title: 'after' });
      await create(server, owner, 'notes_760_', { title: 'still subscribed' });
      assert.equal((await client.events.next('db_created')).repo, 'notes_760_');
      await roundTrip(client);
      assert.deepEqual(
        client.events.sequence(['db_created']).map((e) => e.repo),
        ['notes_760_'],
      );
    });

    it('refuse a repository nobody may read, and chat in db- channels', async () => {
      const client = await connect(server, { secret: owner.profile.socketSecret });
      open.push(client);
      const refused = (await emitRaw(client.socket, 'subscribe-db', { repo: 'blind_300_' })) as ErrorReply;
      assert.deepEqual([refused.error.code, refused.error.field], ['FORBIDDEN', 'repo']);
      const chat = (await emitRaw(client.socket, 'send-message', {
        room: 'db-tasks_760_',
        body: { text: 'hi' },
      })) as ErrorReply;
      assert.deepEqual([chat.error.code, chat.error.field], ['FORBIDDEN', 'room']);
      assert.equal(
        ((await emitRaw(client.socket, 'join-room', { room: 'db-tasks_760_' })) as ErrorReply).error.code,
        'FORBIDDEN',
      );
      assert.equal(
        ((await emitRaw(client.socket, 'subscribe-db', { repo: 'Bad-Name' })) as ErrorReply).error.field,
        'repo',
      );
    });
  });

  describe('what failed writes leave', () => {
    it('refuses to create what its creator could never read, and leaves no repository behind', async () => {
      const blind = await request<ErrorReply>(server, 'POST', '/api/db/blind_300_', {
        token: owner.token,
        body: { a: 1 },
      });
      assert.deepEqual(
        [blind.status, blind.body.error.code, blind.body.error.field],
        [403, 'FORBIDDEN', 'path.repo'],
      );
      for (let i = 0; i < 3; i++) {
        const missing = await request(
          server,
          'DELETE',
          `/api/db/ghost${i}/00000000-0000-4000-8000-000000000000`,
          {
            token: owner.token,
          },
        );
        assert.equal(missing.status, 404);
      }
      const repos: { name: string }[] = await server.database.db('repos').select('name');
      assert.deepEqual(repos, [], 'no repository row for writes that all failed');
      // A repository that got a document keeps its row and positions.
      await create(server, owner, 'kept', { a: 1 });
      await request(server, 'DELETE', '/api/db/kept/00000000-0000-4000-8000-000000000000', {
        token: owner.token,
      });
      const after = await create(server, owner, 'kept', { a: 2 });
      assert.equal(after.body.position, 2);
      assert.deepEqual(
        (await server.database.db('repos').select('name')).map((r: { name: string }) => r.name),
        ['kept'],
      );
    });

    it('refuses positions past what JSON numbers carry exactly, on the socket too', async () => {
      const client = await connect(server, { secret: owner.profile.socketSecret });
      open.push(client);
      for (const [event, payload] of [
        ['subscribe-db', { repo: 'tasks', since: 2 ** 63 }],
        ['db-changes', { repo: 'tasks', after: 1e300 }],
        ['room-history', { room: 'general', after: 2 ** 63 }],
      ] as const) {
        const reply = (await emitRaw(client.socket, event, payload)) as ErrorReply;
        assert.equal(reply.error?.code, 'BAD_INPUT', `${event}: ${JSON.stringify(reply)}`);
      }
    });
  });

  describe('bad input', () => {
    it('refuses bad repository names, documents, bodies and filters with the field, and stores nothing', async () => {
      const cases: [string, string, unknown, number, string][] = [
        ['POST', '/api/db/Tasks', { a: 1 }, 400, 'path.repo'],
        ['POST', '/api/db/1tasks', { a: 1 }, 400, 'path.repo'],
        ['POST', `/api/db/${'a'.repeat(65)}`, { a: 1 }, 400, 'path.repo'],
        ['POST', '/api/db/tasks%3B%20drop%20table%20users', { a: 1 }, 400, 'path.repo'],
        ['POST', "/api/db/x'%20or%201=1--", { a: 1 }, 400, 'path.repo'],
        ['POST', '/api/db/tasks', [1, 2], 400, 'body'],
        ['POST', '/api/db/tasks', 'text', 400, 'body'],
        ['POST', '/api/db/tasks', { big: 'x'.repeat(2000) }, 413, 'body'],
        ['GET', '/api/db/tasks/not-a-uuid', undefined, 400, 'path.id'],
        ['GET', '/api/db/tasks?filter=noColon', undefined, 400, 'query.filter.0'],
        ['GET', "/api/db/tasks?filter=a')%20or%201=1--:1", undefined, 400, 'query.filter.0'],
        ['GET', '/api/db/tasks?filter=a.b.c.d.e:1', undefined, 400, 'query.filter.0'],
        ['GET', '/api/db/tasks?filter=a:{"$gt":1}', undefined, 400, 'query.filter.0'],
        ['GET', '/api/db/tasks?limit=500', undefined, 400, 'query.limit'],
        ['GET', '/api/db/tasks?after=9223372036854775808', undefined, 400, 'query.after'],
        ['GET', '/api/db/tasks?after=1e300', undefined, 400, 'query.after'],
        // PostgreSQL's jsonb cannot hold NUL or a lone surrogate: refused on every database alike.
        ['POST', '/api/db/tasks', { a: 'x\u0000y' }, 400, 'body.a'],
        ['POST', '/api/db/tasks', { list: ['ok', '\ud800'] }, 400, 'body.list.1'],
        ['POST', '/api/db/tasks', { 'k\u0000': 1 }, 400, 'body'],
        ['GET', '/api/db/tasks?filter=a:%22x%5Cu0000%22', undefined, 400, 'query.filter.0'],
        ['GET', '/api/rooms/general/messages?after=9223372036854775808', undefined, 400, 'query.after'],
      ];
      for (const [method, path, body, status, field] of cases) {
        const res = await request<ErrorReply>(server, method, path, { token: owner.token, body });
        assert.deepEqual(
          [res.status, res.body.error.field],
          [status, field],
          `${method} ${path}: ${res.body.error.message}`,
        );
      }
      const malformed = await request<ErrorReply>(server, 'POST', '/api/db/tasks', {
        token: owner.token,
        body: '{"a":',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(malformed.body.error.code, 'MALFORMED');
      const patchTooBig = await create(server, owner, 'tasks', { a: 1 });
      const grown = await request<ErrorReply>(server, 'PATCH', `/api/db/tasks/${patchTooBig.body.id}`, {
        token: owner.token,
        body: { b: 'y'.repeat(900), c: 'z'.repeat(500) },
      });
      assert.equal(grown.status, 413);
      const nul = await request<ErrorReply>(server, 'PATCH', `/api/db/tasks/${patchTooBig.body.id}`, {
        token: owner.token,
        body: { deep: { er: '\u0000' } },
      });
      assert.deepEqual([nul.status, nul.body.error.field], [400, 'body.deep.er']);
      // The repository still lists with filters (on PostgreSQL one bad row would break every filter).
      const filtered = await request<DocumentPage>(server, 'GET', '/api/db/tasks?filter=a:1', {
        token: owner.token,
      });
      assert.equal(filtered.status, 200);
      assert.deepEqual(
        (
          await request<DocumentPage>(server, 'GET', '/api/db/tasks', { token: owner.token })
        ).body.documents.map((d) => d.data),
        [{ a: 1 }],
      );
    });
  });
});

describe('realtime database subscriptions per connection', () => {
  it('stop at MAX_ROOMS_PER_CONNECTION repositories', async () => {
    const server = await startTestServer({ maxRoomsPerConnection: 2 });
    const user = await registerUser(server);
    const client = await connect(server, { secret: user.profile.socketSecret });
    try {
      for (const repo of ['tasks_760_', 'notes_760_']) await emitRaw(client.socket, 'subscribe-db', { repo });
      const full = (await emitRaw(client.socket, 'subscribe-db', { repo: 'todo_760_' })) as ErrorReply;
      assert.deepEqual([full.error.code, full.error.field], ['LIMIT_REACHED', 'repo']);
      const again = (await emitRaw(client.socket, 'subscribe-db', {
        repo: 'tasks_760_',
      })) as SubscribeDbReply;
      assert.equal(again.repo, 'tasks_760_', 'subscribing again to a repository it has is no new one');
    } finally {
      client.socket.close();
      await server.close();
    }
  });
});
