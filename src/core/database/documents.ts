import { randomUUID } from 'node:crypto';
import type {
  DbChange,
  DbChangesPage,
  Document,
  DocumentPage,
  SubscribeDbReply,
} from '../../../generated/types.js';
import type {
  ChangeRow,
  ChangeType,
  DocumentRow,
  DocumentStore,
  DocumentTransaction,
  FieldFilter,
} from '../../store/documents.js';
import { ApiError } from '../errors.js';
import type { Bus } from '../fanout/bus.js';
import type { GroupCommit } from '../group-commit.js';
import { hasLoneSurrogate } from '../unicode.js';
import { readersOf, subscriberTopics } from './audience.js';
import { mergePatch } from './merge-patch.js';
import { type Actor, canRead, canWrite, nobodyReads, permissionsOf, readerScope } from './permissions.js';

/** A connection as the database knows it. */
export interface DbConnection extends Actor {
  id: string;
}

/** One write, as the group commit runs it inside a transaction. */
export type DocumentWrite =
  | { kind: 'create'; repo: string; actor: Actor; data: string }
  | { kind: 'replace'; repo: string; id: string; actor: Actor; data: string }
  | { kind: 'patch'; repo: string; id: string; actor: Actor; patch: Record<string, unknown> }
  | { kind: 'delete'; repo: string; id: string; actor: Actor };

/** A write's outcome: the change it committed, or the client's error (which consumed no position). */
export type WriteOutcome = { change: ChangeRow } | { error: ApiError };

export interface DocumentOptions {
  maxDocumentBytes: number;
  /** Repositories one connection may subscribe to at once. */
  maxSubscriptions: number;
  /** A user's account now: a connection's was read at its handshake, and may have changed since. */
  accountOf: (userId: string) => Promise<string | undefined>;
  now?: () => number;
}

const MAX_MISSED = 100;

const iso = (ms: number) => new Date(ms).toISOString();

export function toDocument(row: DocumentRow): Document {
  return {
    id: row.id,
    repo: row.repo,
    ownerId: row.ownerId,
    accountId: row.accountId,
    position: row.position,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    data: JSON.parse(row.data) as Record<string, unknown>,
  };
}

function toChange(row: ChangeRow): DbChange {
  const change: DbChange = {
    type: row.type,
    repo: row.repo,
    position: row.position,
    id: row.docId,
    ownerId: row.ownerId,
    accountId: row.accountId,
    at: iso(row.at),
  };
  if (row.document) change.document = toDocument(row.document);
  return change;
}

/** `field.path:value` (the value JSON, or else a string) as a filter; objects and arrays are refused. */
export function parseFilter(text: string, field: string): FieldFilter {
  const colon = text.indexOf(':');
  const path = text.slice(0, colon).split('.');
  const raw = text.slice(colon + 1);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = raw;
  }
  if (typeof value === 'object' && value !== null)
    throw new ApiError('BAD_INPUT', `${field}: compare with a string, number, boolean or null`, field);
  assertStorable(value, field);
  return { path, json: JSON.stringify(value) };
}

// NUL, and a UTF-16 surrogate without its pair: JSON.stringify writes them as escapes, but PostgreSQL's
// jsonb refuses both, so one such document would break every filtered list of its repository there.
const unstorable = (text: string) => text.includes('\u0000') || hasLoneSurrogate(text);

/** Refuses strings (keys included) that not every database can store as JSON, naming where. */
export function assertStorable(value: unknown, field: string): void {
  if (typeof value === 'string') {
    if (unstorable(value))
      throw new ApiError(
        'BAD_INPUT',
        `${field}: a string may not hold NUL (\\u0000) or an unpaired UTF-16 surrogate`,
        field,
      );
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) assertStorable(item, `${field}.${i}`);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      assertStorable(key, field);
      assertStorable(item, `${field}.${key}`);
    }
  }
}

/**
 * The realtime database (StaticBackend's): documents in repositories whose names carry their
 * permissions, written through a group commit that numbers each repository's changes without gaps, and
 * change events sent after the commit to the subscribers who may read the document.
 */
export class DocumentService {
  private readonly subscriptions = new Map<string, Set<string>>();
  private readonly open = new Set<string>();
  private readonly now: () => number;

