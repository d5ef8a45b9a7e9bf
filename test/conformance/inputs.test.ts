import assert from 'node:assert/strict';
import { SpecDocument } from '../../scripts/conformance/documents.js';
import { InputGenerator } from '../../scripts/conformance/inputs.js';
import type { RealtimeOperation } from '../../scripts/conformance/model.js';
import { buildPlan } from '../../scripts/conformance/plan.js';
import { ValueStore } from '../../scripts/conformance/values.js';

// A small document in the shape the served AsyncAPI document has: named components the store keys on.
const doc = new SpecDocument('asyncapi', {
  components: {
    schemas: {
      RoomId: { type: 'string', minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_.:-]+$' },
      CreateRoom: {
        type: 'object',
        additionalProperties: false,
        required: ['room', 'kind'],
        properties: {
          room: { $ref: '#/components/schemas/RoomId' },
          kind: { type: 'string', enum: ['public', 'private'] },
        },
      },
      Remove: {
        type: 'object',
        additionalProperties: false,
        required: ['room', 'userId'],
        properties: {
          room: { $ref: '#/components/schemas/RoomId' },
          userId: { type: 'string', format: 'uuid' },
        },
      },
    },
  },
});
const CREATE = '/components/schemas/CreateRoom';
const REMOVE = '/components/schemas/Remove';
const ALICE = '6f9619ff-8b86-4011-b42d-00cf4fc964ff';
const WITNESS = '0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77';

describe('conformance inputs for provoking events', () => {
  it('makes a variant per other enum value, with a new name rather than a known one', () => {
    const values = new ValueStore();
    const gen = new InputGenerator(doc, values, 'run');
    const valid = gen.valid(CREATE, 'rooms') as { room: string; kind: string };
    assert.equal(valid.kind, 'public');
    const variants = gen.variants(CREATE, valid, 'rooms');
    assert.equal(variants.length, 1);
    const variant = variants[0]?.value as { room: string; kind: string };
    assert.equal(variant.kind, 'private');
    assert.notEqual(variant.room, valid.room, 'the private room is a new one, not the public one again');
    assert.equal(variants[0]?.label, '"kind" "private"');
  });

  it('offers the other known values of the field a refusal named', () => {
    const values = new ValueStore();
    values.record(['RoomId'], 'private-room');
    values.record(['RoomId'], 'public-room');
    const gen = new InputGenerator(doc, values, 'run');
    const valid = gen.valid(REMOVE, 'rooms') as { room: string };
    assert.equal(valid.room, 'public-room');
    const alternatives = gen.alternatives(REMOVE, valid, 'room', 'rooms');
    assert.deepEqual(
      alternatives.map((a) => (a as { room: string }).room),
      ['private-room'],
    );
    assert.deepEqual(gen.alternatives(REMOVE, valid, 'not-a-property', 'rooms'), []);
  });

  it('gives a pinned user only to the requests of the pinned feature, and to no other', () => {
    const values = new ValueStore();
    values.record(['userId'], ALICE);
    values.pin(['rooms.userId', 'rooms.userIds'], WITNESS);
    // The server names the witness in an answer later: recorded, but still offered only where pinned.
    values.record(['accounts.userId', 'userId'], WITNESS);
    const gen = new InputGenerator(doc, values, 'run');
    assert.equal((gen.valid(REMOVE, 'rooms') as { userId: string }).userId, WITNESS);
    assert.equal((gen.valid(REMOVE, 'accounts') as { userId: string }).userId, ALICE);
  });

  it("puts a pinned connection before the run's own, recorded under the component name", () => {
    const values = new ValueStore();
    // The main user's own connection, harvested from a party it created (a `ConnectionId` component).
    values.record(['ConnectionId', 'parties.connectionId', 'connectionId'], 'main-connection');
    values.pin(['parties.connectionId'], 'witness-connection');
    const keys = ['ConnectionId', 'parties.connectionId', 'connectionId'];
    assert.deepEqual(values.candidates(keys), ['witness-connection', 'main-connection']);
    // Another feature's requests do not get it.
    assert.deepEqual(values.candidates(['ConnectionId', 'matches.connectionId']), ['main-connection']);
  });

  it('leaves rooms and subscriptions after deleting what needs the membership', () => {
    const op = (id: string): RealtimeOperation => ({
      transport: 'socketio',
      id,
      server: 'local',
      event: id,
      tags: ['rooms'],
      request: [],
      readOnly: false,
    });
    const order = buildPlan(
      [],
      ['leaveRoom', 'unsubscribeDb', 'deleteMessage', 'editMessage', 'removeFromRoom', 'joinRoom'].map(op),
      false,
    ).map((s) => `${s.phase} ${s.op.id}`);
    assert.deepEqual(order, [
      'create joinRoom',
      'update editMessage',
      'delete deleteMessage',
      'delete removeFromRoom',
      'leave leaveRoom',
      'leave unsubscribeDb',
    ]);
  });

  it('lets a party member in before sending it data, promotes it, then closes and leaves', () => {
    const op = (id: string): RealtimeOperation => ({
      transport: 'socketio',
      id,
      server: 'local',
      event: id,
      tags: ['parties'],
      request: [],
      readOnly: false,
    });
    // The document's order: the plan moves each by its verb.
    const ids = [
      'createParty',
      'joinParty',
      'leaveParty',
      'closeParty',
      'promotePartyMember',
      'removePartyMember',
      'acceptPartyMember',
      'rejectPartyMember',
      'listPartyRequests',
      'sendPartyData',
    ];
    const order = buildPlan([], ids.map(op), false).map((s) => `${s.phase} ${s.op.id}`);
    assert.deepEqual(order, [
      'create createParty',
      'create joinParty',
      'create acceptPartyMember',
      'create sendPartyData',
      'read listPartyRequests',
      'update promotePartyMember',
      'delete closeParty',
      'delete removePartyMember',
      'delete rejectPartyMember',
      'leave leaveParty',
    ]);
  });
});
