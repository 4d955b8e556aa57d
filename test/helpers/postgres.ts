import pg from "pg";

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

/** A fresh, empty database on the test server; `drop` removes it. */
export async function createTestDatabase(): Promise<{
  url: string;
  drop(): Promise<void>;
}> {
  const name = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
