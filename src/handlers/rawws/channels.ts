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
