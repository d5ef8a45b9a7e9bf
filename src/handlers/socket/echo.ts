import type { SocketOperationHandlers } from '../../../generated/socketio.js';

/** StaticBackend's echo: answers the text prefixed with `echo: `. */
export const echo: SocketOperationHandlers['echo'] = (payload) => ({ data: `echo: ${payload.data}` });
