import { randomUUID } from 'node:crypto';
import type { Notification, NotificationList } from '../../../generated/types.js';
import type { NotificationRow, NotificationStore } from '../../store/notifications.js';
import { ApiError } from '../errors.js';
import type { Bus } from '../fanout/bus.js';
import { topic } from '../fanout/topics.js';
import { type AsyncRateLimiter, takeOrRefuseAsync } from '../limits/async-rate-limiter.js';

/** The codes of the server's own notifications: negative, as Nakama reserves them (spec: NotificationCode). */
export const SystemCode = {
  roomInvitation: -2,
  addedToAccount: -3,
  partyJoinRequest: -4,
} as const;

/** What is sent: the same to every recipient. */
export interface NotificationInput {
  subject: string;
  content: Record<string, unknown>;
  code: number;
  /** Stored, listed, and delivered on the next connect when the recipient has none open; else live only. */
  persistent: boolean;
}

export interface NotificationOptions {
  /** Stored notifications per user (MAX_NOTIFICATIONS_PER_USER): past it the oldest are dropped. */
  maxPerUser: number;
  /** Open connections of a user across the cluster: whether a live notification reached them. */
  openConnections: (userId: string) => Promise<number>;
  /** Notifications a user sends others (the `notify-user` action), per minute (NOTIFY_RATE_LIMIT). */
  userLimiter: AsyncRateLimiter;
  /** Whether a user exists: a user may only notify one who does. */
  userExists: (userId: string) => Promise<boolean>;
  now?: () => number;
}

// The spec's bounds (spec/common/notifications.yaml): checked here too, since senders are server code.
const MAX_SUBJECT = 255;
const MAX_CONTENT_BYTES = 4096;
const MAX_CONTENT_KEYS = 64;
const MIN_CODE = -1000;
const MAX_CODE = 1_000_000;
const MAX_PAGE = 100;
const DEFAULT_PAGE = 50;
// A cursor is a seq, base64url-encoded: opaque to clients, and checked back to a plain number.
const CURSOR_SEQ = /^[1-9][0-9]{0,15}$/;

const encodeCursor = (seq: number) => Buffer.from(String(seq)).toString('base64url');

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!CURSOR_SEQ.test(text) || encodeCursor(Number(text)) !== cursor)
    throw new ApiError(
      'BAD_INPUT',
      'not a cursor this server gave: pass back a page’s cursor as is',
      'cursor',
    );
  return Number(text);
}

function toNotification(row: NotificationRow, persistent: boolean): Notification {
  return {
    id: row.id,
    subject: row.subject,
    content: row.content,
    code: row.code,
    senderId: row.senderId,
    createTime: new Date(row.createdAt).toISOString(),
    persistent,
  };
}

function check(input: NotificationInput): void {
  if (input.subject.length < 1 || input.subject.length > MAX_SUBJECT)
    throw new ApiError('BAD_INPUT', `a subject has 1 to ${MAX_SUBJECT} characters`, 'subject');
  if (!Number.isInteger(input.code) || input.code < MIN_CODE || input.code > MAX_CODE)
    throw new ApiError('BAD_INPUT', `a code is an integer from ${MIN_CODE} to ${MAX_CODE}`, 'code');
  const content = input.content as unknown;
  if (typeof content !== 'object' || content === null || Array.isArray(content))
    throw new ApiError('BAD_INPUT', 'content is a JSON object', 'content');
  if (Object.keys(input.content).length > MAX_CONTENT_KEYS)
    throw new ApiError('BAD_INPUT', `content has at most ${MAX_CONTENT_KEYS} keys`, 'content');
  if (Buffer.byteLength(JSON.stringify(input.content)) > MAX_CONTENT_BYTES)
    throw new ApiError(
      'PAYLOAD_TOO_LARGE',
      `content is at most ${MAX_CONTENT_BYTES} bytes as JSON`,
      'content',
    );
}

/**
 * Notifications (Nakama's): sent to users by the server's own events (and, later, by actions), live to
 * every connection of each recipient through their user topic; persistent ones are stored, listed and
 * deleted by their recipient, and those no connection heard are delivered on the recipient's next connect.
 */
export class NotificationService {
  private readonly now: () => number;

