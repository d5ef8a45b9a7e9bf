import type { ActionHandlers } from '../../../generated/socketio.js';

/** The server's clock, read as the action runs, and how long this process has run. */
export const serverTime: ActionHandlers['serverTime'] = () => {
  const epochMs = Date.now();
  return { now: new Date(epochMs).toISOString(), epochMs, uptimeSeconds: process.uptime() };
};
