import type { Knex } from 'knex';
import type { DatabaseKind } from './database.js';

export interface DocumentRow {
  repo: string;
  id: string;
  ownerId: string;
  accountId: string;
  /** The JSON text of the document's data. */
  data: string;
  createdPosition: number;
  position: number;
  createdAt: number;
  updatedAt: number;
}

export type ChangeType = 'created' | 'updated' | 'deleted';

export interface ChangeRow {
  repo: string;
  position: number;
  type: ChangeType;
  docId: string;
  ownerId: string;
  accountId: string;
  /** The document after the change, for created and updated. */
  document: DocumentRow | undefined;
  at: number;
}

/** Who reads: rows are kept when the reader's user or account, or everyone, may read (per the repository). */
export interface ReaderScope {
  userId: string | undefined;
  accountId: string | undefined;
  everyone: boolean;
}

/** An equality filter on a dotted path into a document's data, with the JSON text of the value. */
export interface FieldFilter {
  path: string[];
  json: string;
}

interface DocumentRecord {
  repo: string;
  id: string;
  owner_id: string;
  account_id: string;
  data: string;
  created_position: number | string;
  position: number | string;
  created_at: number | string;
  updated_at: number | string;
}

interface ChangeRecord {
  repo: string;
  position: number | string;
  type: ChangeType;
  doc_id: string;
  owner_id: string;
  account_id: string;
  document: string | null;
  at: number | string;
}

