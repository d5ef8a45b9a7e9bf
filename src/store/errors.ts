// Driver error codes that mean "the database cannot be reached or cannot take writes right now",
// as opposed to a bug in a query: the client gets UNAVAILABLE (503) instead of INTERNAL.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EPIPE',
  // PostgreSQL: read-only transaction (a standby, mid-failover), admin shutdown, crash shutdown,
  // cannot connect now, too many connections.
  '25006',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  // SQLite: locked past busy_timeout, cannot open, I/O error, disk full, read-only.
  'SQLITE_BUSY',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_READONLY',
]);

/** True when an error says the database is unreachable or refusing work, not that a query is wrong. */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (err.name === 'KnexTimeoutError') return true;
  const code = (err as { code?: unknown }).code;
  // PostgreSQL's class 08 is "connection exception".
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08...$/.test(code))) return true;
  return /Unable to acquire a connection|Connection terminated|Client has encountered a connection error/.test(
    err.message,
  );
}

/** True for a transaction PostgreSQL gave up to break a deadlock or a serialization conflict: run it again. */
export function isRetryableConflict(err: unknown): boolean {
  const code = (err as { code?: unknown } | undefined)?.code;
  return code === '40P01' || code === '40001';
}
