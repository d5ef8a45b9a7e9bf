import type { RawOperationHandlers } from '../../../generated/envelope.js';

/** StaticBackend's echo: needs no authentication. */
export const rawEcho: RawOperationHandlers['rawEcho'] = (message, ctx) => ({
  sid: ctx.connection.sid,
  type: 'echo',
  data: `echo: ${message.data}`,
});
