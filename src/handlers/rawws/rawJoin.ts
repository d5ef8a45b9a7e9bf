import type { RawOperationHandlers } from '../../../generated/envelope.js';
import { dbRepo } from './channels.js';

/** A chat room joins as join-room; `db-<repo>` subscribes to the repository as subscribe-db. */
export const rawJoin: RawOperationHandlers['rawJoin'] = async (message, ctx) => {
  const connection = ctx.connection.identity();
  const repo = dbRepo(message.data);
  if (repo) await ctx.services.documents.subscribe(connection, { repo });
  else await ctx.services.rooms.join(connection, { room: message.data });
  return { sid: ctx.connection.sid, type: 'joined', data: message.data };
};
