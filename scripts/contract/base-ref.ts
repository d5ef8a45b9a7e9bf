import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The commit the working tree is compared with, and how it was chosen (for the report). */
export type Base = { commit: string; label: string } | { none: string };

async function git(repo: string, ...args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd: repo });
    return stdout.trim();
  } catch {
    return undefined;
  }
}

async function commitOf(repo: string, ref: string): Promise<string | undefined> {
  return git(repo, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
}

/**
 * The base: `explicit` (BASE_REF) when given; else the merge-base with `origin/main` when that ref exists,
 * unless it is HEAD itself (on main, or a branch with no commits of its own, it would compare the tree
 * with HEAD and let the last commit through): then, as without `origin/main`, the previous commit.
 * No base at all (not a repository, or a single commit) is not an error: there is nothing to break.
 */
export async function resolveBase(repo: string, explicit: string | undefined): Promise<Base> {
  if (explicit) {
    const commit = await commitOf(repo, explicit);
    if (!commit)
      throw new Error(`BASE_REF ${explicit} is not a commit of ${repo} (git rev-parse found nothing)`);
    return { commit, label: explicit };
  }
  const head = await commitOf(repo, 'HEAD');
  if (!head) return { none: 'no git history here (not a repository, or no commit yet)' };
  if (await commitOf(repo, 'origin/main')) {
    const mergeBase = await git(repo, 'merge-base', 'HEAD', 'origin/main');
    if (mergeBase && mergeBase !== head)
      return { commit: mergeBase, label: `merge-base with origin/main (${mergeBase.slice(0, 7)})` };
  }
  const previous = await commitOf(repo, 'HEAD~1');
  if (previous) return { commit: previous, label: `the previous commit, HEAD~1 (${previous.slice(0, 7)})` };
  if ((await git(repo, 'rev-parse', '--is-shallow-repository')) === 'true')
    return {
      none: 'a shallow clone without HEAD~1 or origin/main: fetch more history (git fetch --deepen=1) or set BASE_REF',
    };
  return { none: 'HEAD is the only commit: no earlier spec to compare with' };
}

/**
 * Writes the base commit's `spec/` into a temp directory (through `git archive`, so nothing in the working
 * tree or index is touched) and returns that copy's spec directory, or undefined when the base has none.
 * `dispose` removes the copy.
 */
export async function extractSpecAt(
  repo: string,
  commit: string,
): Promise<{ specDir: string | undefined; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-base-spec-'));
  const dispose = (): Promise<void> => rm(dir, { recursive: true, force: true });
  const listed = await git(repo, 'ls-tree', '--name-only', commit, 'spec/');
  if (!listed) return { specDir: undefined, dispose };
  const tar = path.join(dir, 'spec.tar');
  await run('git', ['archive', '--format=tar', '-o', tar, commit, 'spec'], { cwd: repo });
  await run('tar', ['-xf', tar, '-C', dir]);
  return { specDir: path.join(dir, 'spec'), dispose };
}
