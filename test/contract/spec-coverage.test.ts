import assert from 'node:assert/strict';
import { envelopeOperations } from '../../generated/envelope.js';
import { builtinRoutes, httpRoutes } from '../../generated/http.js';
import { outboundEventValidators, socketOperations } from '../../generated/socketio.js';
import { allowlistEntry } from '../helpers/coverage-allowlist.js';
import {
  type CoverageItem,
  coverageReport,
  formatReport,
  specCoverageItems,
} from '../helpers/spec-coverage.js';

const allowlist = (entries: Record<string, string>) =>
  Object.entries(entries).map(([key, reason]) => allowlistEntry(key, reason));

const item = (key: string, produced: boolean): CoverageItem => ({
  area: 'HTTP statuses',
  key,
  label: key,
  producedBy: () => produced,
});

describe('spec coverage', () => {
  it('counts every operation of the generated tables, each declared status and each declared error code', () => {
    const items = specCoverageItems();
    const keys = new Set(items.map((i) => i.key));
    for (const op of [...socketOperations.values(), ...envelopeOperations.values()])
      assert.ok(keys.has(`operation ${op.operationId}`), op.operationId);
    for (const route of [...httpRoutes, ...builtinRoutes]) {
      assert.ok(keys.has(`operation ${route.operationId}`), route.operationId);
      for (const status of route.responses.keys())
        if (status !== 'default') assert.ok(keys.has(`status ${route.operationId} ${status}`));
    }
    // Server events: one operation each, counted by the event's name.
    const sent = items.filter((i) => i.area === 'Socket.IO operations' && i.label.endsWith(': sent'));
    for (const event of Object.keys(outboundEventValidators))
      assert.ok(
        sent.some((i) => i.producedBy(new Set([`event local ${event}`]))),
        event,
      );
    assert.ok(keys.has('error joinRoom LIMIT_REACHED'), 'a reply x-errors code');
    assert.ok(keys.has('request-error local PAYLOAD_TOO_LARGE'), "a server's x-request-errors code");
    assert.ok(keys.has('request-error localRaw UNAVAILABLE'));
  });

  it('reads a request operation as covered only by its reply, and an error code only on its operation', () => {
    const items = specCoverageItems();
    const produced = (key: string, facts: string[]) =>
      (items.find((i) => i.key === key) as CoverageItem).producedBy(new Set(facts));
    assert.equal(produced('operation joinRoom', ['answer local joinRoom BAD_INPUT']), false);
    assert.equal(produced('operation joinRoom', ['answer local joinRoom ok']), true);
    assert.equal(produced('operation rawJoin', ['answer local joinRoom ok']), false, 'another server');
    assert.equal(produced('error joinRoom NOT_FOUND', ['answer local viewRoom NOT_FOUND']), false);
    assert.equal(produced('request-error local RATE_LIMITED', ['answer local - RATE_LIMITED']), true);
    assert.equal(produced('operation getMe', ['http getMe 401']), false, 'an error is not the operation');
    assert.equal(produced('operation getHttpDocs', ['http getHttpDocs 304']), true);
  });

  it('excuses what the allowlist names, with wildcards, and reports entries that excuse nothing as stale', () => {
    const items = [item('status a 500', false), item('status b 500', false), item('status b 200', true)];
    const report = coverageReport(
      items,
      new Set(),
      allowlist({
        'status * 500': 'a server failure, which no operation answers on purpose',
        'status b 200': 'produced anyway, so this entry is stale and reported as such',
        'status c 404': 'not declared by any operation, so this entry is stale too',
      }),
    );
    assert.deepEqual(report.missing, []);
    assert.deepEqual(
      report.excused.map((e) => e.item.key),
      ['status a 500', 'status b 500'],
    );
    assert.deepEqual(report.stale, [
      'status b 200: produced by this run, so it needs no entry',
      'status c 404: the spec declares no such thing',
    ]);
    assert.deepEqual(report.rows, [{ area: 'HTTP statuses', covered: 1, allowlisted: 2, total: 3 }]);
    assert.match(formatReport(report), /status \* 500 \(2\): a server failure, which/);
  });

  it('lists what was never produced and not excused', () => {
    const report = coverageReport([item('status a 404', false)], new Set(), []);
    assert.deepEqual(
      report.missing.map((i) => i.key),
      ['status a 404'],
    );
    assert.match(formatReport(report), /Never produced[^\n]*\n {2}HTTP statuses\n {4}status a 404/);
  });
});
