import { closeSync, mkdirSync, openSync, readdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from './startup-error.js';

// What the system's error codes mean for someone choosing a DATA_DIR.
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'the file system does not take new entries there',
  ENOTDIR: 'a part of the path is a file',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'too many symbolic links',
};

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code ?? 'error';
  return `${code}: ${REASONS[code] ?? (err as Error).message}`;
}

function existing(dir: string): { isDirectory(): boolean } | undefined {
  try {
    return statSync(dir);
  } catch (err) {
    // ENOTDIR: a part of the path is a file; the walk up finds it and says which.
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new StartupError('DATA_DIR', `DATA_DIR=${dir} cannot be used (${reason(err)})`);
  }
}

/**
 * Makes sure DATA_DIR is a directory the server can create (if missing), list and write, before SQLite
 * opens a file there, and says which of these it is not. The missing part of the path is created one
 * level at a time rather than with mkdir's `recursive`: Node's recursive mkdir retries for ever where
 * the parent exists but refuses new entries with ENOENT (/proc), so DATA_DIR=/proc/x hung the start.
 */
export function prepareDataDir(dir: string): void {
  const missing: string[] = [];
  let at = dir;
  let found = existing(at);
  while (!found) {
    missing.unshift(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
    found = existing(at);
  }
  if (found && !found.isDirectory())
    throw new StartupError(
      'DATA_DIR',
      at === dir
        ? `DATA_DIR=${dir} is not a directory (a file is there)`
        : `DATA_DIR=${dir} cannot be created: ${at} is a file, not a directory`,
    );
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (err) {
      // Another process (a second server on the same folder, a test) may have just made it.
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && existing(level)?.isDirectory()) continue;
      throw new StartupError('DATA_DIR', `DATA_DIR=${dir} cannot be created (${reason(err)} at ${level})`);
    }
  }
  try {
    readdirSync(dir);
  } catch (err) {
    throw new StartupError('DATA_DIR', `DATA_DIR=${dir} is not readable (${reason(err)})`);
  }
  // A file of our own, written and removed: the only way to know that SQLite will be able to write there
  // (permissions, ACLs, a read-only mount and root's exemptions all play a part).
  const probe = path.join(dir, `.switchboard-write-check-${process.pid}`);
  try {
    const fd = openSync(probe, 'wx');
    try {
      writeSync(fd, 'ok');
    } finally {
      closeSync(fd);
    }
    unlinkSync(probe);
  } catch (err) {
    throw new StartupError('DATA_DIR', `DATA_DIR=${dir} is not writable (${reason(err)})`);
  }
}
