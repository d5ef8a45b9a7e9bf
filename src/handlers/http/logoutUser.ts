import type { HttpOperationHandlers } from '../../../generated/http.js';
import { clearedSocketCookie } from '../../core/auth/socket-cookie.js';

export const logoutUser: HttpOperationHandlers['logoutUser'] = async (_request, ctx) => {
  await ctx.services.users.logout(ctx.session.sessionId);
  return { status: 204, headers: { 'Set-Cookie': clearedSocketCookie(ctx.request.secure) } };
};
