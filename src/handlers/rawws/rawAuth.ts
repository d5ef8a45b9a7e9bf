import type { RawOperationHandlers } from '../../../generated/envelope.js';
import { ApiError } from '../../core/errors.js';

/**
 * A session token in, a socket token out; a bad session token is StaticBackend's `invalid token`. A
 * connection gets one try: a refused `auth` closes it (once the error is out), so a client cannot make
 * the server look tokens up over and over on one connection (a new one spends CONNECT_RATE_LIMIT).
 */
export const rawAuth: RawOperationHandlers['rawAuth'] = async (message, ctx) => {
  try {
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
  } catch (err) {
    ctx.connection.authFailed();
    throw err;
  }
};
