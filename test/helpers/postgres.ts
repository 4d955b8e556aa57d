/**
 * Databases for tests on a real PostgreSQL: the server the jest global setup started (embedded),
 * or the one DATABASE_URL names (CI runs both). Each suite gets databases of its own, so suites
 * and tests never see each other's rows.
 */
import pg from "pg";
import { openPool } from "../../actions/lib/db/pool.js";
import { migrate } from "../../actions/lib/db/schema.js";

export { freePort } from "../../actions/lib/net.js";
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

/** How long a database from useTestDatabase or usePool lives. */
export interface DatabaseScope {
  /**
   * "all" (the default): one database for the enclosing describe (or file), made before its
   * first test and dropped after its last. "each": a new one for every test, for suites whose
   * tests would otherwise see each other's writes.
   */
  per?: "all" | "each";
}

/** Runs `setup` before the block's tests (or each test) and `teardown` after them. */
function scoped<T>(
  scope: DatabaseScope,
  setup: () => Promise<T>,
  teardown: (value: T) => Promise<void>,
): () => T {
  let current: { value: T } | undefined;
  const each = scope.per === "each";
  (each ? beforeEach : beforeAll)(async () => {
    current = { value: await setup() };
  });
  (each ? afterEach : afterAll)(async () => {
    if (current) await teardown(current.value);
    current = undefined;
  });
  return () => {
    if (!current) throw new Error("test database used outside its tests");
    return current.value;
  };
}

/**
 * A fresh database for the enclosing describe block (or file), dropped after it. Call it at
 * collection time; the returned function gives the URL inside hooks and tests.
 */
export function useTestDatabase(scope: DatabaseScope = {}): () => string {
  const database = scoped(scope, createTestDatabase, (db) => db.drop());
  return () => database().url;
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
  const opened = scoped(
    options,
    async () => {
      const database = await createTestDatabase();
      const pool = (options.open ?? openPool)(database.url);
      if (options.migrate !== false) await migrate(pool);
      return { database, pool };
    },
    async ({ database, pool }) => {
      await pool.end();
      await database.drop();
    },
  );
  return Object.assign(() => opened().pool, {
    url: () => opened().database.url,
  });
}
