// What the usual causes of a failed connection are called in the one line an operator reads (the
// database's and Redis's alike; PostgreSQL adds two of its own SQLSTATEs).
const CAUSES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  '57P03': 'the database is starting up',
  '53300': 'too many connections',
};

/** Why a connection attempt failed, in words: its code's name, else the error's message. */
export function connectionCause(err: unknown): string {
  // A host name with several addresses (localhost: ::1 and 127.0.0.1) fails with an AggregateError
  // whose message is empty; its parts carry the code.
  const e = err as { code?: string; message?: string; errors?: { code?: string }[] };
  const code = e.code ?? e.errors?.[0]?.code;
  if (code && CAUSES[code]) return CAUSES[code];
  if (e.message) return e.message;
  return code ?? 'unknown error';
}
