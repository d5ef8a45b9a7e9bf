import type { SocketFrame } from './frames.js';

/**
 * KNOWN SERVER BUGS the fuzzer found, reported and not fixed here; the pending tests at the end of
 * test/fuzz.test.ts say what goes wrong. Frames that hit them are not sent (by the fuzz test or the soak),
 * so that the rest stays checked. Once a bug is fixed, delete its line here and un-skip its test.
 */
export const hitsKnownBug = (frame: SocketFrame, on: { postgres: boolean }): boolean =>
  // `421`: an ack id and no data is never acknowledged.
  (frame.ack && frame.data === '') ||
  // A username with NUL in follow-users or unfollow-users is INTERNAL on PostgreSQL.
  (on.postgres && /^\["(un)?follow-users"/.test(frame.data) && frame.data.includes('\\u0000'));
