import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import { eventsAfter } from '../../scripts/mock/event-policy.js';
import type { RunningMock } from '../../scripts/mock/mock-server.js';
import { asyncSchemas, session, socketServer, useMock } from './mock-fixture.js';

const server = socketServer('localRaw');
/** Every envelope type the server may send, with the schema(s) it may have. */
const declared = new Map<string, string[]>();
for (const message of [...server.events.values()].map((e) => e.message))
  declared.set(message.name, [...(declared.get(message.name) ?? []), message.schema]);
for (const op of server.requests.values())
  if (op.reply) declared.set(op.reply.name, [...(declared.get(op.reply.name) ?? []), op.reply.schema]);

type Envelope = Record<string, unknown> & { type: string; sid: string; data: string };

/** A raw client that checks every envelope it receives against the spec, and reads them in order. */
class RawClient {
  readonly received: Envelope[] = [];
  private waiting: (() => void) | undefined;
  sid = '';
  constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const envelope = JSON.parse(data.toString('utf8')) as Envelope;
      const schemas = declared.get(envelope.type);
      assert.ok(
        schemas,
        `the mock sent an envelope of type ${envelope.type}, which the spec does not declare`,
      );
      const errors = schemas
        .map((schema) => asyncSchemas.check(schema as `#${string}`, envelope))
        .filter(Boolean);
      assert.ok(errors.length < schemas.length, `${envelope.type} breaks its schema: ${errors[0]?.message}`);
      this.received.push(envelope);
      this.waiting?.();
    });
  }
  static async open(mock: RunningMock): Promise<RawClient> {
    const client = new RawClient(new WebSocket(`${mock.url.replace(/^http/, 'ws')}${server.pathname}`));
    const init = await client.next();
    assert.equal(init.type, 'init');
    client.sid = init.data;
    return client;
  }
  /** The next envelope not yet read. */
  async next(): Promise<Envelope> {
    for (let i = 0; i < 200 && this.received.length === 0; i++)
      await new Promise<void>((resolve) => {
        this.waiting = resolve;
        setTimeout(resolve, 10);
      });
    const first = this.received.shift();
    assert.ok(first, 'no envelope arrived');
    return first;
  }
  send(envelope: unknown): void {
    this.ws.send(JSON.stringify(envelope));
  }
}

describe('mock server: raw WebSocket envelope', () => {
  const ctx = useMock();
  let token: string;
  before(async () => {
    ({ token } = await session(ctx.mock));
  });

  async function authenticated(): Promise<{ client: RawClient; socketToken: string }> {
    const client = await RawClient.open(ctx.mock);
    client.send({ sid: client.sid, type: 'auth', data: token });
    const answer = await client.next();
    assert.equal(answer.type, 'token');
    return { client, socketToken: answer.data };
  }

  it('answers every request type with its reply, valid against the spec, carrying the connection sid', async () => {
    const { client, socketToken } = await authenticated();
    for (const [type, op] of server.requests) {
      if (type === 'auth') continue;
      client.send({
        ...(op.request.example as object),
        sid: client.sid,
        ...(type === 'echo' ? {} : { token: socketToken }),
      });
      const answer = await client.next();
      assert.equal(answer.type, op.reply?.name, `${type}: ${JSON.stringify(answer)}`);
      assert.equal(answer.sid, client.sid);
      // Then the feature's events (checked against their schemas on arrival), after authenticated requests.
      const events = type === 'echo' ? [] : eventsAfter(server, op).map((e) => e.message.name);
      assert.ok(type === 'echo' || events.length > 0);
      for (const name of events) assert.equal((await client.next()).type, name, `after ${type}`);
    }
    client.ws.close();
  });

  it('refuses a wrong sid, a missing token, an invalid field, an unknown type and bad JSON with declared codes', async () => {
    const { client, socketToken } = await authenticated();
    const join = server.requests.get('join');
    assert.ok(join);
    const base = { ...(join.request.example as object), sid: client.sid, token: socketToken };
    const cases: [unknown, string, string][] = [
      [{ ...base, sid: 'another' }, 'BAD_INPUT', 'sid'],
      [{ ...base, token: 'not-issued' }, 'UNAUTHENTICATED', 'token'],
      [{ ...base, data: 42 }, 'BAD_INPUT', 'data'],
      [{ ...base, type: 'jion' }, 'UNKNOWN_EVENT', 'type'],
    ];
    for (const [envelope, code, field] of cases) {
      client.send(envelope);
      const answer = await client.next();
      assert.deepEqual(
        [answer.type, answer.code, answer.field],
        ['error', code, field],
        JSON.stringify(answer),
      );
      if (code !== 'UNKNOWN_EVENT') assert.ok(join.errorCodes.has(code), `join does not declare ${code}`);
    }
    client.ws.send('{not json');
    assert.equal((await client.next()).code, 'MALFORMED');
    client.ws.close();
  });

  it('refuses an invalid field of every request type with BAD_INPUT, a code each declares', async () => {
    const { client, socketToken } = await authenticated();
    for (const [type, op] of server.requests) {
      client.send({ ...(op.request.example as object), sid: client.sid, token: socketToken, data: 42 });
      const answer = await client.next();
      assert.deepEqual([answer.type, answer.code, answer.field], ['error', 'BAD_INPUT', 'data'], `${type}`);
      assert.ok(op.errorCodes.has('BAD_INPUT'), `${type} does not declare BAD_INPUT`);
    }
    client.ws.close();
  });

  it('refuses auth with a session token it did not issue, then closes with 1008', async () => {
    const client = await RawClient.open(ctx.mock);
    const closed = new Promise<number>((resolve) => client.ws.once('close', resolve));
    client.send({ sid: client.sid, type: 'auth', data: 'not-a-session-token' });
    const answer = await client.next();
    assert.deepEqual([answer.type, answer.code, answer.data], ['error', 'UNAUTHENTICATED', 'invalid token']);
    assert.equal(await closed, 1008);
  });
});
