import assert from 'node:assert/strict';
import { sample } from '../../templates/asyncapi-docs/lib/schema.js';

// The docs template's sampler, which the mock server also answers with: schemas that contain
// themselves must give a finite example (they once recursed until the stack overflowed).

const doc = {
  components: {
    schemas: {
      // A tree node whose children are required: met again inside itself, it stops at `{}`.
      Node: {
        type: 'object',
        required: ['name', 'child'],
        properties: { name: { type: 'string' }, child: { $ref: '#/components/schemas/Node' } },
      },
      // A nullable self-reference stops at null, which the schema accepts.
      Chain: {
        type: ['object', 'null'],
        required: ['next'],
        properties: { next: { $ref: '#/components/schemas/Chain' } },
      },
      // A cycle through `oneOf` alone, where no property nesting would count depth.
      Loop: { oneOf: [{ $ref: '#/components/schemas/Loop' }, { type: 'string' }] },
      Event: {
        type: 'object',
        required: ['at', 'day', 'tags'],
        properties: {
          at: { type: 'string', format: 'date-time' },
          day: { type: 'string', format: 'date' },
          tags: { type: 'array', minItems: 2, items: { type: 'string', maxLength: 3 } },
        },
      },
    },
  },
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('docs template: sample', () => {
  it('stops a required self-reference at its second appearance', () => {
    assert.deepEqual(sample(doc, ref('Node')), { name: 'text', child: {} });
  });

  it('stops a nullable self-reference at null', () => {
    assert.deepEqual(sample(doc, ref('Chain')), { next: null });
  });

  it('stops a cycle through oneOf', () => {
    assert.deepEqual(sample(doc, ref('Loop')), {});
  });

  it('builds from formats and constraints, reusing a schema on sibling branches', () => {
    assert.deepEqual(sample(doc, ref('Event')), {
      at: '2026-11-30T12:00:00.000Z',
      day: '2026-11-30',
      tags: ['tex', 'tex'],
    });
  });
});