function toDocument(r: DocumentRecord): DocumentRow {
  return {
    repo: r.repo,
    id: r.id,
    ownerId: r.owner_id,
    accountId: r.account_id,
    data: r.data,
    createdPosition: Number(r.created_position),
    position: Number(r.position),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
}

function toChange(r: ChangeRecord): ChangeRow {
  return {
    repo: r.repo,
    position: Number(r.position),
    type: r.type,
    docId: r.doc_id,
    ownerId: r.owner_id,
    accountId: r.account_id,
    document: r.document === null ? undefined : (JSON.parse(r.document) as DocumentRow),
    at: Number(r.at),
  };
}

function documentRecord(d: DocumentRow): DocumentRecord {
  return {
    repo: d.repo,
    id: d.id,
    owner_id: d.ownerId,
    account_id: d.accountId,
    data: d.data,
    created_position: d.createdPosition,
    position: d.position,
    created_at: d.createdAt,
    updated_at: d.updatedAt,
  };
}

/** Keeps only rows the reader may see: `(owner = me) or (account = mine) or everyone`. */
function scoped<T extends Knex.QueryBuilder>(q: T, scope: ReaderScope): T {
  if (scope.everyone) return q;
  return q.where((w) => {
    w.whereRaw('1 = 0');
    if (scope.userId) w.orWhere('owner_id', scope.userId);
    if (scope.accountId) w.orWhere('account_id', scope.accountId);
  }) as T;
}

/**
 * The writes of one transaction: each change takes its repository's next position, and the positions
 * are stored when the transaction ends. Used by the document service's group commit.
 */
export class DocumentTransaction {
  private readonly positions = new Map<string, number>();

  constructor(
    private readonly trx: Knex.Transaction,
    private readonly kind: DatabaseKind,
  ) {}

  /** Locks the repositories (in name order, so concurrent writers cannot deadlock) and reads their positions. */
  async lockRepos(names: readonly string[], now: number): Promise<void> {
    for (const name of [...new Set(names)].sort()) {
      await this.trx('repos').insert({ name, last_position: 0, created_at: now }).onConflict('name').ignore();
      let q = this.trx('repos').where('name', name).first('last_position');
      if (this.kind === 'postgres') q = q.forUpdate();
      const row: { last_position: number | string } | undefined = await q;
      this.positions.set(name, Number(row?.last_position ?? 0));
    }
  }

  nextPosition(repo: string): number {
    const position = (this.positions.get(repo) ?? 0) + 1;
    this.positions.set(repo, position);
    return position;
  }

  async get(repo: string, id: string): Promise<DocumentRow | undefined> {
    const r: DocumentRecord | undefined = await this.trx('documents').where({ repo, id }).first();
    return r && toDocument(r);
  }

  async insert(doc: DocumentRow): Promise<void> {
    await this.trx('documents').insert(documentRecord(doc));
  }

  async update(doc: DocumentRow): Promise<void> {
    await this.trx('documents')
      .where({ repo: doc.repo, id: doc.id })
      .update({ data: doc.data, position: doc.position, updated_at: doc.updatedAt });
  }

  async delete(repo: string, id: string): Promise<void> {
    await this.trx('documents').where({ repo, id }).delete();
  }

  async record(change: ChangeRow): Promise<void> {
    await this.trx('db_changes').insert({
      repo: change.repo,
      position: change.position,
      type: change.type,
      doc_id: change.docId,
      owner_id: change.ownerId,
      account_id: change.accountId,
      document: change.document ? JSON.stringify(change.document) : null,
      at: change.at,
    });
  }

  /**
   * Stores the positions given out. A repository row that got none (every write to it failed) is
   * removed again, so failed writes to made-up names leave nothing behind.
   */
  async finish(): Promise<void> {
    for (const [name, position] of this.positions) {
      if (position === 0) await this.trx('repos').where({ name, last_position: 0 }).delete();
      else await this.trx('repos').where('name', name).update({ last_position: position });
    }
  }
}

/** The documents, repos and db_changes tables. */
export class DocumentStore {
  constructor(
    private readonly db: Knex,
    private readonly kind: DatabaseKind,
  ) {}

  /** Runs `work` in one transaction whose changes get positions. */
  transaction<T>(work: (tx: DocumentTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction(async (trx) => {
      const tx = new DocumentTransaction(trx, this.kind);
      const result = await work(tx);
      await tx.finish();
      return result;
    });
  }

  async get(repo: string, id: string): Promise<DocumentRow | undefined> {
    const r: DocumentRecord | undefined = await this.db('documents').where({ repo, id }).first();
    return r && toDocument(r);
  }

  /** Where a field's JSON value equals the filter's, in this database's JSON syntax; paths are parameters. */
  private fieldEquals(q: Knex.QueryBuilder, filter: FieldFilter): Knex.QueryBuilder {
    // jsonb to jsonb on PostgreSQL: its numbers compare as numbers (1e21 is 1000000000000000000000).
    if (this.kind === 'postgres')
      return q.whereRaw('(data::jsonb #> ?::text[]) = ?::jsonb', [`{${filter.path.join(',')}}`, filter.json]);
    return q.whereRaw('(data -> ?) = ?', [`$.${filter.path.join('.')}`, filter.json]);
  }

  /** A page of the documents the reader may read, oldest first, after `after` (a created position). */
  async list(
    repo: string,
    scope: ReaderScope,
    filters: readonly FieldFilter[],
    after: number,
    limit: number,
  ): Promise<{ rows: DocumentRow[]; next: number | undefined }> {
    let q = scoped(this.db('documents').where('repo', repo).where('created_position', '>', after), scope);
    for (const filter of filters) q = this.fieldEquals(q, filter);
    const records: DocumentRecord[] = await q.orderBy('created_position').limit(limit + 1);
    const rows = records.slice(0, limit).map(toDocument);
    return { rows, next: records.length > limit ? rows.at(-1)?.createdPosition : undefined };
  }

  async lastPosition(repo: string): Promise<number> {
    const row: { last_position: number | string } | undefined = await this.db('repos')
      .where('name', repo)
      .first('last_position');
    return Number(row?.last_position ?? 0);
  }

  /** The changes after `after` the reader may read, in order. */
  async changes(
    repo: string,
    scope: ReaderScope,
    after: number,
    limit: number,
  ): Promise<{ rows: ChangeRow[]; hasMore: boolean }> {
    const records: ChangeRecord[] = await scoped(
      this.db('db_changes').where('repo', repo).where('position', '>', after),
      scope,
    )
      .orderBy('position')
      .limit(limit + 1);
    return { rows: records.slice(0, limit).map(toChange), hasMore: records.length > limit };
  }
}
