import pg from "pg";

/** Anything that runs a parameterised query: a Pool, a Client, or a pool client in a transaction. */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>>;
}

/**
 * Opens a pool; the URL is never logged, since it usually holds a password. A reader that must be
 * bounded in time sets `statementTimeoutMs`: the server then cancels any longer statement.
 */
export function openPool(
  connectionString: string,
  max = 4,
  options: { statementTimeoutMs?: number } = {},
): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    statement_timeout: options.statementTimeoutMs,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on("error", () => undefined);
  return pool;
}

/** A pool (a client is taken for the transaction) or a client already connected. */
export type TransactionalDb = pg.Pool | pg.ClientBase;

/** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
export async function inTransaction<T>(
  db: TransactionalDb,
  fn: (client: Queryable) => Promise<T>,
): Promise<T> {
  const client = db instanceof pg.Pool ? await db.connect() : db;
  // A connection lost mid-transaction must fail the transaction, not crash the process with an
  // unheard 'error' event (a database restart while a migration or an archive runs).
  const lost = () => undefined;
  client.on("error", lost);
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.off("error", lost);
    if (db instanceof pg.Pool) (client as pg.PoolClient).release();
  }
}
