/**
 * Databases for tests on a real PostgreSQL: the server the jest global setup started (embedded),
 * or the one DATABASE_URL names (CI runs both). Each suite gets databases of its own, so suites
 * and tests never see each other's rows.
 */
import pg from "pg";
import { openPool } from "../../actions/lib/db/pool.js";
import { migrate } from "../../actions/lib/db/schema.js";
import { quoteIdent } from "../../actions/lib/version.js";

export { startPostgres } from "../../actions/lib/postgres/server.js";
export type { PostgresServer } from "../../actions/lib/postgres/server.js";

function serverUrl(): string {
  const url =
    process.env.MODELSHIP_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url)
    throw new Error("no test database: the jest global setup did not run");
  return url;
}

async function onServer(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A database of the test server: its URL, and `drop` to remove it. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database on the test server; `drop` removes it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * Makes a database empty again: drops every schema but the system ones, with all they hold,
 * and makes an empty `public`. Much faster than a new database (DROP DATABASE takes a second).
 */
export async function emptyDatabase(db: pg.Pool | pg.Client): Promise<void> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT nspname AS name FROM pg_namespace
     WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'`,
  );
  const drops = rows.map(
    (row) => `DROP SCHEMA ${quoteIdent(row.name)} CASCADE;`,
  );
  await db.query(`${drops.join("")} CREATE SCHEMA public;`);
}

/** Which tests of the block share what is in the database. */
export interface DatabaseScope {
  /**
   * "all" (the default): the tests of the enclosing describe (or file) share one database.
   * "each": it is emptied before every test (and migrated again, for usePool), so no test sees
   * another's rows or tables; seed it in `beforeEach`, not `beforeAll`.
   */
  per?: "all" | "each";
}

/**
 * A fresh database for the enclosing describe block (or file), dropped after it. Call it at
 * collection time; the returned function gives the URL inside hooks and tests.
 */
export function useTestDatabase(scope: DatabaseScope = {}): () => string {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  if (scope.per === "each")
    beforeEach(async () => {
      const client = new pg.Client({ connectionString: databaseUrl() });
      await client.connect();
      await emptyDatabase(client).finally(() => client.end());
    });
  afterAll(() => database?.drop());
  const databaseUrl = () => {
    if (!database) throw new Error("test database used outside its tests");
    return database.url;
  };
  return databaseUrl;
}

/** Options for usePool. */
export interface PoolOptions extends DatabaseScope {
  /** Apply modelship's migrations first (default true). */
  migrate?: boolean;
  /** Opens the pool (default: the core's openPool). */
  open?: (url: string) => pg.Pool;
}

/** The pool of usePool, inside hooks and tests; `url()` is its database's URL. */
export interface TestPool {
  (): pg.Pool;
  url(): string;
}

/**
 * A pool over a fresh database (see useTestDatabase), migrated unless `migrate: false`; ended,
 * then dropped, after the block.
 */
export function usePool(options: PoolOptions = {}): TestPool {
  let opened: { database: TestDatabase; pool: pg.Pool } | undefined;
  const migrated = async (pool: pg.Pool) => {
    if (options.migrate !== false) await migrate(pool);
  };
  beforeAll(async () => {
    const database = await createTestDatabase();
    opened = { database, pool: (options.open ?? openPool)(database.url) };
    if (options.per !== "each") await migrated(opened.pool);
  });
  if (options.per === "each")
    beforeEach(async () => {
      await emptyDatabase(current().pool);
      await migrated(current().pool);
    });
  afterAll(async () => {
    await opened?.pool.end();
    await opened?.database.drop();
  });
  const current = () => {
    if (!opened) throw new Error("test pool used outside its tests");
    return opened;
  };
  return Object.assign(() => current().pool, {
    url: () => current().database.url,
  });
}
