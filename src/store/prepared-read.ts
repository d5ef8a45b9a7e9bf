import type { Knex } from 'knex';
import type { Database as SqliteConnection, Statement } from 'sqlite3';
import type { DatabaseKind } from './database.js';

/** Stands for the one parameter while the query is compiled; replaced by the value at each run. */
const PARAMETER = '\u0000prepared-read-parameter\u0000';

/**
 * A read of one row by one parameter, run on a hot path (every handshake). On SQLite, node-sqlite3 would
 * prepare, run and finalize a statement for each query, three trips to its thread pool, and knex would
 * compile the query each time: here it is compiled once and prepared once per connection, then run in one
 * trip. The connection is taken from knex's pool as any query's is, so the read never runs inside another's
 * transaction and sees only what is committed. On PostgreSQL, the query as knex builds it.
 */
export class PreparedRead<Row> {
  private compiled: { sql: string; bindings: readonly unknown[] } | undefined;
  // Finalized before the database closes: SQLite will not close a connection with a statement open.
  private readonly statements = new Map<SqliteConnection, Statement>();

  /** `query` builds the read for a parameter, `.first()` and all. */
  constructor(
    private readonly db: Knex,
    private readonly kind: DatabaseKind,
    private readonly query: (parameter: string) => Knex.QueryBuilder,
  ) {}

  async first(parameter: string): Promise<Row | undefined> {
    if (this.kind !== 'sqlite') return (await this.query(parameter)) as Row | undefined;
    this.compiled ??= this.query(PARAMETER).toSQL().toNative();
    const { sql, bindings } = this.compiled;
    const values = bindings.map((b) => (b === PARAMETER ? parameter : b));
    const connection: SqliteConnection = await this.db.client.acquireConnection();
    try {
      let statement = this.statements.get(connection);
      if (!statement) {
        // A statement that failed to prepare is dropped (its runs fail with the error): the next read
        // prepares it again.
        const made = connection.prepare(sql, (err: Error | null) => {
          if (err && this.statements.get(connection) === made) this.statements.delete(connection);
        });
        statement = made;
        this.statements.set(connection, statement);
      }
      const prepared = statement;
      return await new Promise<Row | undefined>((resolve, reject) =>
        prepared.get(values, (err: Error | null, row: Row | undefined) => (err ? reject(err) : resolve(row))),
      );
    } finally {
      await this.db.client.releaseConnection(connection);
    }
  }

  /** Finalizes the prepared statements: before the database closes. */
  async close(): Promise<void> {
    const statements = [...this.statements.values()];
    this.statements.clear();
    await Promise.all(statements.map((s) => new Promise<void>((resolve) => s.finalize(() => resolve()))));
  }
}
