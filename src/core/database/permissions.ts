import type { ReaderScope } from '../../store/documents.js';

/** The permission digits of a repository: owner, account and everyone, each read 4 | write 2 | execute 1. */
export interface RepoPermissions {
  owner: number;
  account: number;
  everyone: number;
}

/** Who is asking: a user and their account. */
export interface Actor {
  userId: string;
  accountId: string;
}

/** Who a document belongs to. */
export interface Ownership {
  ownerId: string;
  accountId: string;
}

const READ = 4;
const WRITE = 2;
const SUFFIX = /_([0-7])([0-7])([0-7])_$/;

/** StaticBackend's default for a repository without a suffix: owner everything, account read, everyone nothing. */
export const DEFAULT_PERMISSIONS: RepoPermissions = { owner: 7, account: 4, everyone: 0 };

/** The permissions a repository's name says (`tasks_760_`), or the default. */
export function permissionsOf(repo: string): RepoPermissions {
  const match = SUFFIX.exec(repo);
  if (!match) return DEFAULT_PERMISSIONS;
  return { owner: Number(match[1]), account: Number(match[2]), everyone: Number(match[3]) };
}

/**
 * Whether one class the actor is in (the document's owner, a user of its account, anyone) grants all
 * of `bits`. Classes are not mixed: write takes READ | WRITE from the same digit, so `_742_` lets the
 * account read and nobody but the owner write (the account's digit has no write, everyone's no read).
 */
function allows(p: RepoPermissions, doc: Ownership, actor: Actor, bits: number): boolean {
  return (
    ((p.owner & bits) === bits && doc.ownerId === actor.userId) ||
    ((p.account & bits) === bits && doc.accountId === actor.accountId) ||
    (p.everyone & bits) === bits
  );
}

export const canRead = (p: RepoPermissions, doc: Ownership, actor: Actor) => allows(p, doc, actor, READ);
export const canWrite = (p: RepoPermissions, doc: Ownership, actor: Actor) =>
  allows(p, doc, actor, READ | WRITE);

/** True when the suffix lets nobody read anything. */
export const nobodyReads = (p: RepoPermissions) => ((p.owner | p.account | p.everyone) & READ) === 0;

/** The rows an actor may read, for the store's queries. */
export function readerScope(p: RepoPermissions, actor: Actor): ReaderScope {
  return {
    userId: (p.owner & READ) !== 0 ? actor.userId : undefined,
    accountId: (p.account & READ) !== 0 ? actor.accountId : undefined,
    everyone: (p.everyone & READ) !== 0,
  };
}
