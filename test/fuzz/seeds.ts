import type { RawOperationHandlers } from '../../generated/envelope.js';
import type { ClientToServerEvents } from '../../generated/socketio.js';

/**
 * What valid payloads refer to: rooms, a repository, a message and another user that exist on the server
 * under test, so that the unmutated payloads succeed and the handlers behind validation get exercised.
 */
export interface FuzzTargets {
  /** A public room the fuzzing user is a member of. */
  room: string;
  /** A private room the fuzzing user owns. */
  privateRoom: string;
  /** A repository the fuzzing user may read and write. */
  repo: string;
  /** The direct room of the fuzzing user and the peer. */
  directRoom: string;
  /** A message the fuzzing user sent in `room`. */
  messageId: string;
  selfId: string;
  peerId: string;
  peerName: string;
  /** The fuzzing user's session token: a /ws `auth` with it is valid (and refused once authenticated). */
  sessionToken: string;
}

type Payload<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[0];

/** Valid payloads of every Socket.IO operation: a new operation in the spec fails to compile until it has some. */
export type SocketSeeds = { [E in keyof ClientToServerEvents]: Payload<E>[] };

/**
 * A party id: parties belong to a connection and end with it, so none prepared beforehand outlives the
 * preparing connection; these payloads exercise the handlers' refusals (`create-party`'s succeed).
 */
const PARTY = '3f2b8c1e-9a4d-4e7b-8c21-5d6f7a8b9c0d';

/** A repository nobody may read (`_300_`): subscribing is FORBIDDEN. */
const UNREADABLE_REPO = 'fuzz_300_';
/**
 * A match id no match has: matches end with their last connection, so none prepared beforehand would
 * outlive the preparing one. Joining it is NOT_FOUND, sending to it NOT_MEMBER, past validation all the same.
 */
const NO_MATCH = '00000000-0000-4000-8000-000000000000';

