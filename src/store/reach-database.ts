import type { Knex } from 'knex';
import type { Logger } from '../logger.js';
import { connectionCause } from '../startup/connection-cause.js';
import { EXIT_CONFIG, EXIT_UNAVAILABLE, StartupError } from '../startup/startup-error.js';
import { isDatabaseUnavailable } from './errors.js';

// Retries back off from 100 ms to this, so a database that comes up is found within about as long.
const MAX_RETRY_DELAY_MS = 2000;

/** DATABASE_URL as it may be shown: user, host, port and database, never the password or the query. */
export function safeDatabaseUrl(url: string): string {
  try {
    const { protocol, username, hostname, port, pathname } = new URL(url);
    return `${protocol}//${username ? `${username}@` : ''}${hostname}:${port || '5432'}${pathname}`;
  } catch {
    return '(not a valid URL)';
  }
}

/** The message without the password, should a driver ever quote the connection string. */
function scrubbed(text: string, url: string): string {
  let password = '';
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {}
  return password.length >= 3 ? text.split(password).join('***') : text;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until PostgreSQL answers, retrying with backoff for up to `timeoutMs`: a database started
 * alongside the server (a compose file, a restart of both) is not an error. A refusal that waiting will
 * not change (a wrong password, no such database) ends the wait at once, as a configuration error. Either way the StartupError
 * names DATABASE_URL, without its password. One attempt may outlast the deadline by the driver's own
 * connection timeout (5 s).
 */
export async function reachDatabase(db: Knex, url: string, timeoutMs: number, log?: Logger): Promise<void> {
  const shown = safeDatabaseUrl(url);
  const started = Date.now();
  let attempts = 0;
  for (;;) {
    attempts += 1;
    try {
      await db.raw('select 1');
      if (attempts > 1) log?.info({ database: shown, attempts }, 'database reachable');
      return;
    } catch (err) {
      const why = scrubbed(connectionCause(err), url);
      // A name server that did not answer (EAI_AGAIN) may answer next time, as an outage does.
      const transient = isDatabaseUnavailable(err) || (err as { code?: string }).code === 'EAI_AGAIN';
      if (!transient)
        throw new StartupError(
          'DATABASE_URL',
          `the database at DATABASE_URL=${shown} refused the connection: ${why}`,
          EXIT_CONFIG,
        );
      const elapsed = Date.now() - started;
      const delay = Math.min(100 * 2 ** (attempts - 1), MAX_RETRY_DELAY_MS);
      if (elapsed + delay > timeoutMs)
        throw new StartupError(
          'DATABASE_URL',
          `cannot reach the database at DATABASE_URL=${shown} (${why} after ${attempts} attempt${attempts === 1 ? '' : 's'} in ${(elapsed / 1000).toFixed(1)} s; DATABASE_CONNECT_TIMEOUT_MS=${timeoutMs})`,
          EXIT_UNAVAILABLE,
        );
      // Once when the wait starts, then quiet: the outcome is logged either way.
      if (attempts === 1)
        log?.warn({ database: shown, reason: why, timeoutMs }, 'database unreachable; retrying');
      await sleep(delay);
    }
  }
}
