import assert from 'node:assert/strict';
import type { ErrorReply, Profile, PublicUser, Session, SocketSecret } from '../generated/types.js';
import { loadConfig } from '../src/config.js';
import { registerUser, request, uniqueUsername } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';

describe('users over HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('registers a user and answers with an open session', async () => {
    const username = uniqueUsername('Ada');
    const res = await request<Session>(server, 'POST', '/api/users/register', {
      body: { username, password: 'correct horse' },
    });
    assert.equal(res.status, 201);
    assert.match(res.body.token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(res.body.user.username, username);
    assert.ok(Date.parse(res.body.expiresAt) > Date.now());
    const me = await request<Profile>(server, 'GET', '/api/users/me', { token: res.body.token });
    assert.equal(me.status, 200);
    assert.equal(me.body.id, res.body.user.id);
  });

  it('refuses a taken username, without regard to case', async () => {
    const username = uniqueUsername('Grace');
    await registerUser(server, username);
    const res = await request<ErrorReply>(server, 'POST', '/api/users/register', {
      body: { username: username.toUpperCase(), password: 'another password' },
    });
    assert.equal(res.status, 409);
    assert.deepEqual(res.body.error, {
      code: 'CONFLICT',
      message: 'the username is taken',
      field: 'body.username',
    });
  });

  it('registers exactly one of ten simultaneous registrations of one username', async () => {
    const username = uniqueUsername('race');
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        request(server, 'POST', '/api/users/register', {
          body: { username: i % 2 ? username : username.toUpperCase(), password: 'long enough' },
        }),
      ),
    );
    assert.deepEqual(answers.map((a) => a.status).sort(), [201, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
  });

  it('accepts the Bearer scheme name in any case', async () => {
    const user = await registerUser(server);
    const res = await request(server, 'GET', '/api/users/me', {
      headers: { authorization: `bearer ${user.token}` },
    });
    assert.equal(res.status, 200);
  });

  it('logs in with the right password and refuses a wrong one or an unknown user alike', async () => {
    const user = await registerUser(server);
    const ok = await request<Session>(server, 'POST', '/api/users/login', {
      body: { username: user.profile.username.toUpperCase(), password: user.password },
    });
    assert.equal(ok.status, 200);
    assert.notEqual(ok.body.token, user.token, 'every login opens its own session');
    const wrong = await request<ErrorReply>(server, 'POST', '/api/users/login', {
      body: { username: user.profile.username, password: 'not the password' },
    });
    const unknown = await request<ErrorReply>(server, 'POST', '/api/users/login', {
      body: { username: uniqueUsername('nobody'), password: 'not the password' },
    });
    assert.equal(wrong.status, 401);
    assert.deepEqual(wrong.body, unknown.body, 'a wrong password and an unknown user look the same');
    assert.equal(wrong.body.error.code, 'UNAUTHENTICATED');
  });

  it('returns the profile with the socket secret at /api/users/me', async () => {
    const user = await registerUser(server);
    assert.match(user.profile.socketSecret, /^[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(Object.keys(user.profile).sort(), ['createdAt', 'id', 'socketSecret', 'username']);
    assert.deepEqual(user.session.user satisfies PublicUser, {
      id: user.profile.id,
      username: user.profile.username,
      createdAt: user.profile.createdAt,
    });
  });

  it('rotates the socket secret', async () => {
    const user = await registerUser(server);
    const res = await request<SocketSecret>(server, 'POST', '/api/users/me/socket-secret', {
      token: user.token,
    });
    assert.equal(res.status, 200);
    assert.notEqual(res.body.socketSecret, user.profile.socketSecret);
    const me = await request<Profile>(server, 'GET', '/api/users/me', { token: user.token });
    assert.equal(me.body.socketSecret, res.body.socketSecret);
  });

  it('ends a session at logout and keeps the user’s other sessions open', async () => {
    const user = await registerUser(server);
    const other = await request<Session>(server, 'POST', '/api/users/login', {
      body: { username: user.profile.username, password: user.password },
    });
    const out = await request(server, 'POST', '/api/users/logout', { token: user.token });
    assert.equal(out.status, 204);
    assert.equal(out.body, undefined);
    const after = await request<ErrorReply>(server, 'GET', '/api/users/me', { token: user.token });
    assert.equal(after.status, 401);
    assert.equal(after.headers.get('www-authenticate'), 'Bearer');
    const still = await request(server, 'GET', '/api/users/me', { token: other.body.token });
    assert.equal(still.status, 200);
  });

  it('stores only digests of session tokens and scrypt hashes of passwords', async () => {
    // The suite's servers hash at a low cost to run fast; this one hashes at the production default.
    const production = await startTestServer({ passwordHashCost: loadConfig({}).passwordHashCost });
    try {
      const user = await registerUser(production);
      const sessions = await production.database.db('sessions').where('user_id', user.profile.id);
      assert.ok(sessions.length >= 1);
      for (const s of sessions) assert.notEqual(s.token_digest, user.token);
      assert.ok(!JSON.stringify(sessions).includes(user.token));
      const row = await production.database.db('users').where('id', user.profile.id).first();
      assert.match(row.password_hash, /^scrypt\$15\$8\$1\$/);
      assert.ok(!row.password_hash.includes(user.password));
    } finally {
      await production.close();
    }
  });

  it('never logs a password, token or socket secret', async () => {
    const user = await registerUser(server);
    await request(server, 'POST', '/api/users/login', {
      body: { username: user.profile.username, password: user.password },
    });
    const logs = server.logs.text();
    for (const secret of [user.password, user.token, user.profile.socketSecret])
      assert.ok(!logs.includes(secret));
  });

  describe('input validation', () => {
    const cases: [string, unknown, string, string][] = [
      [
        'a too short username',
        { username: 'ab', password: 'long enough' },
        'body.username',
        'body.username must NOT have fewer than 3 characters',
      ],
      [
        'a username with spaces',
        { username: 'a b c', password: 'long enough' },
        'body.username',
        'body.username must match pattern "^[A-Za-z0-9_.-]+$"',
      ],
      [
        'a too short password',
        { username: 'valid_name', password: 'short' },
        'body.password',
        'body.password must NOT have fewer than 8 characters',
      ],
      ['a missing password', { username: 'valid_name' }, 'body.password', 'body.password is required'],
      [
        'an unknown field',
        { username: 'valid_name', password: 'long enough', admin: true },
        'body.admin',
        'body.admin is not allowed here',
      ],
      [
        'a number for a username',
        { username: 12345, password: 'long enough' },
        'body.username',
        'body.username must be string',
      ],
      ['an array body', [1, 2], 'body', 'body must be object'],
    ];
    for (const [what, body, field, message] of cases) {
      it(`refuses ${what} with BAD_INPUT naming ${field}`, async () => {
        const res = await request<ErrorReply>(server, 'POST', '/api/users/register', { body });
        assert.equal(res.status, 400);
        assert.deepEqual(res.body.error, { code: 'BAD_INPUT', message, field });
      });
    }

    it('stores nothing for a refused registration', async () => {
      const username = uniqueUsername('refused');
      await request(server, 'POST', '/api/users/register', { body: { username, password: 'short' } });
      const login = await request(server, 'POST', '/api/users/login', {
        body: { username, password: 'short but longer' },
      });
      assert.equal(login.status, 401);
      assert.equal(
        await server.database.db('users').where('username_key', username.toLowerCase()).first(),
        undefined,
      );
    });
  });

  describe('session tokens', () => {
    it('refuses a missing token', async () => {
      const res = await request<ErrorReply>(server, 'GET', '/api/users/me');
      assert.equal(res.status, 401);
      assert.deepEqual(res.body.error, {
        code: 'UNAUTHENTICATED',
        message: 'the session token is missing: send Authorization: Bearer <token>',
        field: 'header.authorization',
      });
    });

    it('refuses an Authorization header that is not a Bearer token', async () => {
      const res = await request<ErrorReply>(server, 'GET', '/api/users/me', {
        headers: { authorization: 'Basic YWRhOnB3' },
      });
      assert.equal(res.status, 401);
      assert.equal(res.body.error.field, 'header.authorization');
    });

    it('refuses an unknown token', async () => {
      const res = await request<ErrorReply>(server, 'GET', '/api/users/me', { token: 'A'.repeat(43) });
      assert.equal(res.status, 401);
      assert.equal(res.body.error.message, 'the session token is unknown or expired');
    });
  });
});

