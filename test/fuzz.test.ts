import assert from 'node:assert/strict';
import { connect as tcpConnect } from 'node:net';
import fc from 'fast-check';
import { envelopeOperations } from '../generated/envelope.js';
import { socketOperations } from '../generated/socketio.js';
import { rawBatchProblems, socketBatchProblems } from './fuzz/answers.js';
import { type RawFrame, rawFrame, type SocketFrame, socketFrame } from './fuzz/frames.js';
import { describeGarbage, engineIoGarbage, httpGarbage, rawGarbage, sendGarbage } from './fuzz/garbage.js';
import { RawFrameRunner } from './fuzz/raw-runner.js';
import { envelopeSeeds, type FuzzTargets, socketSeeds } from './fuzz/seeds.js';
import { SocketFrameRunner } from './fuzz/socket-runner.js';
import { prepareTargets } from './fuzz/targets.js';
import { registerUser, request, type TestUser } from './helpers/http.js';
import { RawClient } from './helpers/raw.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { connect, emitRaw } from './helpers/socket.js';
import { WireClient } from './helpers/wire.js';

// FUZZ_SEED replays a run; FUZZ_FRAMES scales it (frames per transport).
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const FRAMES = Number(process.env.FUZZ_FRAMES ?? 10_000);
/** Frames in flight at once: far below the server's queue limits, so the test measures answers, not limits. */
const WINDOW = 50;
/** A new connection every so many frames: its room slots (MAX_ROOMS_PER_CONNECTION) start afresh. */
const FRAMES_PER_CONNECTION = 1000;
/** Connections that each get one piece of protocol garbage, per kind. */
const GARBAGE = 40;

/** Resolves whether `promise` settled within `ms`. */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const settled = promise.then(
    () => true,
    () => true,
  );
  const result = await Promise.race([settled, late]);
  clearTimeout(timer);
  return result;
}

/** What the server logged at error level (pino's 50 and up) from its log line `since` on. */
const errorLogsSince = (server: TestServer, since: number): string[] =>
  server.logs.lines
    .slice(since)
    .filter((line) => line.level >= 50)
    .map((line) => `logged: ${line.msg} ${(line.err as { message?: string } | undefined)?.message ?? ''}`);

/** The server after a phase: healthy, open to a new client on each transport, nothing logged as an error. */
async function assertUnharmed(server: TestServer, user: TestUser, since: number): Promise<void> {
  assert.equal((await request(server, 'GET', '/api/health')).status, 200);
  const fresh = await connect(server, { secret: user.profile.socketSecret });
  assert.deepEqual(await emitRaw(fresh.socket, 'echo', { data: 'still here' }), { data: 'echo: still here' });
  fresh.socket.close();
  const raw = await RawClient.open(server.url);
  assert.equal((await raw.auth(user.token)).type, 'token');
  await raw.sync();
  raw.close();
  assert.deepEqual(errorLogsSince(server, since), []);
}

/** What the answers were, by code, for the summary a run prints. */
class Tally {
  private readonly counts = new Map<string, number>();

  add(outcome: string): void {
    this.counts.set(outcome, (this.counts.get(outcome) ?? 0) + 1);
  }

  toString(): string {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1])
      .map(([outcome, count]) => `${outcome} ${count}`)
      .join(', ');
  }
}

const codeOf = (answer: unknown): string | undefined =>
  (answer as { error?: { code?: string } } | undefined)?.error?.code;

/**
 * Sends FRAMES fuzzed frames, WINDOW at a time, through connections `open` makes (a new one every
 * FRAMES_PER_CONNECTION frames, or when one closed); `run` sends a batch and says what is wrong with what
 * came back. A batch with problems fails the run, naming the first of its frames that fails on a fresh
 * connection of its own (the minimal failing frame), if one does.
 */