  constructor(
    private readonly store: NotificationStore,
    private readonly bus: Bus,
    private readonly options: NotificationOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /**
   * A user notifies another (the `notify-user` action): an application code (positive), counted against
   * the sender's NOTIFY_RATE_LIMIT before anything is stored, to a user who exists.
   */
  async fromUser(
    senderId: string,
    request: {
      userId: string;
      subject: string;
      content: Record<string, unknown>;
      code: number;
      persistent?: boolean;
    },
  ): Promise<Notification> {
    if (!Number.isInteger(request.code) || request.code < 1)
      throw new ApiError('BAD_INPUT', 'code: a user sends application codes (1 and up)', 'code');
    await takeOrRefuseAsync(
      this.options.userLimiter,
      senderId,
      'too many notifications sent by this user (NOTIFY_RATE_LIMIT)',
      '',
    );
    if (!(await this.options.userExists(request.userId)))
      throw new ApiError('NOT_FOUND', 'no user has this id', 'userId');
    const [sent] = await this.send(
      [request.userId],
      {
        subject: request.subject,
        content: request.content,
        code: request.code,
        persistent: request.persistent !== false,
      },
      senderId,
    );
    if (!sent) throw new ApiError('NOT_FOUND', 'no user has this id', 'userId');
    return sent;
  }

  /**
   * Sends one notification to each recipient (the same subject, content and code; an id of its own
   * each). `senderId` is the user who caused it, null for the server. Recipients are existing users'
   * ids; repeats are sent once. Resolves what each recipient got.
   *
   * A persistent one is stored before it is published, and marked delivered only when the recipient
   * had a connection open once it was published; otherwise their next connection claims it (`claim`).
   */
  async send(
    recipientIds: readonly string[],
    input: NotificationInput,
    senderId: string | null = null,
  ): Promise<Notification[]> {
    check(input);
    const createdAt = this.now();
    const rows: NotificationRow[] = [...new Set(recipientIds)].map((userId) => ({
      seq: 0,
      id: randomUUID(),
      userId,
      subject: input.subject,
      content: input.content,
      code: input.code,
      senderId,
      createdAt,
      deliveredAt: undefined,
    }));
    if (input.persistent) await this.store.add(rows, this.options.maxPerUser);
    for (const row of rows)
      this.bus.publish([topic.user(row.userId)], 'notifications', {
        notifications: [toNotification(row, input.persistent)],
      });
    if (input.persistent) {
      const counts = await Promise.all(rows.map((r) => this.options.openConnections(r.userId)));
      await this.store.delivered(
        rows.filter((_, i) => (counts[i] ?? 0) > 0).map((r) => r.id),
        this.now(),
      );
    }
    return rows.map((r) => toNotification(r, input.persistent));
  }

  /** A page of the user's stored notifications, newest first; `cursor` when older ones follow. */
  async list(userId: string, page: { limit?: number; cursor?: string }): Promise<NotificationList> {
    const limit = page.limit ?? DEFAULT_PAGE;
    const before = page.cursor === undefined ? undefined : decodeCursor(page.cursor);
    const rows = await this.store.page(userId, before, limit + 1);
    const shown = rows.slice(0, limit);
    const last = shown.at(-1);
    const notifications = shown.map((r) => toNotification(r, true));
    return rows.length > limit && last
      ? { notifications, cursor: encodeCursor(last.seq) }
      : { notifications };
  }

  /** Deletes those of `ids` that are the user's own; resolves which. Others' and unknown ids are alike ignored. */
  async delete(userId: string, ids: readonly string[]): Promise<string[]> {
    return this.store.delete(userId, ids);
  }

  /** Deletes one of the user's own; NOT_FOUND for any other id, the user's or not. */
  async deleteOne(userId: string, id: string): Promise<void> {
    if ((await this.delete(userId, [id])).length === 0)
      throw new ApiError('NOT_FOUND', 'you have no notification with this id', 'id');
  }

  /**
   * What a connection of this user, opening since `since` (before it was counted as open), is owed once
   * it hears its user topic: the stored notifications no connection heard, newest first (at most 100;
   * all are marked delivered). Called after the connection subscribed, so that nothing sent meanwhile
   * falls between the two.
   */
  async claim(userId: string, since: number): Promise<Notification[]> {
    const rows = await this.store.claim(userId, since, this.now(), MAX_PAGE);
    return rows.map((r) => toNotification(r, true));
  }
}
