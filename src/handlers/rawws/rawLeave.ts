import type { RawOperationHandlers } from '../../../generated/envelope.js';
import { dbRepo } from './channels.js';

/** A chat room leaves as leave-room; `db-<repo>` unsubscribes. */
export const rawLeave: RawOperationHandlers['rawLeave'] = async (message, ctx) => {
  const connection = ctx.connection.identity();
  const repo = dbRepo(message.data);
  if (repo) ctx.services.documents.unsubscribe(connection, repo);
  else await ctx.services.rooms.leave(connection, { room: message.data });
  return { sid: ctx.connection.sid, type: 'left', data: message.data };
};
