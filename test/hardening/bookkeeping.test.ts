import assert from 'node:assert/strict';
import { SessionConnections } from '../../src/core/auth/session-connections.js';
import type { ApiError } from '../../src/core/errors.js';
import type { CloseTarget } from '../../src/core/fanout/bus.js';
import { TokenBucketLimiter } from '../../src/core/limits/rate-limiter.js';
import { addressKey, clientAddress } from '../../src/transports/client-address.js';

/** The bookkeeping the limits rest on, where a flood or a race would otherwise undo them. */
describe('hardening: the limits’ bookkeeping', () => {
  describe('rate limiter', () => {
    let clock = 0;
    const limiter = () =>
      new TokenBucketLimiter({ capacity: 2, refillPerSecond: 2 / 900, maxKeys: 100, now: () => clock });

    it('keeps a key that is held back, however many fresh keys flood it', () => {
      const failed = limiter();
      failed.take('victim');
      failed.take('victim');
      assert.equal(failed.take('victim').allowed, false);
      for (let i = 0; i < 500; i++) failed.take(`junk${i}`);
      assert.equal(failed.take('victim').allowed, false, 'still locked out');
    });

    it('forgets keys whose buckets refilled, so it stays small when nobody is held back', () => {
      const quiet = limiter();
      for (let i = 0; i < 100; i++) quiet.take(`old${i}`);
      clock += 3_600_000;
      for (let i = 0; i < 300; i++) quiet.take(`new${i}`);
      // The old ones are forgotten first: their buckets are full again, so that loses nothing.
      for (let i = 0; i < 100; i++) assert.equal(quiet.take(`old${i}`).allowed, true);
    });

    it('remembers ten times maxKeys at most, whatever they hold', () => {
      const flooded = limiter();
      for (let i = 0; i < 5000; i++) {
        flooded.take(`k${i}`);
        flooded.take(`k${i}`);
      }
      assert.ok((flooded as unknown as { buckets: Map<string, unknown> }).buckets.size <= 1001);
    });
  });

  describe('session connections', () => {
    const closed: string[] = [];
    const closer = {
      close(target: CloseTarget) {
        if ('connection' in target) closed.push(target.connection);
      },
    };
    const grant = (generation: number | undefined) => ({
      sessionId: 's1',
      expiresAt: Date.now() + 60_000,
      generation,
    });

    it('refuses a handshake that looked its session up before a logout, even if a rotation finished after it', () => {
      const sessions = new SessionConnections(closer);
      sessions.ended('s1', 'logged-out');
      sessions.rotated('s1', 3);
      assert.throws(
        () => sessions.bind('raw', grant(undefined)),
        (err: ApiError) => err.code === 'UNAUTHENTICATED',
      );
      assert.throws(
        () => sessions.bind('sio', grant(5)),
        (err: ApiError) => err.code === 'UNAUTHENTICATED',
      );
    });

    it('closes what a rotated secret opened, and only that', () => {
      const sessions = new SessionConnections(closer);
      sessions.bind('token', grant(undefined));
      sessions.bind('old', grant(0));
      sessions.bind('new', grant(1));
      sessions.rotated('s1', 1);
      assert.deepEqual(closed.splice(0), ['old']);
      assert.deepEqual(sessions.stats(), { sessions: 1, connections: 2 });
      assert.throws(
        () => sessions.bind('late', grant(0)),
        (err: ApiError) => err.code === 'UNAUTHENTICATED',
      );
    });
  });

  describe('client addresses', () => {
    it('keys an IPv6 address by its /64, and a mapped IPv4 address as IPv4', () => {
      assert.equal(addressKey('2001:db8:1:2::1'), addressKey('2001:db8:1:2:ffff:ffff:ffff:ffff'));
      assert.notEqual(addressKey('2001:db8:1:2::1'), addressKey('2001:db8:1:3::1'));
      assert.equal(addressKey('::ffff:203.0.113.9'), '203.0.113.9');
      assert.equal(addressKey('203.0.113.9'), '203.0.113.9');
    });

    it('believes X-Forwarded-For only as far as the trusted proxies go', () => {
      assert.equal(clientAddress('10.0.0.1', 'spoofed, 198.51.100.7', 1), '198.51.100.7');
      assert.equal(clientAddress('10.0.0.1', 'spoofed, 198.51.100.7, 10.0.0.2', 2), '198.51.100.7');
      assert.equal(clientAddress('10.0.0.1', 'spoofed', 0), '10.0.0.1');
    });
  });
});