describe('session expiry', () => {
  let server: TestServer;
  // The sessions' clock, moved by the test instead of waiting out the TTL.
  let now = Date.now();
  before(async () => {
    server = await startTestServer({ sessionTtlSeconds: 1 }, { sessionClock: () => now });
  });
  after(() => server.close());

  it('refuses a token once its session expired, and deletes the session', async () => {
    const user = await registerUser(server);
    const me = await request(server, 'GET', '/api/users/me', { token: user.token });
    assert.equal(me.status, 200, 'open until its TTL has passed');
    now += 1000;
    const res = await request<ErrorReply>(server, 'GET', '/api/users/me', { token: user.token });
    assert.equal(res.status, 401);
    assert.equal(res.body.error.code, 'UNAUTHENTICATED');
    assert.equal(await server.database.db('sessions').where('user_id', user.profile.id).first(), undefined);
  });
});

describe('password hash cost changes', () => {
  it('rehashes a password at the new cost on the next login', async () => {
    const server = await startTestServer({ passwordHashCost: 12 });
    const user = await registerUser(server);
    const before = await server.database.db('users').where('id', user.profile.id).first();
    assert.match(before.password_hash, /^scrypt\$12\$/);
    const again = await server.restart({ passwordHashCost: 14 });
    try {
      const login = await request(again, 'POST', '/api/users/login', {
        body: { username: user.profile.username, password: user.password },
      });
      assert.equal(login.status, 200);
      const after = await again.database.db('users').where('id', user.profile.id).first();
      assert.match(after.password_hash, /^scrypt\$14\$/);
      const next = await request(again, 'POST', '/api/users/login', {
        body: { username: user.profile.username, password: user.password },
      });
      assert.equal(next.status, 200, 'the new hash verifies');
    } finally {
      await again.close();
    }
  });
});
