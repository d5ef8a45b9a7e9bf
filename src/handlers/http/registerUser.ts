import type { HttpOperationHandlers } from '../../../generated/http.js';
import { newSessionCookie } from '../../core/auth/socket-cookie.js';

export const registerUser: HttpOperationHandlers['registerUser'] = async ({ body }, ctx) => {
  const session = await ctx.services.users.register(body.username, body.password, ctx.request.ip);
  return {
    status: 201,
    body: session,
    headers: { 'Set-Cookie': newSessionCookie(session, ctx.request.secure) },
  };
};
