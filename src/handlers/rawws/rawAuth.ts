import type { RawOperationHandlers } from '../../../generated/envelope.js';
import { ApiError } from '../../core/errors.js';

/** A session token in, a socket token out; a bad session token is StaticBackend's `invalid token`. */
export const rawAuth: RawOperationHandlers['rawAuth'] = async (message, ctx) => {
  let session: Awaited<ReturnType<typeof ctx.services.users.authenticate>>;
  try {
    session = await ctx.services.users.authenticate(message.data);
  } catch (err) {
    if (err instanceof ApiError && err.code === 'UNAUTHENTICATED')
      throw new ApiError('UNAUTHENTICATED', 'invalid token', 'data');
    throw err;
  }
  const token = await ctx.connection.authenticate(
    { userId: session.userId, username: session.username, accountId: session.accountId },
    // Opened with the token itself, not a socket secret: rotating the secret leaves it be.
    { sessionId: session.sessionId, expiresAt: session.expiresAt, generation: undefined },
  );
  return { sid: ctx.connection.sid, type: 'token', data: token };
};
