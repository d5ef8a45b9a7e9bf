import type { ActionOperation } from '../../generated/socketio.js';
import { ApiError, INTERNAL_ERROR } from '../core/errors.js';
import type { ActionCaller, HandlerContext } from '../handlers/context.js';
import { badInput, conformsToSpec } from './validation.js';
import { inWireTerms } from './wire-fields.js';

/**
 * An action called by name (`/ws`, HTTP): the parameters through the action's own validator, the run
 * through the shared runner, and the answer held to the action's spec as Socket.IO's acknowledgement is.
 * `where` is the field that carries the parameters (`data` in an envelope): a field at fault is named
 * inside it (`data.room`); empty when the transport names fields itself (HTTP puts them in `body.`). An error code the action does not declare is the server's
 * fault, answered INTERNAL, so a client of any transport only ever sees the action's documented codes.
 */
export async function callAction(
  op: ActionOperation,
  params: unknown,
  where: string,
  caller: ActionCaller,
  ctx: HandlerContext,
): Promise<unknown> {
  if (!op.validatePayload(params)) throw badInput(op.validatePayload.errors, where);
  let reply: unknown;
  try {
    const run = () => ctx.services.actions.run(op, params, caller, ctx);
    reply = where ? await inWireTerms((argument) => `${where}.${argument}`, run) : await run();
  } catch (err) {
    if (err instanceof ApiError && !op.errorCodes.has(err.code)) {
      ctx.log.error(
        { action: op.event, code: err.code },
        'an action answered an error code it does not declare',
      );
      throw new ApiError(INTERNAL_ERROR.code, INTERNAL_ERROR.message);
    }
    throw err;
  }
  if (!conformsToSpec(op.validateReply, reply, `${op.event} reply`, ctx.log))
    throw new ApiError(INTERNAL_ERROR.code, INTERNAL_ERROR.message);
  return reply;
}