async function fuzz<F, R extends { isOpen: boolean; close(): void }>(opts: {
  frames: fc.Arbitrary<F>;
  open: () => Promise<R>;
  run: (runner: R, batch: readonly F[]) => Promise<string[]>;
  retire?: (runner: R) => void;
}): Promise<void> {
  let runner = await opts.open();
  let sent = 0;
  const details = await fc.check(
    fc.asyncProperty(fc.array(opts.frames, { minLength: WINDOW, maxLength: WINDOW }), async (batch) => {
      if (!runner.isOpen || (sent > 0 && sent % FRAMES_PER_CONNECTION === 0)) {
        opts.retire?.(runner);
        runner.close();
        runner = await opts.open();
      }
      sent += batch.length;
      const problems = await opts.run(runner, batch);
      if (problems.length === 0) return;
      for (const frame of batch) {
        const alone = await opts.open();
        const itsProblems = await opts.run(alone, [frame]);
        alone.close();
        if (itsProblems.length > 0) throw new Error(`minimal failing frame:\n${itsProblems.join('\n')}`);
      }
      throw new Error(`no frame fails alone; the batch:\n${problems.join('\n')}`);
    }),
    { seed: SEED, numRuns: Math.ceil(FRAMES / WINDOW), endOnFailure: true },
  );
  opts.retire?.(runner);
  runner.close();
  if (details.failed)
    assert.fail(
      `fuzzing failed after ${sent} frames (replay with FUZZ_SEED=${SEED}): ${(details.errorInstance as Error)?.message}`,
    );
}