  constructor(
    private readonly store: DocumentStore,
    private readonly writer: GroupCommit<DocumentWrite, WriteOutcome>,
    private readonly bus: Bus,
    private readonly options: DocumentOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** The batch function of the group commit: every write of the batch in one transaction, in order. */
  static commitBatch(store: DocumentStore, maxDocumentBytes: number, now: () => number) {
    return (writes: DocumentWrite[]): Promise<WriteOutcome[]> =>
      store.transaction(async (tx) => {
        const at = now();
        await tx.lockRepos(
          writes.map((w) => w.repo),
          at,
        );
        const outcomes: WriteOutcome[] = [];
        for (const write of writes)
          outcomes.push(await DocumentService.apply(tx, write, at, maxDocumentBytes));
        return outcomes;
      });
  }

  private static async apply(
    tx: DocumentTransaction,
    write: DocumentWrite,
    at: number,
    maxBytes: number,
  ): Promise<WriteOutcome> {
    const permissions = permissionsOf(write.repo);
    if (write.kind === 'create') {
      // Anyone signed in may create (StaticBackend's rule), but not a document its creator could never
      // read again: a write needs a read, so it would be stored for nobody.
      if (
        !canRead(permissions, { ownerId: write.actor.userId, accountId: write.actor.accountId }, write.actor)
      )
        return {
          error: new ApiError(
            'FORBIDDEN',
            `${write.repo}'s permissions would not let you read what you create`,
            'repo',
          ),
        };
      const position = tx.nextPosition(write.repo);
      const doc: DocumentRow = {
        repo: write.repo,
        id: randomUUID(),
        ownerId: write.actor.userId,
        accountId: write.actor.accountId,
        data: write.data,
        createdPosition: position,
        position,
        createdAt: at,
        updatedAt: at,
      };
      await tx.insert(doc);
      return DocumentService.record(tx, 'created', doc, at);
    }
    const existing = await tx.get(write.repo, write.id);
    // A document one may not read is as good as absent: not-found leaks less than forbidden.
    if (!existing || !canRead(permissions, existing, write.actor))
      return { error: new ApiError('NOT_FOUND', 'no such document', 'id') };
    if (!canWrite(permissions, existing, write.actor))
      return {
        error: new ApiError('FORBIDDEN', `${write.repo} does not let you change this document`, 'id'),
      };
    let data = existing.data;
    if (write.kind === 'replace') data = write.data;
    if (write.kind === 'patch') {
      data = JSON.stringify(mergePatch(JSON.parse(existing.data), write.patch));
      if (Buffer.byteLength(data) > maxBytes)
        return {
          error: new ApiError(
            'PAYLOAD_TOO_LARGE',
            `the patched document would be larger than ${maxBytes} bytes (MAX_DOCUMENT_BYTES)`,
            'patch',
          ),
        };
    }
    const position = tx.nextPosition(write.repo);
    if (write.kind === 'delete') {
      await tx.delete(write.repo, write.id);
      // At the position of the delete, so subscribers see it in commit order.
      return DocumentService.record(tx, 'deleted', { ...existing, position }, at);
    }
    const doc: DocumentRow = { ...existing, data, position, updatedAt: at };
    await tx.update(doc);
    return DocumentService.record(tx, 'updated', doc, at);
  }

  /**
   * Records a change at the document's position: created and updated carry the document, deleted only
   * what the read-permission check needs (owner and account), as the document is gone.
   */
  private static async record(
    tx: DocumentTransaction,
    type: ChangeType,
    doc: DocumentRow,
    at: number,
  ): Promise<WriteOutcome> {
    const change: ChangeRow = {
      repo: doc.repo,
      position: doc.position,
      type,
      docId: doc.id,
      ownerId: doc.ownerId,
      accountId: doc.accountId,
      document: type === 'deleted' ? undefined : doc,
      at,
    };
    await tx.record(change);
    return { change };
  }

  /** `argument` is the name errors give the document: `data`, or `patch` for a patch. */
  private serialize(data: Record<string, unknown>, argument: 'data' | 'patch'): string {
    assertStorable(data, argument);
    const text = JSON.stringify(data);
    const bytes = Buffer.byteLength(text);
    if (bytes > this.options.maxDocumentBytes) {
      throw new ApiError(
        'PAYLOAD_TOO_LARGE',
        `the document is ${bytes} bytes; MAX_DOCUMENT_BYTES is ${this.options.maxDocumentBytes}`,
        argument,
      );
    }
    return text;
  }

  /** Submits a write; once committed, tells the subscribers who may read the document. */
  private async write(write: DocumentWrite): Promise<ChangeRow> {
    const outcome = await this.writer.submit(write);
    if ('error' in outcome) throw outcome.error;
    const change = toChange(outcome.change);
    this.bus.publish(readersOf(change, permissionsOf(write.repo)), `db_${change.type}`, change);
    return outcome.change;
  }

  async create(actor: Actor, repo: string, data: Record<string, unknown>): Promise<Document> {
    const change = await this.write({ kind: 'create', repo, actor, data: this.serialize(data, 'data') });
    return toDocument(change.document as DocumentRow);
  }

  async replace(actor: Actor, repo: string, id: string, data: Record<string, unknown>): Promise<Document> {
    const change = await this.write({ kind: 'replace', repo, id, actor, data: this.serialize(data, 'data') });
    return toDocument(change.document as DocumentRow);
  }

  async patch(actor: Actor, repo: string, id: string, patch: Record<string, unknown>): Promise<Document> {
    this.serialize(patch, 'patch');
    const change = await this.write({ kind: 'patch', repo, id, actor, patch });
    return toDocument(change.document as DocumentRow);
  }

  async delete(actor: Actor, repo: string, id: string): Promise<void> {
    await this.write({ kind: 'delete', repo, id, actor });
  }

  async get(actor: Actor, repo: string, id: string): Promise<Document> {
    const row = await this.store.get(repo, id);
    if (!row || !canRead(permissionsOf(repo), row, actor))
      throw new ApiError('NOT_FOUND', 'no such document', 'id');
    return toDocument(row);
  }

  async list(
    actor: Actor,
    repo: string,
    query: { filter?: string[]; after?: number; limit?: number },
  ): Promise<DocumentPage> {
    const filters = (query.filter ?? []).map((f, i) => parseFilter(f, `filter.${i}`));
    const page = await this.store.list(
      repo,
      readerScope(permissionsOf(repo), actor),
      filters,
      query.after ?? 0,
      query.limit ?? 50,
    );
    const result: DocumentPage = { documents: page.rows.map(toDocument) };
    if (page.next !== undefined) result.next = page.next;
    return result;
  }

  connected(connection: DbConnection): void {
    this.open.add(connection.id);
  }

  /** Whether a dropped connection subscribed to these repositories may be resumed: its account is the same. */
  async mayResume(connection: DbConnection, repos: readonly string[]): Promise<boolean> {
    return repos.length === 0 || (await this.options.accountOf(connection.userId)) === connection.accountId;
  }

  /**
   * A resumed connection's subscriptions, as its topics kept them: recorded again without a position
   * read, since the events it missed are replayed to it. Resolves those past MAX_ROOMS_PER_CONNECTION,
   * whose topics the caller drops.
   */
  resumed(connection: DbConnection, repos: readonly string[]): string[] {
    if (repos.length > 0)
      this.subscriptions.set(connection.id, new Set(repos.slice(0, this.options.maxSubscriptions)));
    return repos.slice(this.options.maxSubscriptions);
  }

  /** The repositories a connection subscribed to (the `details-view` action). */
  subscriptionsOf(connectionId: string): string[] {
    return [...(this.subscriptions.get(connectionId) ?? [])];
  }

  disconnected(connection: DbConnection): void {
    this.open.delete(connection.id);
    this.subscriptions.delete(connection.id);
  }

  /**
   * Refuses a connection whose user has left the account it authenticated with: removal closes the
   * user's connections, but one that was mid-handshake then would keep the old account's access.
   */
  private async sameAccount(actor: Actor): Promise<void> {
    if ((await this.options.accountOf(actor.userId)) !== actor.accountId)
      throw new ApiError('UNAUTHENTICATED', 'your account changed since this connection opened: reconnect');
  }

  private readableRepo(repo: string): ReturnType<typeof permissionsOf> {
    const permissions = permissionsOf(repo);
    if (nobodyReads(permissions))
      throw new ApiError('FORBIDDEN', `${repo}'s permissions let nobody read it`, 'repo');
    return permissions;
  }

  async subscribe(
    connection: DbConnection,
    request: { repo: string; since?: number },
  ): Promise<SubscribeDbReply> {
    const permissions = this.readableRepo(request.repo);
    await this.sameAccount(connection);
    const mine = this.subscriptions.get(connection.id) ?? new Set<string>();
    if (!mine.has(request.repo) && mine.size >= this.options.maxSubscriptions) {
      throw new ApiError(
        'LIMIT_REACHED',
        `a connection subscribes to at most ${this.options.maxSubscriptions} repositories (MAX_ROOMS_PER_CONNECTION)`,
        'repo',
      );
    }
    if (!this.open.has(connection.id))
      throw new ApiError('UNAVAILABLE', 'the connection closed', undefined, 1);
    mine.add(request.repo);
    this.subscriptions.set(connection.id, mine);
    // Subscribed before reading the position, so nothing falls between (a change may come twice: by position, it is the same).
    this.bus.subscribe(connection.id, subscriberTopics(request.repo, connection));
    const position = await this.store.lastPosition(request.repo);
    if (request.since === undefined) return { repo: request.repo, position, missed: [], hasMore: false };
    const page = await this.store.changes(
      request.repo,
      readerScope(permissions, connection),
      request.since,
      MAX_MISSED,
    );
    return { repo: request.repo, position, missed: page.rows.map(toChange), hasMore: page.hasMore };
  }

  unsubscribe(connection: DbConnection, repo: string): { repo: string } {
    this.subscriptions.get(connection.id)?.delete(repo);
    this.bus.unsubscribe(connection.id, subscriberTopics(repo, connection));
    return { repo };
  }

  async changes(
    actor: Actor,
    request: { repo: string; after: number; limit?: number },
  ): Promise<DbChangesPage> {
    const permissions = this.readableRepo(request.repo);
    await this.sameAccount(actor);
    const page = await this.store.changes(
      request.repo,
      readerScope(permissions, actor),
      request.after,
      request.limit ?? MAX_MISSED,
    );
    return { changes: page.rows.map(toChange), hasMore: page.hasMore };
  }

  /** Resolves once every write submitted so far is committed. */
  idle(): Promise<void> {
    return this.writer.idle();
  }
}
