import type { HttpOperationHandlers } from '../../../generated/http.js';
import { ApiError } from '../../core/errors.js';

export const getUserProfile: HttpOperationHandlers['getUserProfile'] = async ({ path }, ctx) => {
  const { presence, users } = ctx.services;
  const user = await users.publicUser(path.userId);
  if (!user) throw new ApiError('NOT_FOUND', 'no user has this id', 'userId');
  const profile = {
    id: user.id,
    username: user.username,
    createdAt: new Date(user.createdAt).toISOString(),
    activity: await presence.activityOf(user),
  };
  // Last-seen times are presence data: not shown while activities are switched off.
  const lastSeenAt =
    presence.disabled || user.lastSeenAt === undefined ? undefined : new Date(user.lastSeenAt).toISOString();
  return { status: 200, body: lastSeenAt ? { ...profile, lastSeenAt } : profile };
};
