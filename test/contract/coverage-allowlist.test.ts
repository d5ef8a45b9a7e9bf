import assert from 'node:assert/strict';
import { allowlistEntry, parseAllowlist, readAllowlist } from '../helpers/coverage-allowlist.js';
import { specCoverageItems } from '../helpers/spec-coverage.js';

const REASON = 'the server answers this only when it fails, which no test can cause from outside';

/** The allowlist of one entry, written as the committed file is. */
const one = (entry: string) => () => parseAllowlist(entry, 'allowlist.yaml');

describe('spec coverage allowlist', () => {
  it('accepts each key shape, and `*` for the operation or server before a concrete status or code', () => {
    for (const key of [
      'operation joinRoom',
      'status getMe 503',
      'status * 500',
      'error joinRoom NOT_FOUND',
      'error * INTERNAL',
      'request-error localRaw INTERNAL',
      'request-error * NOT_IMPLEMENTED',
    ])
      assert.equal(allowlistEntry(key, REASON).key, key);
  });

  it('matches `*` against any one operation, and nothing else', () => {
    const entry = allowlistEntry('status * 500', REASON);
    assert.equal(entry.matches('status getMe 500'), true);
    assert.equal(entry.matches('status getMe 503'), false);
    assert.equal(entry.matches('error getMe 500'), false);
  });

  const refused: [string, RegExp][] = [
    ['operation *', /would excuse every operation: name the operation/],
    ['status * *', /"\*" is not an HTTP status \(404\); write `status <operationId\|\*> <status>`/],
    ['status getMe *', /"\*" is not an HTTP status/],
    ['status getMe 5xx', /"5xx" is not an HTTP status/],
    ['error * *', /"\*" is not an error code \(NOT_FOUND\)/],
    ['error joinRoom not_found', /"not_found" is not an error code/],
    ['request-error local *', /"\*" is not an error code \(INTERNAL\)/],
    ['* getMe 500', /is not a key of this allowlist: a key is one of `operation <operationId>`/],
    ['statuses getMe 500', /is not a key of this allowlist/],
    ['status getMe', /is not a key of this allowlist: write `status <operationId\|\*> <status>`/],
    ['operation joinRoom extra', /is not a key of this allowlist: write `operation <operationId>`/],
    ['operation  joinRoom', /is not a key of this allowlist/],
    ['error join/room NOT_FOUND', /"join\/room" is not an operationId or server name/],
  ];
  for (const [key, message] of refused)
    it(`refuses the key "${key}", saying why`, () => {
      assert.throws(() => allowlistEntry(key, REASON), message);
    });

  it('refuses a reason of less than a sentence, or a placeholder', () => {
    assert.throws(() => allowlistEntry('status * 500', 'server bug'), /has 2 word\(s\): say why/);
    assert.throws(() => allowlistEntry('status * 500', '   '), /has 0 word\(s\)/);
    assert.throws(
      () => allowlistEntry('status * 500', 'TODO: write the reason for this entry before merging it'),
      /a placeholder/,
    );
  });

  it('names the entry and the file in every refusal of a file', () => {
    assert.throws(
      one(`- key: operation *\n  reason: ${REASON}`),
      /^Error: allowlist.yaml: entry 1: "operation \*"/,
    );
    assert.throws(
      one(`- key: status * 500\n  reason: ${REASON}\n- key: status * 500\n  reason: ${REASON}`),
      /entry 2: "status \* 500" is listed twice/,
    );
    assert.throws(one(`- key: status * 500\n  reson: ${REASON}`), /entry 1 has unknown field\(s\) reson/);
    assert.throws(one('- status * 500'), /entry 1 is not a \{key, reason\} mapping/);
    assert.throws(one('- key: status * 500'), /entry 1 needs a key and a reason/);
    assert.throws(one('key: status * 500'), /expected a list of \{key, reason\}/);
    assert.deepEqual(one('')(), []);
  });

  it('reads the committed allowlist, and every entry names something the spec declares', () => {
    const keys = specCoverageItems().map((i) => i.key);
    for (const entry of readAllowlist())
      assert.ok(
        keys.some((k) => entry.matches(k)),
        entry.key,
      );
  });
});
