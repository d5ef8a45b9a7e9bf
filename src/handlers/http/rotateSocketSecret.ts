import type { HttpOperationHandlers } from '../../../generated/http.js';
import { socketCookie } from '../../core/auth/socket-cookie.js';

export const rotateSocketSecret: HttpOperationHandlers['rotateSocketSecret'] = async (_request, ctx) => {
  const socketSecret = await ctx.services.users.rotateSocketSecret(ctx.session);
  const expiresAt = new Date(ctx.session.expiresAt).toISOString();
  return {
    status: 200,
    body: { socketSecret },
    headers: { 'Set-Cookie': socketCookie(socketSecret, expiresAt, ctx.request.secure) },
  };
};
