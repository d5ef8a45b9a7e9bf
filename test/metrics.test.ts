import assert from 'node:assert/strict';
import type { Health } from '../generated/types.js';
import { ErrorReply } from '../generated/validators/openapi.js';
import { Metrics } from '../src/core/metrics.js';
import { registerUser, request, type TestUser } from './helpers/http.js';
import { RawClient } from './helpers/raw.js';
import { ok } from './helpers/requests.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { type Connected, connect, emitRaw } from './helpers/socket.js';

const TOKEN = 'operator-token-for-the-metrics-test';

/** One sample of the exposition: its name and labels as printed, and its value. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus' text format 0.0.4, as far as prom-client writes it: `name{a="x",b="y"} value`. */
function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    assert.ok(match, `not an exposition line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, name, value] of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[name as string] = value as string;
    samples.push({ name: match[1] as string, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the one series with this name and these labels (0 when it does not exist yet). */
function seriesValue(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  assert.ok(found.length <= 1, `${name} ${JSON.stringify(labels)} names ${found.length} series`);
  return found[0]?.value ?? 0;
}

async function scrape(server: TestServer, token?: string): Promise<Sample[]> {
  const res = await fetch(`${server.url}/metrics`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/plain; version=0.0.4; charset=utf-8');
  return parse(await res.text());
}

describe('metrics at /metrics', () => {
  describe('what the transports did', () => {
    let server: TestServer;
    let ada: TestUser;
    let bob: TestUser;
    let adaIo: Connected;
    let bobRaw: RawClient;
    before(async () => {
      server = await startTestServer();
      [ada, bob] = await Promise.all([registerUser(server), registerUser(server)]);
      adaIo = await connect(server, { secret: ada.profile.socketSecret });
      bobRaw = await RawClient.open(server.url);
      await bobRaw.auth(bob.token);
      await ok(adaIo, 'join-room', { room: 'metrics-room' });
      assert.equal((await bobRaw.request({ type: 'join', data: 'metrics-room' }, 'joined')).type, 'joined');
    });
    after(async () => {
      adaIo?.socket.close();
      bobRaw?.ws.close();
      await server?.close();
    });

    it('counts frames, refusals, handler times, deliveries, commits and HTTP requests as they happen', async () => {
      const before = await scrape(server);
      for (let i = 0; i < 3; i++)
        await ok(adaIo, 'send-message', { room: 'metrics-room', body: { text: `hello ${i}` } });
      // Refused by the payload's schema.
      const refusal = (await emitRaw(adaIo.socket, 'send-message', { room: 'metrics-room', body: 7 })) as {
        error: { code: string };
      };
      assert.equal(refusal.error.code, 'BAD_INPUT');
      // Bob reads Ada's three messages on /ws, then writes one, then sends a type /ws does not have.
      for (let i = 0; i < 3; i++) await bobRaw.next('chan_out');
      assert.equal(
        (await bobRaw.request({ type: 'chan_in', data: 'hi', channel: 'metrics-room' }, 'ok')).type,
        'ok',
      );
      assert.equal((await bobRaw.request({ type: 'no-such-type' }, 'ok')).code, 'UNKNOWN_EVENT');
      assert.equal((await request(server, 'GET', '/api/users/me', { token: ada.token })).status, 200);
      const after = await scrape(server);

      const grew = (name: string, labels: Record<string, string>) =>
        seriesValue(after, name, labels) - seriesValue(before, name, labels);
      const socketio = { transport: 'socketio' };
      const rawws = { transport: 'rawws' };
      assert.equal(grew('switchboard_frames_in_total', { ...socketio, operation: 'sendMessage' }), 4);
      assert.equal(grew('switchboard_frames_in_total', { ...rawws, operation: 'rawChanIn' }), 1);
      assert.equal(grew('switchboard_frames_in_total', { ...rawws, operation: 'unknown' }), 1);
      assert.equal(
        grew('switchboard_refusals_total', { ...socketio, operation: 'sendMessage', code: 'BAD_INPUT' }),
        1,
      );
      assert.equal(
        grew('switchboard_refusals_total', { ...rawws, operation: 'unknown', code: 'UNKNOWN_EVENT' }),
        1,
      );
      assert.equal(
        grew('switchboard_handler_duration_seconds_count', { ...socketio, operation: 'sendMessage' }),
        3,
      );
      assert.equal(
        grew('switchboard_handler_duration_seconds_bucket', {
          ...socketio,
          operation: 'sendMessage',
          le: '+Inf',
        }),
        3,
      );
      assert.equal(
        grew('switchboard_handler_duration_seconds_count', { ...rawws, operation: 'rawChanIn' }),
        1,
      );
      // Four acknowledgements (three receipts and the refusal); three chat messages reached Bob on /ws.
      assert.equal(grew('switchboard_frames_out_total', { ...socketio, message: 'ack' }), 4);
      assert.equal(grew('switchboard_frames_out_total', { ...rawws, message: 'chan_out' }), 3);
      // Bob's message reached Ada (through the adapter, counted per receiving socket).
      assert.ok(grew('switchboard_frames_out_total', { ...socketio, message: 'message' }) >= 1);
      // Four messages published, each handed to Socket.IO; /ws had a receiver for Ada's three (Bob's
      // own goes to no one else there).
      assert.ok(grew('switchboard_fanout_delivery_lag_seconds_count', socketio) >= 4);
      assert.ok(grew('switchboard_fanout_delivery_lag_seconds_count', rawws) >= 3);
      // Four messages committed, in one transaction or more.
      const batches = grew('switchboard_group_commit_batch_size_count', { store: 'messages' });
      assert.ok(batches >= 1 && batches <= 4, String(batches));
      assert.equal(grew('switchboard_group_commit_batch_size_sum', { store: 'messages' }), 4);
      assert.equal(grew('switchboard_group_commit_duration_seconds_count', { store: 'messages' }), batches);
      assert.equal(grew('switchboard_http_requests_total', { operation: 'getMe', status: '200' }), 1);
      assert.equal(
        grew('switchboard_handler_duration_seconds_count', { transport: 'http', operation: 'getMe' }),
        1,
      );
    });

    it('reports the connections open, the database pool and the process', async () => {
      const samples = await scrape(server);
      assert.equal(seriesValue(samples, 'switchboard_connections_open', { transport: 'socketio' }), 1);
      assert.equal(seriesValue(samples, 'switchboard_connections_open', { transport: 'rawws' }), 1);
      const kind = server.database.kind;
      const max = seriesValue(samples, 'switchboard_db_pool_connections', { database: kind, state: 'max' });
      assert.equal(max, kind === 'sqlite' ? 1 : 10);
      const used = seriesValue(samples, 'switchboard_db_pool_connections', { database: kind, state: 'used' });
      const free = seriesValue(samples, 'switchboard_db_pool_connections', { database: kind, state: 'free' });
      assert.ok(used + free <= max && used + free >= 1);
      assert.ok(seriesValue(samples, 'process_cpu_user_seconds_total') > 0);
      assert.ok(samples.some((s) => s.name === 'nodejs_eventloop_lag_seconds'));
      assert.ok(samples.some((s) => s.name === 'nodejs_heap_size_used_bytes'));
      // A second scrape reads the process's series once, not once per server the process started.
      assert.equal(samples.filter((s) => s.name === 'process_cpu_user_seconds_total').length, 1);
    });

    it('counts a flood of unknown event names under `unknown`, adding no series', async () => {
      let frameErrors = 0;
      let waiting: { count: number; resolve: () => void } | undefined;
      adaIo.socket.on('frame-error' as never, () => {
        frameErrors += 1;
        if (waiting && frameErrors === waiting.count) waiting.resolve();
      });
      const flood = async (from: number, to: number) => {
        const answered = new Promise<void>((resolve) => {
          waiting = { count: to, resolve };
        });
        for (let i = from; i < to; i++)
          (adaIo.socket.emit as (e: string, p: unknown) => void)(`made-up-${i}`, {});
        for (let i = from; i < to; i++) bobRaw.send({ type: `made-up-${i}` });
        await answered;
        await bobRaw.sync();
      };
      // The first unknown event makes the `unknown` series (and a scrape its own): the flood adds none.
      await flood(0, 1);
      const before = await scrape(server);
      const FLOOD = 300;
      await flood(1, 1 + FLOOD);
      const after = await scrape(server);
      const unknown = (transport: string) =>
        seriesValue(after, 'switchboard_frames_in_total', { transport, operation: 'unknown' }) -
        seriesValue(before, 'switchboard_frames_in_total', { transport, operation: 'unknown' });
      assert.equal(unknown('socketio'), FLOOD);
      assert.equal(unknown('rawws'), FLOOD);
      const ours = (samples: Sample[]) => samples.filter((s) => s.name.startsWith('switchboard_'));
      assert.equal(ours(after).length, ours(before).length);
      assert.ok(!ours(after).some((s) => Object.values(s.labels).some((v) => v.startsWith('made-up'))));
    });
  });

  it('keeps at most 2,000 series per metric, whatever it is given, folding the rest into `overflow`', async () => {
    const metrics = new Metrics();
    for (let i = 0; i < 5000; i++) metrics.frameIn('socketio', `operation-${i}`);
    const frames = parse(await metrics.exposition()).filter((s) => s.name === 'switchboard_frames_in_total');
    assert.equal(frames.length, 2001);
    assert.equal(
      seriesValue(frames, 'switchboard_frames_in_total', { transport: 'overflow', operation: 'overflow' }),
      3000,
    );
  });

  describe('behind METRICS_TOKEN', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ metricsToken: TOKEN });
    });
    after(() => server?.close());

    it('refuses a scrape without the token, or with another, as UNAUTHENTICATED', async () => {
      for (const authorization of [
        undefined,
        `Bearer ${TOKEN}x`,
        `Bearer ${TOKEN.slice(1)}`,
        TOKEN,
        'Basic Zm9v',
      ]) {
        const res = await fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} });
        assert.equal(res.status, 401, String(authorization));
        assert.equal(res.headers.get('www-authenticate'), 'Bearer');
        const body = await res.json();
        assert.ok(ErrorReply(body), JSON.stringify(ErrorReply.errors));
        assert.deepEqual(
          { code: body.error.code, field: body.error.field },
          { code: 'UNAUTHENTICATED', field: 'header.authorization' },
        );
      }
    });

    it('answers the operator, whose scheme name may be in any case', async () => {
      assert.ok((await scrape(server, TOKEN)).length > 0);
      const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `bearer ${TOKEN}` } });
      assert.equal(res.status, 200);
    });

    it("shows /api/health's details to the operator only", async () => {
      const health = async (headers: Record<string, string>) => {
        const res = await fetch(`${server.url}/api/health`, { headers });
        assert.equal(res.status, 200);
        return (await res.json()) as Health;
      };
      assert.deepEqual(await health({}), { status: 'ok' });
      // A wrong token, or a user's session token, is no operator's: the probe's answer, not a refusal.
      assert.deepEqual(await health({ authorization: `Bearer ${TOKEN}x` }), { status: 'ok' });
      const user = await registerUser(server);
      assert.deepEqual(await health({ authorization: `Bearer ${user.token}` }), { status: 'ok' });
      const details = await health({ authorization: `Bearer ${TOKEN}` });
      assert.equal(details.version, server.config.serverVersion);
      assert.equal(details.database?.kind, server.database.kind);
      assert.deepEqual(details.connections, { socketio: 0, raw: 0, sse: 0 });
      assert.ok((details.memory?.rssBytes ?? 0) > 0);
      assert.ok(details.uptimeSeconds !== undefined);
    });
  });

  describe('without METRICS_TOKEN', () => {
    let server: TestServer;
    after(() => server?.close());

    it('serves the metrics to anyone, and the health details to no one by default', async () => {
      server = await startTestServer();
      assert.ok((await scrape(server)).length > 0);
      // No token to show: an Authorization header of any kind changes nothing.
      assert.ok((await scrape(server, 'anything-at-all-goes-here')).length > 0);
      const res = await request<Health>(server, 'GET', '/api/health');
      assert.deepEqual(res.body, { status: 'ok' });
    });

    it('shows the health details to everyone with HEALTH_DETAILS=public', async () => {
      await server.close();
      server = await startTestServer({ healthDetails: 'public' });
      const { body } = await request<Health>(server, 'GET', '/api/health');
      assert.equal(body.status, 'ok');
      assert.equal(body.version, server.config.serverVersion);
      assert.deepEqual(body.connections, { socketio: 0, raw: 0, sse: 0 });
    });
  });
});
