import { randomUUID } from 'node:crypto';
import type {
  EditMessageRequest,
  HistoryPage,
  HistoryRequest,
  MessageReceipt,
  MessageRef,
  SendMessageRequest,
} from '../../../generated/types.js';
import type { MessageStore, NewMessage, StoredMessage } from '../../store/messages.js';
import type { RoomRow } from '../../store/rooms.js';
import { ApiError } from '../errors.js';
import type { Bus } from '../fanout/bus.js';
import type { GroupCommit } from '../group-commit.js';
import { type AsyncRateLimiter, takeOrRefuseAsync } from '../limits/async-rate-limiter.js';
import { audienceOf, author, chatMessage, iso } from './chat-views.js';
import type { ChatConnection } from './joined-rooms.js';
import type { Membership } from './membership.js';
import type { RoomDirectory } from './room-directory.js';
import { refuseDbChannel } from './rooms.js';

export interface MessageOptions {
  /** A message body's serialized size at most. */
  maxMessageBytes: number;
  /** send-message per user, whatever their connections: a reconnect does not refill it. */
  messageLimiter: AsyncRateLimiter;
  now?: () => number;
}

const DEFAULT_PAGE = 50;

/**
 * Messages in rooms: sent to members after they are committed (persistent rooms) or at once
 * (ephemeral rooms), edited and deleted by their authors, read back as ordered history.
 */
export class MessageService {
  private readonly now: () => number;

  constructor(
    private readonly directory: RoomDirectory,
    private readonly membership: Membership,
    private readonly store: MessageStore,
    private readonly writer: GroupCommit<NewMessage, StoredMessage>,
    private readonly bus: Bus,
    private readonly options: MessageOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  private serialize(body: Record<string, unknown>): string {
    const text = JSON.stringify(body);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > this.options.maxMessageBytes) {
      throw new ApiError(
        'PAYLOAD_TOO_LARGE',
        `the body is ${bytes} bytes; MAX_MESSAGE_BYTES is ${this.options.maxMessageBytes}`,
        'body',
      );
    }
    return text;
  }

  async send(connection: ChatConnection, request: SendMessageRequest): Promise<MessageReceipt> {
    refuseDbChannel(request.room, 'send to');
    await takeOrRefuseAsync(
      this.options.messageLimiter,
      connection.userId,
      'too many messages by this user (MESSAGE_RATE_LIMIT)',
      '',
    );
    const body = this.serialize(request.body);
    const room = await this.directory.requireRoom(request.room);
    await this.membership.require(connection, room, 'send messages to it (join it first)');
    const stored: StoredMessage = room.persistent
      ? await this.writer.submit({
          roomId: room.id,
          id: randomUUID(),
          authorId: connection.userId,
          body,
          createdAt: this.now(),
          idempotencyKey: request.idempotencyKey,
        })
      : {
          id: randomUUID(),
          seq: await this.directory.sequences.next(room.id),
          createdAt: this.now(),
          duplicate: false,
        };
    const receipt: MessageReceipt = {
      room: room.id,
      id: stored.id,
      seq: stored.seq,
      createdAt: iso(stored.createdAt),
    };
    // A resend of a message stored before: its first receipt, and no second delivery.
    if (stored.duplicate) return { ...receipt, duplicate: true };
    this.bus.publish(
      audienceOf(room),
      'message',
      { ...receipt, author: author(connection), body: request.body },
      connection.id,
    );
    return receipt;
  }

  /** A stored message of the caller's in a persistent room they are a member of. */
  private async ownMessage(connection: ChatConnection, ref: MessageRef, action: string): Promise<RoomRow> {
    const room = await this.directory.requireRoom(ref.room);
    await this.membership.require(connection, room, action);
    if (!room.persistent)
      throw new ApiError('NOT_FOUND', `${room.id} is ephemeral: it keeps no messages`, 'id');
    const message = await this.store.get(room.id, ref.id);
    if (!message || message.deletedAt !== undefined)
      throw new ApiError('NOT_FOUND', 'no such message in this room', 'id');
    if (message.authorId !== connection.userId)
      throw new ApiError('FORBIDDEN', `only its author may ${action}`, 'id');
    return room;
  }

  private async announce(
    connection: ChatConnection,
    room: RoomRow,
    id: string,
    event: 'message-edited' | 'message-deleted',
  ): Promise<MessageReceipt> {
    const row = await this.store.get(room.id, id);
    if (!row) throw new ApiError('NOT_FOUND', 'no such message in this room', 'id');
    const message = chatMessage(row);
    this.bus.publish(audienceOf(room), event, message, connection.id);
    const receipt: MessageReceipt = { room: room.id, id, seq: message.seq, createdAt: message.createdAt };
    if (message.editedAt) receipt.editedAt = message.editedAt;
    if (message.deletedAt) receipt.deletedAt = message.deletedAt;
    return receipt;
  }

  async edit(connection: ChatConnection, request: EditMessageRequest): Promise<MessageReceipt> {
    const body = this.serialize(request.body);
    const room = await this.ownMessage(connection, request, 'edit it');
    if (!(await this.store.edit(room.id, request.id, body, this.now())))
      throw new ApiError('NOT_FOUND', 'no such message in this room', 'id');
    return this.announce(connection, room, request.id, 'message-edited');
  }

  async delete(connection: ChatConnection, request: MessageRef): Promise<MessageReceipt> {
    const room = await this.ownMessage(connection, request, 'delete it');
    if (!(await this.store.delete(room.id, request.id, this.now())))
      throw new ApiError('NOT_FOUND', 'no such message in this room', 'id');
    return this.announce(connection, room, request.id, 'message-deleted');
  }

  /** A page of history: public rooms for anyone signed in, others for members. */
  async history(reader: { id?: string; userId: string }, request: HistoryRequest): Promise<HistoryPage> {
    if (request.before !== undefined && request.after !== undefined)
      throw new ApiError('BAD_INPUT', 'give before or after, not both', 'after');
    const room = await this.directory.room(request.room);
    if (!room) throw new ApiError('NOT_FOUND', `no room is named ${request.room}`, 'room');
    if (room.kind !== 'public' && !(await this.membership.isMember(reader, room))) {
      throw new ApiError('FORBIDDEN', `only members of ${room.id} may read its history`, 'room');
    }
    if (!room.persistent) return { messages: [], hasMore: false };
    const cursor: { before?: number; after?: number; limit: number } = {
      limit: request.limit ?? DEFAULT_PAGE,
    };
    if (request.before !== undefined) cursor.before = request.before;
    if (request.after !== undefined) cursor.after = request.after;
    const page = await this.store.page(room.id, cursor);
    return { messages: page.rows.map(chatMessage), hasMore: page.hasMore };
  }

  /** Resolves once every message accepted so far is committed. */
  idle(): Promise<void> {
    return this.writer.idle();
  }
}
