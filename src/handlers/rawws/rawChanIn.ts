import type { RawOperationHandlers } from '../../../generated/envelope.js';

/** The data string is stored as the body `{ data }`, which Socket.IO members receive as is. */
export const rawChanIn: RawOperationHandlers['rawChanIn'] = async (message, ctx) => {
  const receipt = await ctx.services.messages.send(ctx.connection.identity(), {
    room: message.channel,
    body: { data: message.data },
  });
  return {
    sid: ctx.connection.sid,
    type: 'ok',
    data: JSON.stringify({ id: receipt.id, seq: receipt.seq }),
    channel: message.channel,
  };
};
