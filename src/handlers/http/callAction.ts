import type { HttpOperationHandlers } from '../../../generated/http.js';
import { ApiError } from '../../core/errors.js';
import { callAction as call } from '../../transports/action-call.js';

/** An action over HTTP: the body is its parameters, the session its caller (HTTP names `body.<field>`). */
export const callAction: HttpOperationHandlers['callAction'] = async (request, ctx) => {
  const op = ctx.services.actions.get(request.path.name);
  if (!op) throw new ApiError('NOT_FOUND', `no action named ${request.path.name}`, 'name');
  const { session } = ctx;
  const caller = {
    transport: 'http' as const,
    userId: session.userId,
    username: session.username,
    accountId: session.accountId,
    sessionId: session.sessionId,
  };
  const body = (await call(op, request.body ?? {}, '', caller, ctx)) as Record<string, unknown>;
  return { status: 200, body };
};
