import { createHash } from 'node:crypto';

/** One subscription of a stream: a room (positions are its `seq`) or a repository (its change positions). */
export interface Subscription {
  kind: 'room' | 'repo';
  name: string;
  /** Its place among the query's parameters of its kind (the first `room=` is 0), for error fields. */
  param: number;
}

// The format's version: an id of another version is unreadable, and the stream starts afresh.
const VERSION = '1';
const MAX_POSITION = Number.MAX_SAFE_INTEGER;
const BASE36 = /^[0-9a-z]{1,11}$/;

/** Says which subscriptions an id was made for: 8 base64url characters of a SHA-256 of their list. */
export function subscriptionsTag(subscriptions: readonly Subscription[]): string {
  const list = subscriptions.map((s) => `${s.kind}:${s.name}`).join('\n');
  return createHash('sha256').update(list).digest('base64url').slice(0, 8);
}

/**
 * A stream event's id: `1.<tag>.<position>.<position>…`, one base36 position per subscription, in the
 * stream's order (rooms then repositories, as the query lists them). Every id carries every position, so
 * the last one a client saw is enough to resume them all; its size is bounded by the number of
 * subscriptions (about 12 characters each). The tag ties it to its subscriptions: the same positions
 * mean nothing for another list.
 */
export function encodeEventId(tag: string, positions: readonly number[]): string {
  return [VERSION, tag, ...positions.map((p) => p.toString(36))].join('.');
}

export type DecodedId =
  | { ok: true; positions: number[] }
  | { ok: false; reason: 'unreadable-id' | 'other-subscriptions' };

/** Reads a Last-Event-ID for these subscriptions; anything else is said, never thrown. */
export function decodeEventId(id: string, tag: string, count: number): DecodedId {
  const parts = id.split('.');
  if (parts.length < 2 || parts[0] !== VERSION) return { ok: false, reason: 'unreadable-id' };
  if (parts[1] !== tag) return { ok: false, reason: 'other-subscriptions' };
  if (parts.length !== count + 2) return { ok: false, reason: 'unreadable-id' };
  const positions: number[] = [];
  for (const part of parts.slice(2)) {
    if (!BASE36.test(part)) return { ok: false, reason: 'unreadable-id' };
    const position = Number.parseInt(part, 36);
    if (!Number.isSafeInteger(position) || position > MAX_POSITION)
      return { ok: false, reason: 'unreadable-id' };
    positions.push(position);
  }
  return { ok: true, positions };
}
