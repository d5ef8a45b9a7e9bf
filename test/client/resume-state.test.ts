import assert from 'node:assert/strict';
import type { ChatMessage, DbChange, RoomInfo } from '../../clients/js/src/index.js';
import { ResumeState } from '../../clients/js/src/resume-state.js';

function room(id: string, lastSeq: number, persistent = true): RoomInfo {
  return {
    id,
    kind: 'public',
    hidden: false,
    persistent,
    lastSeq,
    memberCount: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

function message(roomId: string, seq: number): ChatMessage {
  return {
    room: roomId,
    id: `m${seq}`,
    seq,
    author: { userId: 'u', username: 'u' },
    body: { seq },
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

function change(repo: string, position: number): DbChange {
  return {
    type: 'created',
    repo,
    position,
    id: `d${position}`,
    ownerId: 'u',
    accountId: 'a',
    at: '2026-01-01T00:00:00.000Z',
  };
}

describe('client package: the duplicate filter of reconnection', () => {
  it('passes each message of a stored room once, and every message of an ephemeral one', () => {
    const state = new ResumeState();
    state.joined(room('stored', 3));
    state.joined(room('relay', 0, false));
    assert.deepEqual(
      [3, 4, 4, 5, 2].map((seq) => state.acceptMessage(message('stored', seq))),
      [false, true, false, true, false],
    );
    assert.equal(state.rooms.get('stored')?.lastSeq, 5);
    assert.deepEqual(
      [1, 1].map((seq) => state.acceptMessage(message('relay', seq))),
      [true, true],
    );
  });

  it('keeps a message delivered before its join was acknowledged from being replayed', () => {
    const state = new ResumeState();
    assert.equal(state.acceptMessage(message('early', 8)), true);
    // The join's reply says 7: the room's head when it was joined, before message 8 arrived.
    state.joined(room('early', 7));
    assert.equal(state.rooms.get('early')?.lastSeq, 8);
  });

  it('advances past its own sent message only when nothing of others lies before it', () => {
    const state = new ResumeState();
    state.joined(room('r', 4));
    state.sent('r', 5);
    assert.equal(state.rooms.get('r')?.lastSeq, 5);
    state.sent('r', 7);
    assert.equal(state.rooms.get('r')?.lastSeq, 5, 'message 6 of another user is still to come');
  });

  it('passes each change of a subscribed repository once, by position', () => {
    const state = new ResumeState();
    state.subscribed('notes', 10);
    assert.deepEqual(
      [10, 11, 11, 12, 9].map((p) => state.acceptChange(change('notes', p))),
      [false, true, false, true, false],
    );
    state.unsubscribed('notes');
    assert.equal(state.acceptChange(change('notes', 1)), true);
  });

  it('passes messages and changes that arrive out of order (two processes of a cluster) once each', () => {
    const state = new ResumeState();
    state.joined(room('r', 4));
    assert.deepEqual(
      [6, 5, 6, 7, 5, 4].map((seq) => state.acceptMessage(message('r', seq))),
      [true, true, false, true, false, false],
    );
    assert.equal(state.rooms.get('r')?.lastSeq, 7);
    // A gap stays the room's last until it fills, so a new connection asks for it.
    state.acceptMessage(message('r', 9));
    assert.equal(state.rooms.get('r')?.lastSeq, 7);
    state.subscribed('notes', 10);
    assert.deepEqual(
      [13, 11, 13, 12, 10].map((p) => state.acceptChange(change('notes', p))),
      [true, true, false, true, false],
    );
  });

  it('forgets rooms left and follows undone', () => {
    const state = new ResumeState();
    state.joined(room('r', 0));
    state.left('r');
    assert.equal(state.rooms.size, 0);
    state.followed({ userIds: ['a', 'b'], usernames: ['ada'] });
    state.unfollowed({ userIds: ['a'] });
    assert.deepEqual([...state.followedIds], ['b']);
    assert.deepEqual([...state.followedNames], ['ada']);
  });
});
