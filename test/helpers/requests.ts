import assert from 'node:assert/strict';
import type { ErrorReply } from '../../generated/types.js';
import { type Connected, emitRaw } from './socket.js';

/** Sends a Socket.IO request and resolves its acknowledgement, whatever it is. */
export async function ask<T>(client: Connected, event: string, payload: unknown): Promise<T> {
  return (await emitRaw(client.socket, event, payload)) as T;
}

/** Asks and expects success: fails the test with the error otherwise. */
export async function ok<T>(client: Connected, event: string, payload: unknown): Promise<T> {
  const reply = await ask<T | ErrorReply>(client, event, payload);
  if (reply && typeof reply === 'object' && 'error' in reply)
    assert.fail(`${event} ${JSON.stringify(payload)}: ${JSON.stringify(reply.error)}`);
  return reply as T;
}

/** Asks and expects a refusal: resolves the error, or fails the test with the reply. */
export async function refused(
  client: Connected,
  event: string,
  payload: unknown,
): Promise<ErrorReply['error']> {
  const reply = await ask<ErrorReply>(client, event, payload);
  assert.ok(
    reply && typeof reply === 'object' && 'error' in reply,
    `${event} ${JSON.stringify(payload)} was accepted: ${JSON.stringify(reply)}`,
  );
  return reply.error;
}

/** Asks and expects a refusal with this code. */
export async function refusedWith(
  client: Connected,
  event: string,
  payload: unknown,
  code: string,
): Promise<void> {
  const error = await refused(client, event, payload);
  assert.equal(error.code, code, `${event}: ${JSON.stringify(error)}`);
}

/** A connection as parties and matches name their members. */
export const presenceOf = (c: Connected): { userId: string; connectionId: string; username: string } => ({
  userId: c.welcome.userId,
  connectionId: c.welcome.connectionId,
  username: c.welcome.username,
});
