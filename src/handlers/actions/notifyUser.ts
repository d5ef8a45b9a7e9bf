import type { ActionHandlers } from '../../../generated/socketio.js';

/** A user notifies another (Nakama's notifications, sent by an action rather than by server code). */
export const notifyUser: ActionHandlers['notifyUser'] = (payload, ctx) =>
  ctx.services.notifications.fromUser(ctx.caller.userId, payload);
