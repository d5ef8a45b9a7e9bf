import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DbChange, Document, Profile } from '../generated/types.js';
import { type Actor, canRead, canWrite, permissionsOf } from '../src/core/database/permissions.js';
import { addMember, registerUser, request } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { type Connected, connect } from './helpers/socket.js';

// Repositories covering every kind of permission digit: owner, account and everyone each with and
// without read and write (`_720_`: the account may write what it cannot read, so it cannot).
const REPOS = [
  'notes',
  'tasks_760_',
  'feed_744_',
  'mine_700_',
  'shared_776_',
  'board_640_',
  'inbox_704_',
  'blind_720_',
  'open_666_',
];

interface User extends Actor {
  token: string;
  socket: Connected;
}

interface ModelDoc {
  repo: string;
  id: string;
  ownerId: string;
  accountId: string;
  data: Record<string, unknown>;
  deleted: boolean;
}

type Op = {
  actor: number;
  kind: 'create' | 'replace' | 'patch' | 'delete';
  repo: number;
  target: number;
  value: number;
};

const op: fc.Arbitrary<Op> = fc.record({
  actor: fc.nat(),
  kind: fc.constantFrom('create', 'create', 'replace', 'patch', 'delete'),
  repo: fc.nat(),
  target: fc.nat(),
  value: fc.integer({ min: -1000, max: 1000 }),
});

/** Three accounts of six users: two owners with members, one alone. */
async function population(server: TestServer): Promise<User[]> {
  const users: User[] = [];
  const join = async (token: string, profile: Profile) => {
    const socket = await connect(server, { secret: profile.socketSecret });
    const session = await request<{ accountId: string }>(server, 'GET', '/api/accounts/me', { token });
    const account = (session.body as unknown as { id: string }).id;
    users.push({ token, userId: profile.id, accountId: account, socket });
  };
  for (const members of [2, 1, 0]) {
    const owner = await registerUser(server);
    await join(owner.token, owner.profile);
    for (let i = 0; i < members; i++) {
      const member = await addMember(server, owner);
      await join(member.token, member.profile);
    }
  }
  for (const user of users)
    for (const repo of REPOS) await user.socket.socket.timeout(5000).emitWithAck('subscribe-db', { repo });
  return users;
}

/** Runs the operations over REST against a model; checks each answer; returns each user's expected events. */
async function run(
  server: TestServer,
  users: User[],
  ops: Op[],
): Promise<Map<User, Pick<DbChange, 'type' | 'id' | 'position' | 'repo'>[]>> {
  const docs: ModelDoc[] = [];
  const positions = new Map<string, number>();
  const expected = new Map(
    users.map((u) => [u, [] as Pick<DbChange, 'type' | 'id' | 'position' | 'repo'>[]]),
  );
  for (const o of ops) {
    const actor = users[o.actor % users.length] as User;
    const repo = REPOS[o.repo % REPOS.length] as string;
    const perms = permissionsOf(repo);
    let change: { type: DbChange['type']; doc: ModelDoc } | undefined;
    if (o.kind === 'create') {
      const data = { value: o.value, by: actor.userId };
      const res = await request<Document>(server, 'POST', `/api/db/${repo}`, {
        token: actor.token,
        body: data,
      });
      assert.equal(res.status, 201);
      const doc: ModelDoc = {
        repo,
        id: res.body.id,
        ownerId: actor.userId,
        accountId: actor.accountId,
        data,
        deleted: false,
      };
      docs.push(doc);
      change = { type: 'created', doc };
      assert.deepEqual([res.body.ownerId, res.body.accountId], [actor.userId, actor.accountId]);
    } else {
      const inRepo = docs.filter((d) => d.repo === repo);
      if (inRepo.length === 0) continue;
      const doc = inRepo[o.target % inRepo.length] as ModelDoc;
      const path = `/api/db/${repo}/${doc.id}`;
      const expectedStatus =
        doc.deleted || !canRead(perms, doc, actor)
          ? 404
          : !canWrite(perms, doc, actor)
            ? 403
            : o.kind === 'delete'
              ? 204
              : 200;
      const body =
        o.kind === 'replace'
          ? { value: o.value, replacedBy: actor.userId }
          : o.kind === 'patch'
            ? { value: o.value }
            : undefined;
      const res = await request<Document>(
        server,
        o.kind === 'replace' ? 'PUT' : o.kind === 'patch' ? 'PATCH' : 'DELETE',
        path,
        { token: actor.token, body },
      );
      assert.equal(
        res.status,
        expectedStatus,
        `${o.kind} ${path} as ${actor.userId} (owner ${doc.ownerId}, account ${doc.accountId})`,
      );
      if (expectedStatus >= 400) continue;
      if (o.kind === 'delete') doc.deleted = true;
      else doc.data = o.kind === 'replace' ? (body as Record<string, unknown>) : { ...doc.data, ...body };
      if (o.kind !== 'delete') assert.deepEqual(res.body.data, doc.data);
      change = { type: o.kind === 'delete' ? 'deleted' : 'updated', doc };
    }
    const position = (positions.get(repo) ?? 0) + 1;
    positions.set(repo, position);
    for (const user of users) {
      if (canRead(perms, change.doc, user))
        expected.get(user)?.push({ type: change.type, id: change.doc.id, position, repo });
    }
  }
  return expected;
}

describe('database change events (property)', function () {
  this.timeout(180_000);

  it('reach every subscriber exactly for the documents it may read, in commit order, deletes included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 600, maxLength: 600 }), async (ops) => {
        const server = await startTestServer();
        const users = await population(server);
        try {
          const expected = await run(server, users, ops);
          const kinds = ['db_created', 'db_updated', 'db_deleted'] as const;
          for (const user of users) {
            const want = expected.get(user) ?? [];
            for (let i = 0; i < 500 && user.socket.events.sequence(kinds).length < want.length; i++)
              await new Promise((resolve) => setTimeout(resolve, 10));
            const got = user.socket.events
              .sequence(kinds)
              .map((c) => ({ type: c.type, id: c.id, position: c.position, repo: c.repo }));
            assert.deepEqual(got, want, `user ${user.userId}: exactly the readable changes, in commit order`);
          }
        } finally {
          for (const user of users) user.socket.socket.close();
          await server.close();
        }
      }),
      { numRuns: 4, endOnFailure: true },
    );
  });
});
