import type { HttpOperationHandlers } from '../../../generated/http.js';
import { newSessionCookie } from '../../core/auth/socket-cookie.js';

export const loginUser: HttpOperationHandlers['loginUser'] = async ({ body }, ctx) => {
  const session = await ctx.services.users.login(body.username, body.password, ctx.request.ip);
  return {
    status: 200,
    body: session,
    headers: { 'Set-Cookie': newSessionCookie(session, ctx.request.secure) },
  };
};
