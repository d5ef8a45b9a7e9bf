/** What clients see of rooms and messages, and who hears a room: shared by rooms and messages. */
import type { Author, ChatMessage, RoomInfo } from '../../../generated/types.js';
import type { MessageRow } from '../../store/messages.js';
import type { RoomRow, RoomState } from '../../store/rooms.js';
import { topic } from '../fanout/topics.js';
import type { ChatConnection } from './joined-rooms.js';

export const iso = (ms: number) => new Date(ms).toISOString();

export function roomInfo(room: RoomState): RoomInfo {
  const info: RoomInfo = {
    id: room.id,
    kind: room.kind,
    hidden: room.hidden,
    persistent: room.persistent,
    lastSeq: room.lastSeq,
    memberCount: room.memberCount,
    createdAt: iso(room.createdAt),
  };
  if (room.ownerId) info.ownerId = room.ownerId;
  return info;
}

export function chatMessage(row: MessageRow): ChatMessage {
  const message: ChatMessage = {
    room: row.roomId,
    id: row.id,
    seq: row.seq,
    author: { userId: row.authorId, username: row.authorName },
    createdAt: iso(row.createdAt),
  };
  if (row.body !== undefined) message.body = JSON.parse(row.body) as Record<string, unknown>;
  if (row.editedAt !== undefined) message.editedAt = iso(row.editedAt);
  if (row.deletedAt !== undefined) message.deletedAt = iso(row.deletedAt);
  return message;
}

export const author = (c: ChatConnection): Author => ({ userId: c.userId, username: c.username });

/** Direct rooms reach every connection of both users; other rooms, the connections that joined them. */
export function audienceOf(room: RoomRow): string[] {
  if (room.kind === 'direct') return room.id.split(':').slice(1).map(topic.user);
  return [topic.room(room.id)];
}
