import type { MessageReceipt, RoomInfo } from '../../generated/types.js';
import { connect, emitRaw } from '../helpers/socket.js';
import type { FuzzTargets } from './seeds.js';

/** The fuzzing user as far as preparing targets goes. */
export interface FuzzUser {
  id: string;
  sessionToken: string;
  socketSecret: string;
}

/**
 * Makes what the valid payloads refer to exist: a public room the user is in (with a message of theirs),
 * a private room they own, their direct room with the peer, and a document in a repository.
 */
export async function prepareTargets(
  url: string,
  user: FuzzUser,
  peer: { id: string; username: string },
): Promise<FuzzTargets> {
  const { socket } = await connect({ url }, { secret: user.socketSecret });
  try {
    await emitRaw(socket, 'join-room', { room: 'fuzz-room' });
    await emitRaw(socket, 'create-room', { room: 'fuzz-mine', kind: 'private' });
    const sent = (await emitRaw(socket, 'send-message', {
      room: 'fuzz-room',
      body: { text: 'first' },
    })) as MessageReceipt;
    const direct = (await emitRaw(socket, 'open-direct', { userId: peer.id })) as RoomInfo;
    const doc = await fetch(`${url}/api/db/fuzz_760_`, {
      method: 'POST',
      headers: { authorization: `Bearer ${user.sessionToken}`, 'content-type': 'application/json' },
      body: '{"n":1}',
    });
    if (doc.status !== 201) throw new Error(`creating a document: ${doc.status} ${await doc.text()}`);
    return {
      room: 'fuzz-room',
      privateRoom: 'fuzz-mine',
      repo: 'fuzz_760_',
      directRoom: direct.id,
      messageId: sent.id,
      selfId: user.id,
      peerId: peer.id,
      peerName: peer.username,
      sessionToken: user.sessionToken,
    };
  } finally {
    socket.close();
  }
}
