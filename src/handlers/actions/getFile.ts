import type { ActionHandlers } from '../../../generated/socketio.js';

/** actionhero's `file` verb: a file of PUBLIC_DIR, read by core/files (which refuses leaving the folder). */
export const getFile: ActionHandlers['getFile'] = (payload, ctx) =>
  ctx.services.files.read(payload.path, ctx.signal);
