import type { HttpOperationHandlers } from '../../../generated/http.js';

/** The process answers: nothing else is checked (a failing liveness probe restarts the process). */
export const getLiveness: HttpOperationHandlers['getLiveness'] = async () => ({
  status: 200,
  body: { status: 'ok' },
});
