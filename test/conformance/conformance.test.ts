import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type HttpRoute, httpRoutes } from '../../generated/http.js';
import { type SocketOperation, socketOperations } from '../../generated/socketio.js';
import { type ConformanceReport, runConformance } from '../../scripts/conformance/run.js';
import type { SocketContext } from '../../src/handlers/context.js';
import { registerUser } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const run = promisify(execFile);
const BIN = path.resolve('scripts/conformance/bin.js');

/** Every failure of a report, one line each, for assertion messages. */
function failures(report: ConformanceReport): string {
  return report.results.failed
    .map((c) => `${c.suite} ${c.operation} (${c.name}): ${c.problems.join('; ')}`)
    .join('\n');
}

/** The generated HTTP table with one operation's handler replaced. */
function withHttpHandler(
  operationId: string,
  handler: () => Promise<{ status: number; body?: unknown }>,
): HttpRoute[] {
  return httpRoutes.map((route) => (route.operationId === operationId ? { ...route, handler } : route));
}

/** The generated Socket.IO table with one operation's handler replaced. */
function withSocketHandler(
  event: string,
  handler: (payload: never, ctx: SocketContext) => unknown,
): Map<string, SocketOperation> {
  const operations = new Map(socketOperations);
  const operation = operations.get(event);
  if (!operation || operation.action)
    throw new Error(`no Socket.IO operation ${event} (an action's handler sees no connection)`);
  operations.set(event, { ...operation, handler });
  return operations;
}

