import assert from 'node:assert/strict';
import { SpecDocument } from '../../scripts/conformance/documents.js';
import { urlAt } from '../../scripts/conformance/fetching.js';
import {
  InputGenerator,
  MAX_GENERATED_ITEMS,
  MAX_GENERATED_LENGTH,
} from '../../scripts/conformance/inputs.js';
import { EventObserver, MAX_EVENT_FAULTS } from '../../scripts/conformance/observer.js';
import { Results } from '../../scripts/conformance/results.js';
import { ValueStore } from '../../scripts/conformance/values.js';

describe('conformance limits against what a server serves', () => {
  it('makes no value for a schema asking for more than it generates, and says why', () => {
    const doc = new SpecDocument('asyncapi', {
      components: {
        schemas: {
          Huge: { type: 'string', minLength: 1_000_000_000 },
          Many: { type: 'array', minItems: 1_000_000_000, items: { type: 'integer' } },
          Fine: { type: 'string', minLength: 3, maxLength: 8 },
        },
      },
    });
    const gen = new InputGenerator(doc, new ValueStore(), 'test');
    assert.equal(gen.valid('/components/schemas/Huge', undefined), undefined);
    assert.equal(gen.valid('/components/schemas/Many', undefined), undefined);
    assert.deepEqual(gen.takeLimits(), [
      `minLength 1000000000 at /components/schemas/Huge is over the ${MAX_GENERATED_LENGTH} the check generates`,
      `minItems 1000000000 at /components/schemas/Many is over the ${MAX_GENERATED_ITEMS} the check generates`,
    ]);
    assert.deepEqual(gen.takeLimits(), [], 'taken once');
    assert.equal(typeof gen.valid('/components/schemas/Fine', undefined), 'string');
    assert.deepEqual(gen.takeLimits(), []);
  });

  it('reports a flood of undeclared events once per event name, with a count, and caps distinct ones', () => {
    const results = new Results();
    const doc = new SpecDocument('asyncapi', { components: {} });
    const observer = new EventObserver(doc, [], results);
    for (let i = 0; i < 1000; i++) observer.observe('local', 'surprise', { i }, 'the main connection');
    for (let i = 0; i < MAX_EVENT_FAULTS + 30; i++)
      observer.observe('local', `flood-${i}`, {}, 'the main connection');
    observer.finish();
    const failed = results.failed;
    assert.equal(failed.length, MAX_EVENT_FAULTS + 1);
    assert.match(
      failed[0]?.problems[0] ?? '',
      /undeclared event "surprise" on server local .*\(1000 times\)$/,
    );
    assert.match(failed.at(-1)?.problems[0] ?? '', /^31 more faulty events, past the 50 distinct ones/);
  });

  it('keeps the path prefix of a base URL for every path of the documents', () => {
    assert.equal(
      urlAt('http://h:1/prefix/', '/api/spec/openapi.json').href,
      'http://h:1/prefix/api/spec/openapi.json',
    );
    assert.equal(urlAt('http://h:1/prefix', '/socket.io/').href, 'http://h:1/prefix/socket.io/');
    assert.equal(urlAt('http://h:1/', '/api/rooms/a%2Fb').href, 'http://h:1/api/rooms/a%2Fb');
    assert.equal(urlAt('http://h:1', '/ws').href, 'http://h:1/ws');
  });
});
