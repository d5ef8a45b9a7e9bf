// What ioredis rejects a command with when Redis cannot be reached, as opposed to an error Redis itself
// answered (a script's fault, a wrong type): plain Errors, told apart only by name or message. Our
// clients queue nothing while disconnected and resend nothing (redis.ts), so each of these reaches the
// caller at once. Socket error codes (ECONNRESET…) are left to the database's check: ioredis reports
// those on its 'error' event, not on a command, and the driver that does is PostgreSQL's.
const UNREACHABLE_MESSAGES = [
  // Disconnected, with no offline queue.
  "Stream isn't writeable",
  // Closed while the command was under way, or after quit.
  'Connection is closed.',
  // No answer within commandTimeout: a Redis that hangs with its sockets open.
  'Command timed out',
];

/** True when a Redis command failed because the cluster's Redis is out of reach, not because of the command. */
export function isRedisUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  // Rejected when the connection closed and the command may not be retried (maxRetriesPerRequest: 0).
  if (err.name === 'MaxRetriesPerRequestError') return true;
  // Redis's own refusals while it loads its data or is read-only (a replica mid-failover).
  if (err.name === 'ReplyError') return /^(LOADING|READONLY|MASTERDOWN|CLUSTERDOWN)\b/.test(err.message);
  return UNREACHABLE_MESSAGES.some((message) => err.message.startsWith(message));
}
