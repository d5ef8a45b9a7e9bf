import type { RawOperationHandlers } from '../../../generated/envelope.js';
import { ApiError } from '../../core/errors.js';
import { callAction } from '../../transports/action-call.js';

/**
 * An action over `/ws`: `channel` names it, `data` holds its parameters, `id` comes back with the answer.
 * Its parameters go through the action's own validator, and a field at fault is named `data.<field>`,
 * where the envelope carries it.
 */
export const rawAction: RawOperationHandlers['rawAction'] = async (message, ctx) => {
  const op = ctx.services.actions.get(message.channel);
  if (!op) throw new ApiError('NOT_FOUND', `no action named ${message.channel.slice(0, 64)}`, 'channel');
  const caller = ctx.connection.caller();
  const reply = (await callAction(op, message.data ?? {}, 'data', caller, ctx)) as Record<string, unknown>;
  return { sid: ctx.connection.sid, type: 'result', channel: op.event, id: message.id, data: reply };
};