describe('fuzz: every frame gets one spec’d answer, and nothing else is disturbed', function () {
  this.timeout(120_000);
  let server: TestServer;
  let user: TestUser;
  let targets: FuzzTargets;
  /** Where the server's log stood when the running test started. */
  let logMark = 0;

  before(async () => {
    console.log(
      `      fuzz seed ${SEED} (FUZZ_SEED replays it), ${FRAMES} frames per transport (FUZZ_FRAMES)`,
    );
    server = await startTestServer();
    user = await registerUser(server);
    const peer = await registerUser(server);
    targets = await prepareTargets(
      server.url,
      { id: user.profile.id, sessionToken: user.token, socketSecret: user.profile.socketSecret },
      peer.profile,
    );
  });
  after(() => server.close());
  beforeEach(() => {
    logMark = server.logs.lines.length;
  });

  it('starts from valid payloads of every operation in the generated tables', () => {
    const socket = socketSeeds(targets);
    assert.deepEqual(Object.keys(socket).sort(), [...socketOperations.keys()].sort());
    for (const [event, payloads] of Object.entries(socket))
      for (const payload of payloads)
        assert.ok(
          socketOperations.get(event)?.validatePayload(payload),
          `${event} ${JSON.stringify(payload)}`,
        );
    const envelopes = envelopeSeeds(targets);
    assert.deepEqual(Object.keys(envelopes).sort(), [...envelopeOperations.keys()].sort());
    for (const [type, messages] of Object.entries(envelopes))
      for (const message of messages)
        assert.ok(
          envelopeOperations.get(type)?.validateMessage({ sid: 'sid', token: 'token', ...message }),
          `${type} ${JSON.stringify(message)}`,
        );
  });

  it('Socket.IO: one acknowledgement or frame-error per frame, the reply or a spec’d error, never INTERNAL', async () => {
    const tally = new Tally();
    const { maxFrameBytes } = server.config;
    await fuzz({
      frames: socketFrame(targets),
      open: () => SocketFrameRunner.open(server.url, user.profile.socketSecret),
      run: async (runner, batch) => {
        const mark = server.logs.lines.length;
        const result = await runner.run(batch);
        for (const { acks } of result.answered)
          for (const [reply] of acks) tally.add(codeOf(reply) ?? 'reply');
        for (const error of result.frameErrors) tally.add(`frame-error ${codeOf(error)}`);
        return [...socketBatchProblems(result, maxFrameBytes), ...errorLogsSince(server, mark)];
      },
      retire: (runner) =>
        assert.deepEqual(runner.extraAcks(), [], 'no acknowledgement twice, none for ids never sent'),
    });
    console.log(`      Socket.IO answers: ${tally}`);
    await assertUnharmed(server, user, logMark);
  });

  it('/ws: one answer per frame, in order, the type’s answer or a spec’d error, never INTERNAL', async () => {
    const tally = new Tally();
    const own = { maxFrameBytes: server.config.maxFrameBytes };
    await fuzz<RawFrame, RawFrameRunner>({
      frames: rawFrame(targets),
      open: () => RawFrameRunner.open(server.url, user.token),
      run: async (runner, batch) => {
        const mark = server.logs.lines.length;
        const result = await runner.run(batch);
        for (const answer of result.answers)
          tally.add(answer.type === 'error' ? `${answer.code}` : answer.type);
        return [
          ...rawBatchProblems(result, { ...own, sid: runner.own.sid }),
          ...errorLogsSince(server, mark),
        ];
      },
    });
    console.log(`      /ws answers: ${tally}`);
    await assertUnharmed(server, user, logMark);
  });

  it('protocol garbage costs at most the connection it arrives on', async () => {
    const bystander = await connect(server, { secret: user.profile.socketSecret });
    const rawBystander = await RawClient.open(server.url);
    await rawBystander.auth(user.token);
    const problems: string[] = [];
    for (const garbage of fc.sample(engineIoGarbage, { seed: SEED, numRuns: GARBAGE })) {
      const wire = await WireClient.connect(server.url, { socketSecret: user.profile.socketSecret });
      sendGarbage(wire.ws, garbage);
      // Closed, or still answering; after raw bytes and the end of its side, the client can only wait for the close.
      const alive =
        garbage.kind === 'stream' ? Promise.reject() : wire.request('echo', '{"data":"after garbage"}');
      if (!(await within(Promise.any([wire.closed, alive]), 5000)))
        problems.push(`Socket.IO ${describeGarbage(garbage)}: neither closed nor answering`);
      wire.close();
    }
    for (const garbage of fc.sample(rawGarbage(server.config.maxFrameBytes), {
      seed: SEED,
      numRuns: GARBAGE,
    })) {
      const raw = await RawClient.open(server.url);
      await raw.auth(user.token);
      sendGarbage(raw.ws, garbage);
      const alive = garbage.kind === 'stream' ? Promise.reject() : raw.sync();
      if (!(await within(Promise.any([raw.closed, alive]), 5000)))
        problems.push(`/ws ${describeGarbage(garbage)}: neither closed nor answering`);
      raw.close();
    }
    for (const bytes of fc.sample(httpGarbage, { seed: SEED, numRuns: GARBAGE })) {
      const socket = tcpConnect(server.port, '127.0.0.1');
      socket.on('error', () => {});
      socket.end(bytes);
      socket.resume();
      if (!(await within(new Promise((resolve) => socket.once('close', resolve)), 5000)))
        problems.push(`HTTP ${Buffer.from(bytes).toString('hex')}: the connection was not closed`);
      socket.destroy();
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(await emitRaw(bystander.socket, 'echo', { data: 'unmoved' }), { data: 'echo: unmoved' });
    await rawBystander.sync();
    bystander.socket.close();
    rawBystander.close();
    await assertUnharmed(server, user, logMark);
  });

  // Found by this fuzzer: Socket.IO hands middleware `[ack]` for `421` (no event name, the ack callback
  // last), and the dispatcher once read the callback as the name, quoting its source and never acking.
  it('acknowledges `421`, an event packet with an ack id and no data, and quotes no server code', async () => {
    const runner = await SocketFrameRunner.open(server.url, user.profile.socketSecret);
    const result = await runner.run([{ data: '', ack: true }], 2000);
    runner.close();
    assert.deepEqual(socketBatchProblems(result, server.config.maxFrameBytes), []);
    assert.doesNotMatch(JSON.stringify(result.frameErrors), /function/);
  });

  // Found by this fuzzer, on PostgreSQL: a username holding NUL (the schema allows any 1 to 32 characters)
  // reached a query, which PostgreSQL refuses (22021), and was answered INTERNAL. No username holds NUL:
  // such a name is simply not found.
  it('answers follow-users and unfollow-users with NUL in a username without INTERNAL', async () => {
    const runner = await SocketFrameRunner.open(server.url, user.profile.socketSecret);
    const frames: SocketFrame[] = [
      { data: '["follow-users",{"usernames":["\\u0000"]}]', ack: true },
      { data: '["unfollow-users",{"usernames":["\\u0000"]}]', ack: true },
    ];
    const result = await runner.run(frames);
    runner.close();
    assert.deepEqual(socketBatchProblems(result, server.config.maxFrameBytes), []);
  });
});