export function socketSeeds(t: FuzzTargets): SocketSeeds {
  return {
    'accept-party-member': [{ partyId: PARTY, connectionId: 'Xq9r2LmPz7TtAAAC' }],
    'close-party': [{ partyId: PARTY }],
    'create-party': [
      { open: true, maxSize: 2 },
      { open: false, maxSize: 256 },
    ],
    'join-party': [{ partyId: PARTY }],
    'leave-party': [{ partyId: PARTY }],
    'list-party-requests': [{ partyId: PARTY }],
    'promote-party-member': [{ partyId: PARTY, connectionId: 'Xq9r2LmPz7TtAAAC' }],
    'reject-party-member': [{ partyId: PARTY, connectionId: 'Xq9r2LmPz7TtAAAC' }],
    'remove-party-member': [{ partyId: PARTY, connectionId: 'Xq9r2LmPz7TtAAAC' }],
    'send-party-data': [
      { partyId: PARTY, opCode: 1, data: { x: 1 } },
      { partyId: PARTY, opCode: 2, dataBase64: 'AAECAw==' },
      { partyId: PARTY, opCode: 0 },
    ],
    'create-match': [{}, { maxSize: 2 }],
    'join-match': [{ matchId: NO_MATCH }],
    'leave-match': [{ matchId: NO_MATCH }],
    'send-match-data': [
      { matchId: NO_MATCH, opCode: 1, data: { x: 1, y: [2, 'three'] } },
      { matchId: NO_MATCH, opCode: 0, dataBase64: 'AAECAw==', presences: [t.selfId], echo: true },
    ],
    'create-room': [
      { room: 'fuzz-created', kind: 'public' },
      { room: 'fuzz-private', kind: 'private', hidden: true, persistent: false },
    ],
    'db-changes': [
      { repo: t.repo, after: 0 },
      { repo: t.repo, after: 1, limit: 100 },
      { repo: UNREADABLE_REPO, after: 0 },
    ],
    'delete-message': [{ room: t.room, id: t.messageId }],
    'delete-notifications': [{ ids: ['9a7c2e4b-1d3f-4b6a-8c5e-0f2a4d6b8e10'] }],
    echo: [{ data: 'hello' }, { data: '' }],
    'edit-message': [{ room: t.room, id: t.messageId, body: { text: 'edited', n: 1 } }],
    'follow-users': [
      { userIds: [t.peerId] },
      { usernames: [t.peerName] },
      { userIds: [t.peerId], usernames: ['nobody_here'] },
      { userIds: [t.selfId] },
    ],
    'get-activities': [{}],
    'invite-to-room': [
      { room: t.privateRoom, userIds: [t.peerId] },
      { room: t.privateRoom, userIds: [t.selfId, t.peerId] },
      { room: t.room, userIds: [t.peerId] },
    ],
    'join-room': [
      { room: t.room },
      { room: t.room, since: 1 },
      { room: t.directRoom },
      { room: t.privateRoom },
    ],
    'list-notifications': [{}, { limit: 10 }, { limit: 1, cursor: 'MTI4' }],
    'leave-room': [{ room: t.room }, { room: t.directRoom }],
    'open-direct': [{ userId: t.peerId }, { userId: t.selfId }],
    'remove-from-room': [
      { room: t.privateRoom, userId: t.peerId },
      { room: t.privateRoom, userId: t.selfId },
    ],
    'room-history': [
      { room: t.room },
      { room: t.room, before: 10, limit: 5 },
      { room: t.room, after: 0, limit: 100 },
      { room: t.directRoom, before: 2 },
    ],
    'send-message': [
      { room: t.room, body: { text: 'hi' } },
      { room: t.room, body: { nested: { list: [1, 'two', null] } } },
      { room: t.directRoom, body: { text: 'psst' } },
    ],
    'set-activity': [
      { state: 'online' },
      { state: 'playing', game: { id: 'mindustry', name: 'Mindustry' } },
      { state: 'busy', status: 'in a meeting' },
    ],
    'subscribe-db': [{ repo: t.repo }, { repo: t.repo, since: 0 }, { repo: UNREADABLE_REPO }],
    'unfollow-users': [{ userIds: [t.peerId] }, { usernames: [t.peerName] }],
    'unsubscribe-db': [{ repo: t.repo }],
    'view-room': [{ room: t.room }, { room: t.directRoom }],
    'room-stats': [{ room: t.room }, { room: t.directRoom }],
    'server-time': [{}],
    'details-view': [{}],
    file: [{ path: 'index.html' }, { path: '../etc/passwd' }],
    'notify-user': [{ userId: t.peerId, subject: 'fuzz', content: {}, code: 1, persistent: false }],
  };
}

type EnvelopeRequest = Parameters<RawOperationHandlers[keyof RawOperationHandlers]>[0];

/**
 * Valid envelopes of every /ws request type, without `sid` and `token` (a connection's own, filled in when
 * sent): a new type in the spec fails to compile until it has some.
 */
export type EnvelopeSeeds = {
  [T in EnvelopeRequest['type']]: Omit<Extract<EnvelopeRequest, { type: T }>, 'sid' | 'token'>[];
};

export function envelopeSeeds(t: FuzzTargets): EnvelopeSeeds {
  return {
    echo: [{ type: 'echo', data: 'hello' }],
    auth: [
      { type: 'auth', data: t.sessionToken },
      { type: 'auth', data: 'not a session token' },
    ],
    join: [
      { type: 'join', data: t.room },
      { type: 'join', data: `db-${t.repo}` },
      { type: 'join', data: `db-${UNREADABLE_REPO}` },
      { type: 'join', data: t.directRoom },
    ],
    leave: [
      { type: 'leave', data: t.room },
      { type: 'leave', data: `db-${t.repo}` },
    ],
    action: [
      { type: 'action', channel: 'server-time', id: '1', data: {} },
      { type: 'action', channel: 'room-stats', id: 'stats', data: { room: t.room } },
      { type: 'action', channel: 'details-view', id: 'd' },
    ],
    chan_in: [
      { type: 'chan_in', data: 'hello', channel: t.room },
      { type: 'chan_in', data: 'psst', channel: t.directRoom },
    ],
    presence: [
      { type: 'presence', data: t.room },
      { type: 'presence', data: t.directRoom },
    ],
  };
}