describe('switchboard-conformance', () => {
  describe('against a server that keeps the contract', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer();
    });
    after(() => server.close());

    it('drives every operation of both documents, sees every declared event, and finds nothing wrong', async () => {
      const report = await runConformance({ baseUrl: server.url });
      console.log(
        `      ${report.driven}/${report.planned} operations, ${report.results.cases.length} cases, ` +
          `${report.results.validated} validated, ${report.durationMs} ms`,
      );
      assert.equal(report.passed, true, failures(report));
      assert.equal(report.driven, report.planned);
      for (const suite of ['http', 'socketio', 'raw', 'events'] as const)
        assert.ok(
          report.results.cases.some((c) => c.suite === suite && c.outcome === 'passed'),
          `no passing ${suite} case`,
        );
      // Refused inputs were sent and refused with a declared error, on every transport.
      for (const suite of ['http', 'socketio', 'raw'] as const)
        assert.ok(
          report.results.cases.some(
            (c) => c.suite === suite && c.name.startsWith('invalid') && c.outcome === 'passed',
          ),
        );
      assert.ok(report.results.validated > report.results.cases.length / 2);
      // Every declared server event was provoked and checked, those sent to other users included, but
      // for those the spec says a run cannot provoke (`x-conformance.unobservable`: the shutdown notice).
      const events = report.results.cases.filter((c) => c.suite === 'events');
      assert.deepEqual(
        events.filter((c) => c.outcome === 'skipped').map((c) => c.operation),
        ['local server-shutdown', 'localRaw server-shutdown'],
      );
      const unseen = events.filter((c) => c.outcome !== 'passed' && c.outcome !== 'skipped');
      assert.deepEqual(
        unseen.map((c) => `${c.operation}: ${c.problems.join('; ')}`),
        [],
        'declared events the run did not see',
      );
      // Events to room members, repository subscribers, named users, party members and one connection
      // reached the run's connections: the witness asked to join the main user's closed party
      // (`party-join-request`), was accepted by its connection id (`party-joined`), was sent data
      // (`party-data`), and the party it still waited to join was closed (`party-closed`).
      for (const event of [
        'member-joined',
        'room-invited',
        'room-removed',
        'chan_out',
        'db_deleted',
        'party-join-request',
        'party-joined',
        'party-data',
        'party-leader',
        'party-closed',
        'match-data',
      ])
        assert.ok(
          events.some((c) => c.operation.endsWith(` ${event}`) && c.outcome === 'passed'),
          `${event} was not checked`,
        );
      assert.ok(
        report.results.cases.some((c) => c.name.startsWith('the witness') && c.outcome === 'passed'),
        "no request of the witness's was answered",
      );
      // The member-naming requests named the witness's connection (its `welcome`'s), so they also succeeded.
      for (const [operation, reply] of [
        ['acceptPartyMember', 'accept-party-member'],
        ['promotePartyMember', 'promote-party-member'],
      ])
        assert.ok(
          report.results.cases.some(
            (c) => c.operation === operation && c.outcome === 'passed' && c.detail === reply,
          ),
          `${operation} never succeeded`,
        );
    });

    it('with --read-only, registers no one and sends only reads', async () => {
      const report = await runConformance({ baseUrl: server.url, readOnly: true });
      assert.equal(report.passed, true, failures(report));
      const sent = new Set(
        report.results.cases.filter((c) => c.outcome !== 'skipped').map((c) => c.operation),
      );
      for (const writer of [
        'registerUser',
        'loginUser',
        'createDocument',
        'deleteDocument',
        'createRoom',
        'sendMessage',
        'rawChanIn',
      ])
        assert.ok(!sent.has(writer), `${writer} was sent in read-only mode`);
      assert.ok(sent.has('getHealth') && sent.has('rawEcho'));
      // No second user either: the witness registers, which is a write.
      assert.ok(!report.results.cases.some((c) => c.name.includes('witness')));
    });

    it('writes JUnit XML and Markdown from the bin, and exits 0', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'conformance-'));
      try {
        const junit = path.join(dir, 'report.xml');
        const markdown = path.join(dir, 'report.md');
        const { stdout } = await run(process.execPath, [
          BIN,
          server.url,
          '--read-only',
          '--junit',
          junit,
          '--markdown',
          markdown,
        ]);
        assert.match(stdout, /\*\*Passed\*\*/);
        assert.match(
          readFileSync(junit, 'utf8'),
          /<testsuites name="switchboard-conformance" tests="\d+" failures="0"/,
        );
        assert.equal(readFileSync(markdown, 'utf8').trim(), stdout.trim());
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('against planted faults (outbound validation off, so the runtime does not mask them)', () => {
    let server: TestServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    /** Runs read-only as a given user: enough to reach the faulty operation, and fast. */
    async function check(s: TestServer): Promise<ConformanceReport> {
      const user = await registerUser(s);
      return runConformance({ baseUrl: s.url, readOnly: true, token: user.token });
    }

    it('names an acknowledgement missing a required field', async () => {
      server = await startTestServer(
        { outboundValidation: false },
        { socketOperations: withSocketHandler('echo', () => ({})) },
      );
      const report = await check(server);
      assert.equal(report.passed, false);
      const echo = report.results.failed.filter((c) => c.operation === 'echo');
      assert.ok(echo.length > 0, failures(report));
      assert.match(
        echo[0]?.problems.join() ?? '',
        /matches none of its reply messages.*EchoReply.*must have required property 'data'/,
      );
    });

    it('names an HTTP response missing a required field', async () => {
      const routes = withHttpHandler('getHealth', async () => ({
        status: 200,
        body: { version: '1.0.0' } as never,
      }));
      server = await startTestServer({ outboundValidation: false }, { routes });
      const report = await check(server);
      assert.equal(report.passed, false);
      assert.match(
        failures(report),
        /http getHealth \(generated\): status 200: the body does not match Health: .*required property 'status'/,
      );
    });

    it('names an undeclared HTTP status', async () => {
      const routes = withHttpHandler('getHealth', async () => ({
        status: 418,
        body: { error: { code: 'INTERNAL', message: 'teapot' } },
      }));
      server = await startTestServer({ outboundValidation: false }, { routes });
      const report = await check(server);
      assert.equal(report.passed, false);
      assert.match(failures(report), /status 418 is not declared for getHealth/);
    });

    it('names an undeclared server event, and the bin exits 1', async () => {
      let target: TestServer | undefined;
      // Socket.IO's typed server refuses an event outside the generated map at compile time: the fault
      // has to go around the types, as an off-spec handler would.
      type Untyped = { to(id: string): { emit(event: string, payload: unknown): void } };
      const emitUndeclared = (ctx: SocketContext) => {
        if (!target) throw new Error('the server is not started yet');
        // A flood, as a hostile server would send: reported once, with its count.
        for (let i = 0; i < 50; i++)
          (target.io as unknown as Untyped).to(ctx.connection.id).emit('surprise', { hello: i });
      };
      const operations = withSocketHandler('echo', ((payload: { data: string }, ctx: SocketContext) => {
        emitUndeclared(ctx);
        return { data: `echo: ${payload.data}` };
      }) as (payload: never, ctx: SocketContext) => unknown);
      server = await startTestServer({ outboundValidation: false }, { socketOperations: operations });
      target = server;
      const report = await check(server);
      assert.equal(report.passed, false);
      assert.match(failures(report), /undeclared event "surprise" on server local/);
      const surprise = report.results.failed.filter((c) => c.operation === 'local surprise');
      assert.equal(surprise.length, 1, failures(report));
      assert.match(surprise[0]?.problems[0] ?? '', /\((\d{3,}|[5-9]\d) times\)$/);

      const user = await registerUser(server);
      const spawned = await run(process.execPath, [
        BIN,
        server.url,
        '--read-only',
        // A token may start with `-`: in the `=` form it cannot be taken for an option.
        `--token=${user.token}`,
      ]).then(
        () => ({ code: 0, stdout: '' }),
        (err: { code: number; stdout: string }) => err,
      );
      assert.equal(spawned.code, 1, (spawned as { stderr?: string }).stderr);
      assert.match(spawned.stdout, /undeclared event "surprise"/);
    });
  });

  it('prints its usage with --help', async () => {
    const { stdout } = await run(process.execPath, [BIN, '--help']);
    assert.match(stdout, /Usage: switchboard-conformance <base-url>/);
  });
});
