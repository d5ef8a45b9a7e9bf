// A trickle of fuzzed frames on both transports, with the fuzz test's generators and checks
// (test/fuzz/): every frame must get its one spec'd answer, and no connection may close.
import fc from 'fast-check';
import { rawBatchProblems, socketBatchProblems } from '../../../test/fuzz/answers.js';
import { type RawFrame, rawFrame, type SocketFrame, socketFrame } from '../../../test/fuzz/frames.js';
import { RawFrameRunner } from '../../../test/fuzz/raw-runner.js';
import { SocketFrameRunner } from '../../../test/fuzz/socket-runner.js';
import { prepareTargets } from '../../../test/fuzz/targets.js';
import { every } from '../pace.js';
import type { Role } from '../role.js';
import { SoakStats } from '../stats.js';

const BATCH = 5;
/** A batch on each transport every half second: ten frames a second on each. */
const EVERY_MS = 500;
/** A new connection every so many frames: the fuzz runners keep what they receive. */
const FRAMES_PER_CONNECTION = 500;
/** The server the soak starts runs the defaults: MAX_FRAME_BYTES 64 KiB. */
const MAX_FRAME_BYTES = 64 * 1024;

/** Frames without end from a seeded arbitrary, sampled a hundred at a time. */
function* stream<T>(arbitrary: fc.Arbitrary<T>, seed: number): Generator<T, never> {
  for (let chunk = 0; ; chunk++) yield* fc.sample(arbitrary, { seed: seed + chunk, numRuns: 100 });
}

const take = <T>(frames: Generator<T>, n: number): T[] =>
  Array.from({ length: n }, () => frames.next().value);

const codeOf = (answer: unknown): string | undefined =>
  (answer as { error?: { code?: string } } | undefined)?.error?.code;

export const fuzzTrickle: Role = async ({ url, users, seed }) => {
  const stats = new SoakStats();
  const [user, peer] = users;
  if (!user || !peer) throw new Error('the fuzz trickle needs two users');
  const targets = await prepareTargets(
    url,
    { ...user, id: user.userId },
    { id: peer.userId, username: peer.username },
  );
  const socketFrames = stream(socketFrame(targets), seed);
  const rawFrames = stream(rawFrame(targets), seed);

  /** Tallies a refusal; INTERNAL is left to `record`, which names the frame. */
  const refused = (code: string | undefined, what: string) => {
    if (code !== 'INTERNAL') stats.refused(code ?? 'no code', what);
  };
  /** Sorts out what was wrong with a batch, each problem naming its frame. */
  const record = (problems: string[], transport: string) => {
    for (const problem of problems) {
      if (problem.includes('answered INTERNAL')) stats.refused('INTERNAL', `fuzzed ${transport} ${problem}`);
      else if (problem === 'the connection closed') stats.unexpectedClose(`fuzzed ${transport}`);
      else if (/: 0 acknowledgements|: no frame-error| answers to /.test(problem))
        stats.unanswered(`fuzzed ${transport} ${problem.slice(0, 200)}`);
      else stats.problem(`fuzzed ${transport}: ${problem.slice(0, 300)}`);
    }
  };

  let socket = await SocketFrameRunner.open(url, user.socketSecret);
  let raw = await RawFrameRunner.open(url, user.sessionToken);
  let sent = 0;
  const loop = every(
    EVERY_MS,
    async () => {
      const fresh = sent > 0 && sent % FRAMES_PER_CONNECTION === 0;
      if (fresh || !socket.isOpen) {
        socket.close();
        socket = await SocketFrameRunner.open(url, user.socketSecret);
      }
      if (fresh || !raw.isOpen) {
        raw.close();
        raw = await RawFrameRunner.open(url, user.sessionToken);
      }
      sent += BATCH;

      const socketBatch = await socket.run(take<SocketFrame>(socketFrames, BATCH));
      stats.count('Socket.IO frames', BATCH);
      for (const { acks } of socketBatch.answered)
        for (const [reply] of acks) {
          const code = codeOf(reply);
          if (code) refused(code, 'a fuzzed Socket.IO frame');
          else stats.count('Socket.IO replies');
        }
      for (const error of socketBatch.frameErrors) refused(codeOf(error), 'a fuzzed frame-error');
      record(socketBatchProblems(socketBatch, MAX_FRAME_BYTES), 'Socket.IO');

      const rawBatch = await raw.run(take<RawFrame>(rawFrames, BATCH));
      stats.count('/ws frames', BATCH);
      for (const answer of rawBatch.answers)
        if (answer.type === 'error') refused(answer.code, 'a fuzzed /ws frame');
        else stats.count('/ws answers');
      record(rawBatchProblems(rawBatch, { sid: raw.own.sid, maxFrameBytes: MAX_FRAME_BYTES }), '/ws');
    },
    (err) => stats.problem(`fuzz trickle: ${err}`),
  );
  return {
    stop: async () => {
      await loop.stop();
      socket.close();
      raw.close();
      return stats.toJSON();
    },
  };
};
