import { ApiError } from '../../core/errors.js';

const DB_PREFIX = 'db-';
const REPO_NAME = /^[a-z][a-z0-9_]{0,63}$/;

/** The repository of a `db-<repo>` channel, or undefined for a chat room (StaticBackend's naming). */
export function dbRepo(channel: string): string | undefined {
  if (!channel.startsWith(DB_PREFIX)) return undefined;
  const repo = channel.slice(DB_PREFIX.length);
  if (!REPO_NAME.test(repo))
    throw new ApiError(
      'BAD_INPUT',
      `${channel} is not db-<repo>: a repository is lower-case letters, digits and _`,
      'data',
    );
  return repo;
}

/**
 * Runs a core call on behalf of an envelope, renaming the fields its errors name (`room`, `repo`,
 * `body`: Socket.IO's payload fields) to the envelope's (`data`, `channel`), so the client is told
 * which of the fields it sent is wrong.
 */
export async function inEnvelopeTerms<T>(fields: Record<string, string>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const renamed = err instanceof ApiError && err.field !== undefined ? fields[err.field] : undefined;
    if (err instanceof ApiError && renamed !== undefined)
      throw new ApiError(err.code, err.message, renamed, err.retryAfterSeconds);
    throw err;
  }
}
