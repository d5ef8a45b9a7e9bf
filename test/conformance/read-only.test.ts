import assert from 'node:assert/strict';
import { SpecDocument } from '../../scripts/conformance/documents.js';
import { buildModel, isReadOnlyRealtime } from '../../scripts/conformance/model.js';
import { buildPlan } from '../../scripts/conformance/plan.js';

describe('conformance --read-only: which realtime operations count as reads', () => {
  it('goes by the verb only: a read word later in the id does not make a write a read', () => {
    for (const write of ['setPresence', 'clearHistory', 'publishChanges', 'sendActivity', 'roomHistory'])
      assert.equal(isReadOnlyRealtime(write, undefined), false, write);
    for (const read of ['getActivities', 'listRooms', 'viewRoom', 'echo'])
      assert.equal(isReadOnlyRealtime(read, undefined), true, read);
  });

  it('honours x-read-only either way, and treats an unknown verb as a write', () => {
    assert.equal(isReadOnlyRealtime('roomHistory', true), true);
    assert.equal(isReadOnlyRealtime('getAndReset', false), false);
    assert.equal(isReadOnlyRealtime('frobnicate', undefined), false);
    assert.equal(isReadOnlyRealtime('', undefined), false);
  });

  it('leaves the writes out of a read-only plan built from a document', () => {
    const operation = (name: string, extra: Record<string, unknown> = {}) => ({
      action: 'receive',
      channel: { $ref: '#/channels/main' },
      messages: [{ $ref: `#/channels/main/messages/${name}` }],
      ...extra,
    });
    const names = ['setPresence', 'clearHistory', 'publishChanges', 'getActivities', 'roomHistory'];
    const asyncapi = new SpecDocument('asyncapi', {
      asyncapi: '3.0.0',
      servers: { local: { host: 'localhost', protocol: 'ws', pathname: '/socket.io/' } },
      channels: {
        main: {
          messages: Object.fromEntries(names.map((n) => [n, { name: n, payload: { type: 'object' } }])),
        },
      },
      operations: {
        setPresence: operation('setPresence'),
        clearHistory: operation('clearHistory'),
        publishChanges: operation('publishChanges'),
        getActivities: operation('getActivities'),
        roomHistory: operation('roomHistory', { 'x-read-only': true }),
      },
    });
    const openapi = new SpecDocument('openapi', { openapi: '3.1.0', paths: {} });
    const model = buildModel(openapi, asyncapi);
    const plan = buildPlan(model.http, model.realtime, true);
    assert.deepEqual(plan.map((s) => s.op.id).sort(), ['getActivities', 'roomHistory']);
  });
});
