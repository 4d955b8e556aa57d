import pg from "pg";
import {
  ensurePredictionTables,
  migrate,
} from "../../actions/lib/db/schema.js";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import { createTestDatabase } from "../helpers/postgres.js";

let db: { url: string; drop(): Promise<void> };
let pool: pg.Pool;
beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  await migrate(pool);
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

async function columns(table: string) {
  const result = await pool.query<{ column_name: string; is_nullable: string }>(
    `SELECT column_name, is_nullable FROM information_schema.columns
      WHERE table_schema = 'predictions' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return Object.fromEntries(
    result.rows.map((c) => [c.column_name, c.is_nullable === "YES"]),
  );
}

describe("prediction tables for any model", () => {
  it("creates outputs with nullable label/probabilities and value/output columns", async () => {
    const names = parseVersion("g1");
    await ensurePredictionTables(pool, names);
    expect(await columns(names.tables.outputs)).toEqual({
      request_id: false,
      item: false,
      predicted_at: false,
      model_version: false,
      label: true,
      probabilities: true,
      value: true,
      output: true,
      latency_ms: false,
    });
  });

  it("upgrades a classifier-shaped table in place, idempotently, keeping its rows", async () => {
    const names = parseVersion("old1");
    const { schema, outputs } = names.tables;
    await pool.query(`CREATE TABLE ${qualified(schema, outputs)} (
      request_id text NOT NULL, item integer NOT NULL, predicted_at timestamptz NOT NULL,
      model_version text NOT NULL, label text NOT NULL, probabilities jsonb NOT NULL,
      latency_ms double precision NOT NULL, PRIMARY KEY (request_id, item))`);
    await pool.query(
      `INSERT INTO ${qualified(schema, outputs)} VALUES ('r1', 0, now(), 'old1', 'a', '{}', 1)`,
    );
    await ensurePredictionTables(pool, names);
    await ensurePredictionTables(pool, names);
    expect(await columns(outputs)).toMatchObject({
      label: true,
      probabilities: true,
      value: true,
      output: true,
    });
    await pool.query(
      `INSERT INTO ${qualified(schema, outputs)} (request_id, item, predicted_at, model_version, value, latency_ms)
       VALUES ('r2', 0, now(), 'old1', 2.5, 1)`,
    );
    const count = await pool.query(
      `SELECT count(*)::int AS n FROM ${qualified(schema, outputs)}`,
    );
    expect(count.rows[0].n).toBe(2);
  });
});
